import GaitSimulator
import Testing
@testable import RetroGait

/// Lower-back running on the simulator, both directions, low to high rates: contacts, toe-offs and
/// the per-step contact times. Floors sit below what the detector reaches (IC and TC F1 1.000 at
/// 100 Hz, seed 3; median contact within ~12 ms of truth), not at the targets.
@Suite("Simulated steps: lower-back running")
struct SimulatedStepAccuracyTests {
    static let cases: [(Direction, Double)] = [(.forward, 50), (.forward, 500), (.backward, 50), (.backward, 500)]

    @Test(arguments: cases)
    func contactsToeOffsAndContactTimes(direction: Direction, rate: Double) throws {
        let simulated = GaitSimulator.simulate(
            BoutScript(.running, direction: direction, duration: 20),
            options: SimulationOptions(placement: .lowerBack, sampleRate: rate, seed: 3))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(simulated.recording)
        let evaluation = GaitEventEvaluator(options: EventEvaluationOptions(tolerance: 0.04))
            .evaluate(truth: simulated.events, detected: analysis.events)
        #expect(try #require(evaluation.initialContacts.detection.f1) >= 0.95)
        #expect(try #require(evaluation.toeOffs.detection.f1) >= 0.95)
        // One step per initial contact; running has flight, so contact + flight = step.
        #expect(analysis.steps.count == analysis.initialContacts.count)
        let complete = analysis.steps.filter { $0.stepMilliseconds != nil && $0.contactMilliseconds != nil }
        #expect(complete.count >= analysis.steps.count - 2)
        let truthContact = Self.medianTruthContactMilliseconds(simulated.events)
        let detectedContact = try #require(analysis.summary.medianContactMilliseconds)
        #expect(abs(detectedContact - truthContact) <= 25, "median contact \(detectedContact) ms vs truth \(truthContact) ms")
        #expect(try #require(analysis.summary.medianFlightMilliseconds) > 0)
        #expect(try #require(analysis.summary.stepTimeCoefficientOfVariation) < 0.1)
    }

    private static func medianTruthContactMilliseconds(_ events: [GaitEvent]) -> Double {
        var open: [Side: Double] = [:]
        var contacts: [Double] = []
        for event in events {
            if event.kind == .initialContact { open[event.side] = event.time }
            else if let ic = open.removeValue(forKey: event.side) { contacts.append(1000 * (event.time - ic)) }
        }
        return OrderStatistics.median(contacts) ?? 0
    }
}
