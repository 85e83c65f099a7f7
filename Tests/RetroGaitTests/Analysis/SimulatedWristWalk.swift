import GaitSimulator
import Testing
@testable import RetroGait

/// A simulated forward walk at the left wrist — 3 s standing, 20 s walking, 3 s standing — analysed and
/// evaluated against the simulator's truth (both feet, ±40 ms).
struct SimulatedWristWalk: Sendable, CustomTestStringConvertible {
    var seed: UInt64
    var strike: FootStrike
    var rate: Double = 100
    /// White noise (g RMS) and largest bias (g) per axis.
    var noise = 0.01

    var testDescription: String { "seed \(seed) \(strike) \(Int(rate)) Hz noise \(noise) g" }

    func evaluation() throws -> GaitEventEvaluation {
        let script = SessionScript([
            BoutScript(.standing, duration: 3),
            BoutScript(.walking, direction: .forward, duration: 20, strike: strike),
            BoutScript(.standing, duration: 3),
        ])
        let simulated = GaitSimulator.simulate(script, options: SimulationOptions(
            placement: .wrist, sampleRate: rate, seed: seed, noise: noise, bias: noise))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(simulated.recording)
        return GaitEventEvaluator(options: EventEvaluationOptions(tolerance: 0.04))
            .evaluate(truth: simulated.events, detected: analysis.events)
    }
}
