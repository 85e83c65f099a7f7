import GaitSimulator
import Testing
@testable import RetroGait

/// The session the issue names — a forward warm-up, then 4 × (30 s backward running, 60 s standing) —
/// must come out as its bouts, with boundaries within 2 s and, with a declared forward axis, the
/// right direction. Floors sit at what the classifier reaches on these seeds, not above.
@Suite("Bouts: interval sessions")
struct IntervalSessionTests {
    static let session = "fw-run:60, 4*(bw-run:30, stand:60)"

    static func analyse(
        _ placement: Placement, gyroscope: Bool = false, axis: SensorAxis?, seed: UInt64 = 11
    ) throws -> (simulated: SimulatedRecording, analysis: GaitAnalysis) {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: session),
            options: SimulationOptions(placement: placement, seed: seed, includeGyroscope: gyroscope))
        let side: Side = placement == .foot || placement == .shank ? .left : .unknown
        let analysis = try GaitAnalyzer(configuration: .init(
            placement: placement, sensorSide: side, mounting: SensorMounting(forwardAxis: axis)))
            .analyze(simulated.recording)
        return (simulated, analysis)
    }

    /// Every simulated bout compared with the detected one, after expecting both of its boundaries
    /// to be found within 2 s.
    static func boutsWithBoundariesWithinTwoSeconds(
        _ simulated: SimulatedRecording, _ analysis: GaitAnalysis
    ) throws -> [BoutComparison] {
        let evaluation = BoutEvaluation(truth: simulated.bouts, detected: analysis.bouts.map(\.bout))
        for comparison in evaluation.comparisons {
            let start = try #require(comparison.startErrorSeconds)
            let end = try #require(comparison.endErrorSeconds)
            #expect(abs(start) <= 2 && abs(end) <= 2, "\(comparison.truth) vs \(String(describing: comparison.detected))")
        }
        return evaluation.comparisons
    }

    // The shank with a gyroscope still finds one spurious short bout at the end of a bout (see the
    // accuracy report's bout section); the wrist has no direction physics strong enough yet.
    @Test(arguments: [(Placement.lowerBack, false), (.foot, false), (.foot, true)])
    func fourBackwardRunningBoutsWithBoundariesWithinTwoSeconds(placement: Placement, gyroscope: Bool) throws {
        let (simulated, analysis) = try Self.analyse(placement, gyroscope: gyroscope, axis: .plusX)
        let gait = analysis.bouts.map(\.bout).filter { $0.activity != .standing }
        let backward = gait.filter { $0.direction == .backward && $0.activity == .running }
        #expect(backward.count == 4, "\(gait)")
        #expect(gait.count == 5, "\(gait)")
        for comparison in try Self.boutsWithBoundariesWithinTwoSeconds(simulated, analysis) {
            #expect(comparison.activityAgrees == true)
            if comparison.truth.activity != .standing { #expect(comparison.directionAgrees == true) }
        }
    }

    @Test func boutsCoverTheRecordingBackToBack() throws {
        let (simulated, analysis) = try Self.analyse(.lowerBack, axis: nil)
        let bouts = analysis.bouts.map(\.bout)
        #expect(bouts.first?.startTime == 0)
        #expect(abs((bouts.last?.endTime ?? 0) - simulated.recording.duration) < 1e-9)
        for (a, b) in zip(bouts, bouts.dropFirst()) { #expect(abs(a.endTime - b.startTime) < 1e-9) }
        #expect(bouts.allSatisfy { $0.activity != .standing || $0.direction == .unknown })
    }

    @Test func gaitBoutSummariesCountStepsAndCadence() throws {
        let (_, analysis) = try Self.analyse(.lowerBack, axis: .plusX)
        let running = analysis.bouts.filter { $0.bout.activity == .running }
        #expect(!running.isEmpty)
        for summary in running {
            #expect(summary.steps >= Int(summary.bout.duration * 2))
            let cadence = try #require(summary.cadenceStepsPerMinute)
            #expect((140...240).contains(cadence))
            #expect(summary.medianContactMilliseconds != nil)
        }
        #expect(analysis.bouts.filter { $0.bout.activity == .standing }.allSatisfy { $0.steps == 0 })
    }
}

/// A foot sensor with a gyroscope follows the foot through the swing: forward and backward walking
/// and running, each straight after the other with no pause between, come out as separate bouts in
/// the right direction, with and without a declared axis (a forward walking push-off once fooled
/// the acceleration-only vote, and bouts without a pause were one).
@Suite("Bouts: foot with gyroscope, direction changes without a pause")
struct FootDirectionChangeTests {
    @Test(arguments: [SensorAxis.plusX, nil])
    func everyBoutInItsDirection(axis: SensorAxis?) throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: "stand:10, fw-walk:30, bw-walk:30, fw-run:30, bw-run:30, stand:10"),
            options: SimulationOptions(placement: .foot, seed: 21, includeGyroscope: true))
        let analysis = try GaitAnalyzer(configuration: .init(
            placement: .foot, sensorSide: .left, mounting: SensorMounting(forwardAxis: axis))).analyze(simulated.recording)
        let truthGait = simulated.bouts.filter { $0.activity != .standing }
        let evaluation = BoutEvaluation(truth: truthGait, detected: analysis.bouts.map(\.bout))
        #expect(evaluation.comparisons.count == 4)
        for comparison in evaluation.comparisons {
            #expect(comparison.directionAgrees == true, "\(comparison.truth) vs \(String(describing: comparison.detected))")
            let start = try #require(comparison.startErrorSeconds)
            let end = try #require(comparison.endErrorSeconds)
            #expect(abs(start) <= 2 && abs(end) <= 2, "\(comparison.truth) vs \(String(describing: comparison.detected))")
        }
    }
}

/// Without a declared mounting the direction must rather be unknown than wrong. The bouts are
/// grouped by the sign of their travel in the sensor frame and the group that steps faster with
/// shorter contacts is backward (``RhythmContrast``).
@Suite("Bouts: direction without mounting")
struct DirectionWithoutMountingTests {
    /// Every truth gait bout has a detected bout, no decided direction is wrong, and at least
    /// `minimumKnown` are decided.
    static func expectNeverWrong(_ simulated: SimulatedRecording, _ analysis: GaitAnalysis, minimumKnown: Int) {
        let truthGait = simulated.bouts.filter { $0.activity != .standing }
        let evaluation = BoutEvaluation(truth: truthGait, detected: analysis.bouts.map(\.bout))
        let detected = evaluation.comparisons.compactMap(\.detected)
        #expect(detected.count == truthGait.count)
        let known = zip(evaluation.comparisons, detected).filter { $0.1.direction != .unknown }
        #expect(known.allSatisfy { $0.0.truth.direction == $0.1.direction }, "\(evaluation.comparisons)")
        #expect(known.count >= minimumKnown, "\(known.count) of \(truthGait.count)")
    }

    @Test(arguments: [(Placement.lowerBack, false, 5), (.foot, true, 5), (.foot, false, 5), (.shank, true, 5),
                      (.shank, false, 5), (.wrist, false, 5), (.wrist, true, 5)])
    func neverConfidentlyWrong(placement: Placement, gyroscope: Bool, minimumKnown: Int) throws {
        let (simulated, analysis) = try IntervalSessionTests.analyse(placement, gyroscope: gyroscope, axis: nil)
        DirectionWithoutMountingTests.expectNeverWrong(simulated, analysis, minimumKnown: minimumKnown)
    }
}

/// A shank without a gyroscope, with a declared axis: every bout of the interval session is decided
/// and never wrong, on several seeds (its running travel comes from the landing lean against the
/// standing up; without standing, running bouts are decided as without a mounting).
@Suite("Bouts: shank without gyroscope, declared axis")
struct ShankDirectionWithAxisTests {
    @Test(arguments: [UInt64(11), 12, 13])
    func runningBoutsDecidedByTheirGroupNeverWrong(seed: UInt64) throws {
        let (simulated, analysis) = try IntervalSessionTests.analyse(.shank, axis: .plusX, seed: seed)
        DirectionWithoutMountingTests.expectNeverWrong(simulated, analysis, minimumKnown: 5)
    }
}

/// A forward run that flows straight into a backward run is cut where the travel turns round, also
/// where the travel is measured from the landing lean (shank without gyroscope), and at the wrist
/// where the cadence jumps (``CadenceChangeSplitter``; its direction stays unknown).
@Suite("Bouts: direction change without a pause, no mounting")
struct DirectionChangeWithoutMountingTests {
    @Test(arguments: [(Placement.shank, false), (.lowerBack, false), (.wrist, false), (.wrist, true)])
    func fiveBoutsWithBoundariesWithinTwoSeconds(placement: Placement, gyroscope: Bool) throws {
        let (simulated, analysis) = try IntervalSessionTests.analyse(placement, gyroscope: gyroscope, axis: nil)
        let gait = analysis.bouts.map(\.bout).filter { $0.activity != .standing }
        #expect(gait.count == 5, "\(gait)")
        _ = try IntervalSessionTests.boutsWithBoundariesWithinTwoSeconds(simulated, analysis)
    }
}

/// A shank without a gyroscope measures its travel from the landing lean against the standing up
/// (the foot lands ahead of the body along the travel, forward and backward alike), in walking and
/// running: sessions whose walking bouts all go one way, and whose strikes contradict the usual
/// toe-first backward landing, come out with every bout in its direction, with and without a
/// declared axis. Seeds apart from the accuracy report's.
@Suite("Bouts: shank without gyroscope, landing lean")
struct ShankLandingLeanDirectionTests {
    static let sessions = [
        "stand:10, 3*(bw-walk:30, stand:15), fw-run@mid:40, stand:10, bw-run@mid:30, stand:10",
        "stand:10, fw-walk:30, stand:10, bw-walk:30, stand:10, fw-run@toe:30, stand:10, bw-run@heel:30, stand:10",
    ]

    @Test(arguments: [(0, SensorAxis.plusX, UInt64(21)), (0, nil, 21), (1, .plusX, 22), (1, nil, 22), (1, nil, 23)])
    func everyBoutInItsDirection(session: Int, axis: SensorAxis?, seed: UInt64) throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: Self.sessions[session]),
            options: SimulationOptions(placement: .shank, seed: seed, includeGyroscope: false))
        let analysis = try GaitAnalyzer(configuration: .init(
            placement: .shank, sensorSide: .left, mounting: SensorMounting(forwardAxis: axis))).analyze(simulated.recording)
        let truthGait = simulated.bouts.filter { $0.activity != .standing }
        let evaluation = BoutEvaluation(truth: truthGait, detected: analysis.bouts.map(\.bout))
        #expect(evaluation.comparisons.count == truthGait.count)
        for comparison in evaluation.comparisons {
            #expect(comparison.directionAgrees == true, "\(comparison.truth) vs \(String(describing: comparison.detected))")
        }
    }
}
