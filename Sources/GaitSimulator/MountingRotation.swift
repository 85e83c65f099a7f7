import Foundation

/// How the sensor's axes sit on the body segment.
///
/// Without rotation the sensor axes are the segment's: x forward along the segment's facing
/// direction (toward the toes on the foot), y to the left, z up (along the shank on the shank).
public enum MountingRotation: Sendable, Equatable, Hashable {
    /// Sensor axes equal the segment axes.
    case identity
    /// A seeded rotation about a uniformly random axis by an angle drawn uniformly in 0…`maxDegrees`
    /// ("mild" misalignment: 10–20°).
    case randomTilt(maxDegrees: Double)
    /// A seeded, uniformly random orientation (any attitude).
    case random
    /// Roll about x, then pitch about y, then yaw about z, in degrees.
    case euler(rollDegrees: Double, pitchDegrees: Double, yawDegrees: Double)
    /// An explicit matrix whose rows are the sensor axes in the segment frame.
    case matrix(RotationMatrix)

    /// The matrix this choice resolves to with the given random stream.
    func resolve(_ random: inout SplitMix64) -> RotationMatrix {
        switch self {
        case .identity:
            return .identity
        case .randomTilt(let maxDegrees):
            let axis = randomUnitVector(&random)
            let angle = random.uniform() * maxDegrees * .pi / 180
            return RotationMatrix(axis: axis, angle: angle)
        case .random:
            let axis = randomUnitVector(&random)
            // Angle density ∝ (1 − cos θ) gives the uniform (Haar) distribution; sample by rejection.
            var angle = 0.0
            repeat {
                angle = random.uniform() * .pi
            } while random.uniform() * 2 > 1 - cos(angle)
            return RotationMatrix(axis: axis, angle: angle)
        case let .euler(roll, pitch, yaw):
            return RotationMatrix(rollDegrees: roll, pitchDegrees: pitch, yawDegrees: yaw)
        case .matrix(let matrix):
            return matrix
        }
    }
}

private func randomUnitVector(_ random: inout SplitMix64) -> SIMD3<Double> {
    let z = random.uniform(in: -1...1)
    let phi = random.uniform() * 2 * .pi
    let r = (1 - z * z).squareRoot()
    return [r * cos(phi), r * sin(phi), z]
}
