/// Finds where the wearer's front is in the sensor frame without a declared mounting, from
/// anatomy rather than from the direction of travel (which the mirror symmetry of gait hides):
///
/// - Trunk: runners and walkers lean the trunk toward their front, forward and backward alike
///   (more in forward running). The lean is the change of the up direction between standing and
///   the bout; it needs some standing in the recording and a lean of at least ``minimumLeanDegrees``.
/// - Foot with a gyroscope: in swing the knee flexes, so the heel rises behind the knee and the
///   foot tips toe-down, whichever way the body travels. The largest rotation from foot-flat before
///   the next contact therefore turns about the body's left-right axis in a known sense, and
///   `rotation × up` points to the front (toward the toes).
/// - Wrist, shank, or foot without a gyroscope: no anatomical front is used. (The same knee-flexion
///   cue at the shank — knee ahead of the ankle in swing — was wrong on 29 % of simulated bouts.)
struct FrontEstimator {
    var placement: Placement
    /// Smaller leans than this (degrees) are not trusted as a front cue.
    var minimumLeanDegrees: Float = 1.5
    /// The lean (degrees) at which the cue counts fully.
    var fullLeanDegrees: Float = 4

    /// A unit front vector (horizontal, sensor frame) and a strength 0…1, or nil.
    func front(
        run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?], travel: TravelEstimate,
        acceleration: VectorSignal, angularVelocity: VectorSignal?, standingUp: SIMD3<Float>?, sampleRate: Double
    ) -> (direction: SIMD3<Float>, strength: Float)? {
        switch placement {
        case .lowerBack:
            guard let standingUp else { return nil }
            let lean = Vector3.angleDegrees(travel.up, standingUp)
            guard lean >= minimumLeanDegrees,
                  let front = Vector3.unit(Vector3.horizontal(standingUp - travel.up, up: travel.up))
            else { return nil }
            return (front, min(1, lean / fullLeanDegrees))
        case .foot:
            guard let angularVelocity else { return nil }
            var votes = SIMD3<Float>.zero
            var count = 0
            for index in run.contacts where index + 1 < run.contacts.upperBound {
                guard let flat = flatPoints[index] else { continue }
                let end = min(angularVelocity.count, Int(contacts[index + 1].position.rounded()))
                guard end > flat + 2 else { continue }
                let swing = LargestSwingRotation(angularVelocity, from: flat, to: end)
                // Degrees: the sum is in deg/s × samples.
                guard swing.angle / Float(sampleRate) >= 15,
                      let up = Vector3.unit(acceleration.mean((flat - 1)..<(flat + 2))),
                      let front = Vector3.unit(Vector3.horizontal(Vector3.cross(swing.rotation, up), up: travel.up))
                else { continue }
                votes += front
                count += 1
            }
            guard count > 0, let front = Vector3.unit(votes) else { return nil }
            return (front, Vector3.length(votes) / Float(count))
        case .shank, .wrist:
            return nil
        }
    }
}
