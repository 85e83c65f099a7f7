import GaitSimulator
import Testing
@testable import RetroGait

/// A lower-back sensor at the end of a run that stops: the last landing from a flight onto the standing
/// level has no step-wave peak of its own, only the start of the standing plateau, whose highest sample
/// lies wherever the noise puts it. Anchored there, the last landing was missed and a step was found in
/// the standing after the run; anchored where the plateau starts, the landing is found.
@Suite("Lower back, running: the last landing onto the standing level")
struct RunningFinalLandingTests {
    // Simulated backward running, 0.05 g noise (seeds of the probe's set 1000): before, the last landing
    // was missed and one contact was reported 1.4–2.9 s into the standing after the run in each.
    static let cases: [(seed: UInt64, strike: FootStrike, rate: Double)] = [
        (1022, .heel, 100), (1028, .mid, 100), (1034, .toe, 100),
    ]

    @Test(arguments: cases.indices)
    func lastLandingIsFoundAndStandingHasNone(_ index: Int) throws {
        let (seed, strike, rate) = Self.cases[index]
        let script = SessionScript([
            BoutScript(.standing, duration: 3),
            BoutScript(.running, direction: .backward, duration: 20, strike: strike),
            BoutScript(.standing, duration: 3),
        ])
        let simulated = GaitSimulator.simulate(script, options: SimulationOptions(
            placement: .lowerBack, sampleRate: rate, seed: seed, noise: 0.05, bias: 0.05))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(simulated.recording)
        let detected = analysis.initialContacts.map(\.time)
        // The truth's last initial contact is the settling touchdown (no load at the trunk); the one
        // before it is the last landing of the run.
        let truth = simulated.events.filter { $0.kind == .initialContact }.map(\.time)
        let lastLanding = try #require(truth.dropLast().last)
        let nearest = try #require(detected.min { abs($0 - lastLanding) < abs($1 - lastLanding) })
        #expect(abs(nearest - lastLanding) <= 0.04, "last landing \(lastLanding) s, nearest contact \(nearest) s")
        let afterRun = detected.filter { $0 > lastLanding + 0.5 }
        #expect(afterRun.isEmpty, "contacts in the standing after the run: \(afterRun)")
    }
}
