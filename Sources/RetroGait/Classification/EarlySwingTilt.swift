import Foundation

/// Forward or backward from a foot or shank accelerometer without a gyroscope: how far the mean
/// specific force over the first half of each swing tilts along the travel from the stride's
/// foot-flat up.
///
/// Forward gait leaves the ground over the toes with the heel high: the foot lifts pitched steeply
/// toe-down and keeps so while it speeds up along the travel, and in the segment's frame gravity's
/// tilt toward the heel (against the travel) offsets that acceleration. Over the first half of the
/// swing the mean specific force stays near the foot-flat up along the travel line: on real forward
/// walkers (voisard2023, 24 foot files, detected events) the bouts' median angles are −12° to +16°,
/// in the simulator's forward foot and shank bouts −27° to +13°.
///
/// Backward gait is close to forward gait run backward in time (joint angles and segment elevation
/// angles: Grasso et al. 1998, Lee et al. 2013). Run backward, a forward stride's last half of the
/// swing, the leg braked along the travel with the foot coming level for the landing, becomes the
/// first half of a backward swing: the foot lifts over the heel nearly level (a forward landing's
/// pitch reversed, some 20° toe-up, where a forward toe-off leaves 35–60° toe-down) and speeds up
/// along the new travel, and little offsets it. Under time reversal the specific force in the segment's frame is
/// the same, played backward, while the travel turns round, so a backward walker's angle is minus
/// the forward walker's over the last half of the swing: from the same 24 real feet +36° to +60°.
/// The simulator's backward limb, whose keyframes are not forward ones reversed (it lands 14–18°
/// toe-down where forward gait leaves 35–60° toe-down), reads +43° to +68° at the foot and +51° to
/// +82° at the shank. Both sides of that gap rest on the same physics: the cue needs neither the
/// mounting nor the sign of any sensor axis, only the sense of the travel (``TravelEstimate/oriented``).
/// No real backward recording checks it, and the shank has no real recording at all.
struct EarlySwingTilt {
    /// A bout's median angle (degrees along the travel) at or below which it is forward: above the
    /// real forward walkers' largest bout median (16°, voisard2023 trial 3-1's left foot).
    var forwardLimitDegrees: Float = 20
    /// A bout's median angle (degrees) at or above which it is backward: under the 36° that the
    /// reversal of the real forward walkers' late swing predicts, and the simulator's 43°.
    var backwardLimitDegrees: Float = 32

    /// Forward (`true`) or backward, with a strength 0…1: the balance of the strides' votes (each on
    /// its side of the limits' midpoint), or nil when the bout's median lies between the limits, the
    /// travel's sense is not known, or no stride can be measured.
    func direction(
        run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?], travel: TravelEstimate, acceleration: VectorSignal
    ) -> (forward: Bool, strength: Float)? {
        guard travel.oriented else { return nil }
        var angles: [Double] = []
        angles.reserveCapacity(run.contacts.count)
        for index in run.contacts where index + 1 < run.contacts.upperBound {
            if let angle = Self.degrees(
                contact: contacts[index], next: contacts[index + 1], flat: flatPoints[index], travel: travel.direction,
                acceleration: acceleration) {
                angles.append(Double(angle))
            }
        }
        let middle = Double(forwardLimitDegrees + backwardLimitDegrees) / 2
        let backwardVotes = angles.count { $0 >= middle }
        guard let median = OrderStatistics.median(angles) else { return nil }
        let balance = Float(angles.count - 2 * backwardVotes) / Float(angles.count)
        if median <= Double(forwardLimitDegrees) { return (true, balance) }
        if median >= Double(backwardLimitDegrees) { return (false, -balance) }
        return nil
    }

    /// One stride's angle (degrees, positive along `travel`): the mean acceleration from the toe-off
    /// to halfway to the next contact, its part horizontal to the foot-flat up over its length; nil
    /// where the stride has no toe-off or foot-flat, or its window leaves the recording.
    static func degrees(
        contact: DetectedContact, next: DetectedContact, flat: Int?, travel: SIMD3<Float>, acceleration: VectorSignal
    ) -> Float? {
        guard let toeOffPosition = contact.toeOffPosition, let flat, flat >= 1, flat + 2 <= acceleration.count else { return nil }
        let toeOff = Int(toeOffPosition.rounded())
        let halfway = toeOff + (Int(next.position.rounded()) - toeOff) / 2
        guard toeOff > Int(contact.position.rounded()), toeOff >= 0, halfway > toeOff, halfway <= acceleration.count,
              let up = Vector3.unit(acceleration.mean((flat - 1)..<(flat + 2)))
        else { return nil }
        let mean = acceleration.mean(toeOff..<halfway)
        let length = Vector3.length(mean)
        guard length > 0 else { return nil }
        let along = Vector3.dot(Vector3.horizontal(mean, up: up), travel) / length
        return asin(min(1, max(-1, along))) * 180 / .pi
    }
}
