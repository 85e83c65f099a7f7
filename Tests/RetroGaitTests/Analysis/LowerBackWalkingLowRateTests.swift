import GaitSimulator
import Testing
@testable import RetroGait

/// A lower-back sensor in forward walking (heel strikes) sampled at 25 Hz: the noise filter's cutoff
/// falls to 10 Hz and removes the short dip between the trunk's climb and the landing's steep rise, so
/// the climb's slope reaches half the landing's and the half-slope onset lay a sample or two early
/// (median -37 ms; most contacts outside ±40 ms). Below 50 Hz a rise's onset is now its knee, where the
/// slope jumps in one sample.
@Suite("Lower back at 25 Hz: walking contacts at the landing's knee")
struct LowerBackWalkingLowRateTests {
    // Measured pooled over the three seeds, IC F1 ±40 ms: 0.580 before the knee onset, 0.889 with it
    // (per seed 25/34 → 33/34, 19/34 → 31/34, 16/34 → 28/34 found). On seeds 8100–8107 with high
    // noise, forward heel / mid / toe 0.540 / 0.655 / 0.747 → 0.780 / 0.806 / 0.876.
    @Test func forwardWalkingHeelStrikesAt25Hertz() throws {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for seed: UInt64 in [7000, 7001, 7002] {
            let script = SessionScript([
                BoutScript(.standing, duration: 3),
                BoutScript(.walking, direction: .forward, duration: 20, strike: .heel),
                BoutScript(.standing, duration: 3),
            ])
            let simulated = GaitSimulator.simulate(script, options: SimulationOptions(
                placement: .lowerBack, sampleRate: 25, seed: seed, noise: 0.01, bias: 0.01))
            let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(simulated.recording)
            let detection = GaitEventEvaluator(options: EventEvaluationOptions(tolerance: 0.04))
                .evaluate(truth: simulated.events, detected: analysis.events).initialContacts.detection
            truePositives += detection.truePositives
            falsePositives += detection.falsePositives
            falseNegatives += detection.falseNegatives
        }
        let f1 = 2 * Double(truePositives) / Double(2 * truePositives + falsePositives + falseNegatives)
        #expect(f1 >= 0.85, "IC F1 \(f1) (\(truePositives) / \(falsePositives) / \(falseNegatives))")
    }
}
