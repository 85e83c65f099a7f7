import GaitSimulator
@testable import RetroGait
import Testing

/// A wrist walk from standing: the arm starts to swing with the lift-off, and the stance leg's push-off
/// lifts the wrist's vertical as much as a landing, so the detector's first contact was that push-off,
/// one swing before the first landing. It is dropped and reported as the walk's lift-off
/// (``TrunkLiftOff/droppingPushOff(_:vertical:period:waveWidth:walkWaveRange:sampleRate:)``).
@Suite("Wrist walking from standing: the lift-off's push-off is no landing")
struct WristStandingPushOffTests {
    static func walk(_ bouts: [BoutScript], seed: UInt64) -> SimulatedRecording {
        GaitSimulator.simulate(SessionScript(bouts), options: SimulationOptions(placement: .wrist, sampleRate: 100, seed: seed))
    }

    /// Simulated wrist, 100 Hz, seeds 3–5, forward and backward: no contact is reported more than 0.1 s
    /// before the first landing (before: one, 0.43–0.49 s early, at the push-off), and the first toe-off
    /// reported is the lift-off within ±40 ms (measured within ±15 ms; before, the first toe-off came
    /// 0.53–0.60 s after it).
    @Test(arguments: [Direction.forward, .backward])
    func pushOffIsTheLiftOff(direction: Direction) throws {
        for seed: UInt64 in [3, 4, 5] {
            let simulated = Self.walk([
                BoutScript(.standing, duration: 3), BoutScript(.walking, direction: direction, duration: 12),
                BoutScript(.standing, duration: 3),
            ], seed: seed)
            let analysis = try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(simulated.recording)
            let landing = try #require(simulated.events.first { $0.kind == .initialContact })
            let liftOff = try #require(simulated.events.first { $0.kind == .toeOff })
            let early = analysis.events.filter { $0.kind == .initialContact && $0.time < landing.time - 0.1 }
            #expect(early.isEmpty, "seed \(seed): contacts \(early.map(\.time)) before the first landing at \(landing.time) s")
            let first = try #require(analysis.events.first { $0.kind == .toeOff })
            #expect(abs(first.time - liftOff.time) <= 0.04,
                    "seed \(seed): lift-off at \(liftOff.time) s, first toe-off reported at \(first.time) s")
        }
    }

    /// A walk straight after a run (no standing between them) keeps every contact: the push-off rule needs
    /// the wrist to have been still before the lift-off. The wrist's detector with and without the rule
    /// finds the same contacts in the walk (simulated wrist, 100 Hz, seeds 3–5), while a walk from standing
    /// loses exactly its first one to it.
    @Test(arguments: [UInt64(3), 4, 5])
    func onlyAWalkFromStandingLosesAContact(seed: UInt64) throws {
        let afterRun = Self.walk([
            BoutScript(.standing, duration: 3), BoutScript(.running, direction: .forward, duration: 10),
            BoutScript(.walking, direction: .forward, duration: 10), BoutScript(.standing, duration: 3),
        ], seed: seed)
        let fromStanding = Self.walk([
            BoutScript(.standing, duration: 3), BoutScript(.walking, direction: .forward, duration: 10),
            BoutScript(.standing, duration: 3),
        ], seed: seed)
        for (simulated, dropped) in [(afterRun, 0), (fromStanding, 1)] {
            let walk = try #require(simulated.bouts.first { $0.activity == .walking })
            let start = (walk.startTime - simulated.recording.startTime - 1) * simulated.recording.sampleRate
            let with = try Self.walkContacts(simulated.recording, pushOffRule: true).filter { $0 >= start }
            let without = try Self.walkContacts(simulated.recording, pushOffRule: false).filter { $0 >= start }
            #expect(without.count - with.count == dropped, "seed \(seed): \(without.count) contacts without the rule, \(with.count) with it")
            #expect(Array(without.suffix(with.count)) == with, "seed \(seed): the walk's other contacts moved")
        }
    }

    /// The wrist detector's contact positions (samples), with or without ``LoadingOnsetDetector/standingPushOff``.
    static func walkContacts(_ recording: Recording, pushOffRule: Bool) throws -> [Double] {
        var detector = try #require(GaitAnalyzer.detector(for: .wrist) as? LoadingOnsetDetector)
        if !pushOffRule { detector.standingPushOff = nil }
        let signals = try MotionSignals(recording)
        let segments = RhythmEstimator(unit: detector.eventUnit).segments(
            of: detector.rhythmSignal(signals), sampleRate: recording.sampleRate)
        return segments.flatMap { detector.contacts(in: $0, signals: signals) }.map(\.position)
    }
}
