import Foundation
@testable import RetroGait
import Testing

/// ``SagittalFootRotation`` on a synthetic foot rotation: per stride a sharp push-off turn, a broad
/// mid-swing lobe of the opposite sign ending at sample 66 of the stride, and a landing turn at 72
/// (250 deg/s deep unless a test says otherwise).
@Suite("Sagittal foot rotation: landing from the gyroscope")
struct SagittalFootRotationTests {
    static let stride = 110

    /// Five strides on the sensor axis `axis`, the mid-swing lobe positive when `mirrored` is false.
    static func angularVelocity(axis: SIMD3<Float>, mirrored: Bool, landingTurn: Float = 250) -> TriaxialSignal {
        let sign: Float = mirrored ? -1 : 1
        var x: [Float] = [], y: [Float] = [], z: [Float] = []
        for i in 0..<(5 * stride) {
            let t = Float(i % stride)
            var value = -600 * exp(-(t - 25) * (t - 25) / 32) - landingTurn * exp(-(t - 72) * (t - 72) / 18)
            if t > 32 && t < 66 { value += 350 * sin(Float.pi * (t - 32) / 34) }
            value *= sign
            x.append(axis.x * value); y.append(axis.y * value); z.append(axis.z * value)
        }
        return TriaxialSignal(x: x, y: y, z: z)
    }

    @Test(arguments: [false, true])
    func landingIsTheLobeEndAndTheTurnWhateverTheSign(mirrored: Bool) throws {
        let signal = Self.angularVelocity(axis: SIMD3(0.6, 0, 0.8), mirrored: mirrored)
        let rotation = try #require(SagittalFootRotation(signal, range: 0..<signal.count, sampleRate: 100))
        for k in 1..<4 {
            let stanceBefore = (k - 1) * Self.stride + 103  // mid-stance: halfway from landing to push-off
            let landing = try #require(rotation.landing(
                between: stanceBefore, and: stanceBefore + Self.stride, reach: 22))
            #expect(abs(landing.crossing - Double(k * Self.stride + 66)) <= 2, "crossing \(landing.crossing)")
            #expect(abs(landing.turn - (k * Self.stride + 72)) <= 1, "turn \(landing.turn)")
            #expect(landing.marked)
        }
    }

    /// A lobe followed only by a ripple (a twentieth of the lobe's peak, as after the heel has lowered
    /// onto the ground in a toe-first landing) has no marked landing turn: the foot is at rest, not
    /// slapping down.
    @Test func aRippleAfterTheLobeIsNoLandingTurn() throws {
        let signal = Self.angularVelocity(axis: SIMD3(0.6, 0, 0.8), mirrored: false, landingTurn: 17)
        let rotation = try #require(SagittalFootRotation(signal, range: 0..<signal.count, sampleRate: 100))
        for k in 1..<4 {
            let stanceBefore = (k - 1) * Self.stride + 103
            let landing = try #require(rotation.landing(between: stanceBefore, and: stanceBefore + Self.stride, reach: 22))
            #expect(!landing.marked, "turn at \(landing.turn)")
        }
    }

    /// The push-off peaks at sample 25 of each stride and falls through 70 % of its peak at 28.4
    /// (a Gaussian of variance 16); the toe-off is there in walking and at the peak in running, whatever
    /// the sign of the rotation.
    @Test(arguments: [false, true])
    func toeOffIsOnThePushOffFlankOrAtItsPeakWhateverTheSign(mirrored: Bool) throws {
        let signal = Self.angularVelocity(axis: SIMD3(0, 0.8, -0.6), mirrored: mirrored)
        let rotation = try #require(SagittalFootRotation(signal, range: 0..<signal.count, sampleRate: 100))
        for k in 1..<4 {
            let stance = (k - 1) * Self.stride + 103
            let walking = try #require(rotation.toeOff(between: stance, and: stance + Self.stride, running: false))
            #expect(abs(walking - Double(k * Self.stride + 25) - 3.4) <= 1, "walking toe-off \(walking)")
            let running = try #require(rotation.toeOff(between: stance, and: stance + Self.stride, running: true))
            #expect(abs(running - Double(k * Self.stride + 25)) <= 1, "running toe-off \(running)")
        }
    }

    @Test func noGyroscopeGivesNoRotation() {
        #expect(SagittalFootRotation(nil, range: 0..<100, sampleRate: 100) == nil)
    }
}
