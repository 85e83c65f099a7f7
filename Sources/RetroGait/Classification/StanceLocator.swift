/// The quietest moment of each stance of a foot or shank sensor: foot flat, the foot at rest on the
/// ground. Its acceleration is gravity alone, so it anchors the up direction and the zero-velocity
/// points between which the swing is integrated.
struct StanceLocator {
    /// Angular speed (deg/s) that weighs as much as 1 g of acceleration in the movement energy.
    var angularSpeedScale: Float = 200
    /// The search reaches this fraction of the stride past the initial contact.
    var reachFraction = 0.55

    /// The sample index of the quietest point after each contact (nil when the window is empty).
    /// O(total window length).
    func flatPoints(
        contacts: [DetectedContact], stridePeriod: (Int) -> Double, acceleration: VectorSignal,
        angularVelocity: VectorSignal?, sampleRate: Double
    ) -> [Int?] {
        let smoothing = max(1, Int(0.04 * sampleRate))
        return contacts.indices.map { index in
            let start = Int(contacts[index].position.rounded())
            let end = min(acceleration.count - smoothing, start + Int(reachFraction * stridePeriod(index)))
            guard end > start + 1, start >= 0 else { return nil }
            var best: Int?
            var bestEnergy = Float.infinity
            for i in start..<end {
                var energy: Float = 0
                for k in i..<(i + smoothing) { energy += movementEnergy(k, acceleration, angularVelocity) }
                if energy < bestEnergy { bestEnergy = energy; best = i + smoothing / 2 }
            }
            return best
        }
    }

    private func movementEnergy(_ i: Int, _ acceleration: VectorSignal, _ angularVelocity: VectorSignal?) -> Float {
        let deviation = Vector3.length(acceleration[i]) - 1
        var energy = deviation * deviation
        if let angularVelocity {
            let speed = Vector3.length(angularVelocity[i]) / angularSpeedScale
            energy += speed * speed
        }
        return energy
    }
}
