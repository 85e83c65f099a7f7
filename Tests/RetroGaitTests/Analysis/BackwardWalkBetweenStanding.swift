import GaitSimulator
@testable import RetroGait

/// A simulated backward walk of 20 s between 3 s of standing, worn on the left leg (100 Hz, low noise), and its
/// analysis: the recording of the tests of the steps around a backward walk's settling step.
struct BackwardWalkBetweenStanding {
    let simulated: SimulatedRecording
    let analysis: GaitAnalysis

    init(placement: Placement, strike: FootStrike, seed: UInt64) throws {
        let script = SessionScript([
            BoutScript(.standing, duration: 3),
            BoutScript(.walking, direction: .backward, duration: 20, strike: strike),
            BoutScript(.standing, duration: 3),
        ])
        simulated = GaitSimulator.simulate(script, options: SimulationOptions(
            placement: placement, sampleRate: 100, seed: seed, noise: 0.01, bias: 0.01))
        analysis = try GaitAnalyzer(configuration: .init(placement: placement, sensorSide: .left))
            .analyze(simulated.recording)
    }
}
