import Foundation
@testable import GaitSimulator
@testable import RetroGait
import Testing

/// ``ImpactBurst``: a touchdown's ringing starts the fast content of the raw acceleration; a smooth swing hump before it,
/// larger than the ringing, does not.
@Suite("Impact burst: a foot's touchdown told by its fast vibration")
struct ImpactBurstTests {
    /// One second of a foot at 100 Hz: gravity on z, a smooth 2.5 g hump along x centred at 0.40 s (the terminal swing's
    /// deceleration, a Gaussian of 40 ms), and, when `impactAt` is given, a touchdown there: ringing at 45 Hz of 1 g on
    /// z, decaying in 12 ms. Deterministic noise of 0.005 g on every axis.
    static func landing(impactAt impact: Double?, rate: Double = 100) -> TriaxialSignal {
        let count = Int(rate)
        var generator = SplitMix64(seed: 7)
        /// Uniform noise of 0.005 g standard deviation.
        func noise() -> Float { Float((Double(generator.next() >> 11) / Double(1 << 53) - 0.5) * 0.005 * 12.0.squareRoot()) }
        var x = [Float](), y = [Float](), z = [Float]()
        for i in 0..<count {
            let t = Double(i) / rate
            let hump = 2.5 * exp(-0.5 * pow((t - 0.40) / 0.04, 2))
            var ring = 0.0
            if let impact, t >= impact {
                ring = exp(-(t - impact) / 0.012) * sin(2 * .pi * 45 * (t - impact) + .pi / 2)
            }
            x.append(Float(hump) + noise())
            y.append(noise())
            z.append(Float(1 + ring) + noise())
        }
        return TriaxialSignal(x: x, y: y, z: z)
    }

    @Test func theOnsetIsTheTouchdownNotTheSwingHump() throws {
        let signal = Self.landing(impactAt: 0.50)
        let spacing = try #require(ImpactBurst.spacing(sampleRate: 100))
        let onset = try #require(ImpactBurst.onset(signal, from: 30, to: 70, rest: 80..<90, spacing: spacing))
        // The ringing starts at sample 50; the second difference centred one sample before it already sees it.
        #expect(abs(onset - 50) <= 1.5, "onset at sample \(onset)")
    }

    /// Where the foot rests, the fast content is only the sensor's noise: no burst stands out of it.
    @Test func aFootAtRestHasNoBurst() {
        let signal = Self.landing(impactAt: nil)
        #expect(ImpactBurst.onset(signal, from: 60, to: 95, rest: 80..<90, spacing: 1) == nil)
    }

    /// The second difference's spacing passes the band above the 20 Hz smoothing; below 80 Hz there is no octave of it.
    @Test func theSpacingFollowsTheRate() {
        #expect(ImpactBurst.spacing(sampleRate: 100) == 1)
        #expect(ImpactBurst.spacing(sampleRate: 500) == 6)
        #expect(ImpactBurst.spacing(sampleRate: 80) == 1)
        #expect(ImpactBurst.spacing(sampleRate: 50) == nil)
        #expect(ImpactBurst.spacing(sampleRate: 25) == nil)
    }
}
