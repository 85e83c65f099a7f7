import Foundation

/// Slow postural sway: a few seeded low-frequency sinusoids (0.1–0.8 Hz) in tilt and acceleration,
/// present all the time (and all that is left when standing).
struct PostureSway {
    private var tiltComponents: [(axis: Int, amplitude: Double, frequency: Double, phase: Double)] = []
    private var accelerationComponents: [(axis: Int, amplitude: Double, frequency: Double, phase: Double)] = []

    init(random: inout SplitMix64) {
        for axis in 0..<3 {
            for _ in 0..<3 {
                tiltComponents.append((axis, random.uniform(in: 0.1...0.4) * .pi / 180,
                                       random.uniform(in: 0.1...0.8), random.uniform() * 2 * .pi))
                accelerationComponents.append((axis, random.uniform(in: 0.001...0.004),
                                               random.uniform(in: 0.1...0.8), random.uniform() * 2 * .pi))
            }
        }
    }

    /// Extra (pitch, roll, yaw) in radians.
    func tilt(at time: Double) -> SIMD3<Double> { sum(tiltComponents, time) }

    /// Extra specific force in g (travel frame).
    func acceleration(at time: Double) -> SIMD3<Double> { sum(accelerationComponents, time) }

    private func sum(_ components: [(axis: Int, amplitude: Double, frequency: Double, phase: Double)], _ time: Double) -> SIMD3<Double> {
        var result = SIMD3<Double>.zero
        for c in components {
            result[c.axis] += c.amplitude * sin(2 * .pi * c.frequency * time + c.phase)
        }
        return result
    }
}
