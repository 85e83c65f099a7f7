/// The quietest moment of each stance of a foot or shank sensor: foot flat, the foot at rest on the
/// ground. Its acceleration is gravity alone, so it anchors the up direction and the zero-velocity
/// points between which the swing is integrated.
struct StanceLocator {
    /// Angular speed (deg/s) that weighs as much as 1 g of acceleration in the movement energy.
    var angularSpeedScale: Float = 200
    /// The search reaches this fraction of the stride past the initial contact.
    var reachFraction = 0.55
    /// Without a gyroscope, whether a turn seen in the specific force's change counts as movement
    /// (see ``movementEnergy(_:_:_:turnLag:turnScale:)``). Off for the accelerometer strike model's
    /// features, which were fitted without it (``ContactStrikeFeatures``).
    var turnsFromAcceleration = false

    /// The sample index of the quietest point after each contact (nil when the window is empty).
    /// O(total window length).
    func flatPoints(
        contacts: [DetectedContact], stridePeriod: (Int) -> Double, acceleration: VectorSignal,
        angularVelocity: VectorSignal?, sampleRate: Double
    ) -> [Int?] {
        let smoothing = max(1, Int(0.04 * sampleRate))
        let turnLag = max(1, Int(0.02 * sampleRate))
        // Without a gyroscope, a turn shows as the specific force's change: gravity turning at ω (rad/s)
        // moves it by ω · 1 g per second, so |Δf| / Δt over the angular speed scale in rad/s weighs like
        // the gyroscope's term.
        let turnScale = Float(sampleRate) / Float(turnLag) / (angularSpeedScale * .pi / 180)
        let turnsSeen = angularVelocity == nil && turnsFromAcceleration
        let margin = smoothing + (turnsSeen ? turnLag : 0)
        // Each sample's energy once per window (a window's sums overlap `smoothing` times), in one
        // buffer kept across contacts; the sums add the same values in the same order as before.
        var energies: [Float] = []
        return contacts.indices.map { index in
            let start = Int(contacts[index].position.rounded())
            let end = min(acceleration.count - margin, start + Int(reachFraction * stridePeriod(index)))
            guard end > start + 1, start >= 0 else { return nil }
            energies.removeAll(keepingCapacity: true)
            for k in start..<(end + smoothing - 1) {
                energies.append(movementEnergy(
                    k, acceleration, angularVelocity, turnLag: turnLag, turnScale: turnsSeen ? turnScale : 0))
            }
            var best: Int?
            var bestEnergy = Float.infinity
            for i in start..<end {
                var energy: Float = 0
                for k in (i - start)..<(i - start + smoothing) { energy += energies[k] }
                if energy < bestEnergy { bestEnergy = energy; best = i + smoothing / 2 }
            }
            return best
        }
    }

    /// Squared deviation of |f| from 1 g plus the squared turn rate in units of ``angularSpeedScale``:
    /// measured by the gyroscope, or without one seen in the specific force's change over `turnLag`
    /// samples (0 when `turnScale` is 0). A swing passes through 1 g while the foot still turns fast
    /// (at mid-swing, or after a toe-off taken for a landing); without the turn term such a moment
    /// passes for foot-flat.
    private func movementEnergy(
        _ i: Int, _ acceleration: VectorSignal, _ angularVelocity: VectorSignal?, turnLag: Int, turnScale: Float
    ) -> Float {
        let deviation = Vector3.length(acceleration[i]) - 1
        let energy = deviation * deviation
        var turn: Float = 0
        if let angularVelocity {
            turn = Vector3.length(angularVelocity[i]) / angularSpeedScale
        } else if turnScale > 0 {
            turn = Vector3.length(acceleration[i + turnLag] - acceleration[i]) * turnScale
        }
        return energy + turn * turn
    }
}
