import Foundation
@testable import GaitSimulator
@testable import RetroGait
import Testing

/// ``HeelRise``: a foot that leaves standing over its ball has turned before its magnitude climbs; one lifted straight
/// out of rest has not.
@Suite("Heel rise: a foot leaving standing over its ball")
struct HeelRiseTests {
    /// Two seconds of a foot at 100 Hz: at rest (gravity on z) for the first second, then pitching about y, linearly
    /// from `startAt` to 1.5 s by `pitchDegrees`, then still. Deterministic noise of `noise` g on every axis.
    static func foot(pitchDegrees: Double, startAt: Double = 1.2, noise: Double = 0.002) -> TriaxialSignal {
        var generator = SplitMix64(seed: 11)
        /// Uniform noise of `noise` g standard deviation.
        func jitter() -> Float { Float((Double(generator.next() >> 11) / Double(1 << 53) - 0.5) * noise * 12.0.squareRoot()) }
        var x = [Float](), y = [Float](), z = [Float]()
        for i in 0..<200 {
            let t = Double(i) / 100
            let fraction = max(0, min(1, (t - startAt) / (1.5 - startAt)))
            let pitch = pitchDegrees * fraction * .pi / 180
            x.append(Float(sin(pitch)) + jitter())
            y.append(jitter())
            z.append(Float(cos(pitch)) + jitter())
        }
        return TriaxialSignal(x: x, y: y, z: z)
    }

    /// A heel risen 10° by the onset (1.5 s) is told; the standing second is the reference.
    @Test func aRisenHeelIsTold() {
        let signal = Self.foot(pitchDegrees: 10)
        #expect(HeelRise.precedes(150, acceleration: signal, standing: 0..<100, sampleRate: 100))
    }

    /// A foot that stays flat until the onset has not turned.
    @Test func aFlatFootIsNot() {
        let signal = Self.foot(pitchDegrees: 0)
        #expect(!HeelRise.precedes(150, acceleration: signal, standing: 0..<100, sampleRate: 100))
    }

    /// A turn that starts only at the onset (a swing's own turn, timed a sample late) is not a heel rise: the window
    /// ends ``HeelRise/onsetGapSeconds`` before the onset.
    @Test func aTurnStartingAtTheOnsetIsNot() {
        let signal = Self.foot(pitchDegrees: 30, startAt: 1.49)
        #expect(!HeelRise.precedes(150, acceleration: signal, standing: 0..<100, sampleRate: 100))
    }

    /// On a noisy sensor (0.05 g per axis, ~1.3° of scatter in a 0.1 s mean) a 3° turn is within the scatter; 15° is not.
    @Test func aNoisySensorNeedsALargerTurn() {
        #expect(!HeelRise.precedes(150, acceleration: Self.foot(pitchDegrees: 3, noise: 0.05), standing: 0..<100, sampleRate: 100))
        #expect(HeelRise.precedes(150, acceleration: Self.foot(pitchDegrees: 15, noise: 0.05), standing: 0..<100, sampleRate: 100))
    }

    /// No standing samples, or an onset inside the standing stretch: no heel rise.
    @Test func emptyStretchesAreNot() {
        let signal = Self.foot(pitchDegrees: 10)
        #expect(!HeelRise.precedes(150, acceleration: signal, standing: 100..<100, sampleRate: 100))
        #expect(!HeelRise.precedes(5, acceleration: signal, standing: 0..<100, sampleRate: 100))
    }
}
