import GaitSimulator
import Testing
@testable import RetroGait

/// Known answers of the foot's walk/run cut: a run that turns straight into a walk (and back) is cut
/// where the gait changes; a stride that doubles (every other contact missed: the duty factor halves
/// too), a pace that drifts across the cadence boundary with a runner's duty factor, and a change
/// without toe-offs are not.
@Suite("Gait change splitter")
struct GaitChangeSplitterTests {
    /// Contacts (100 Hz, foot: one stride per interval) with each stride's toe-off at `duty` of it.
    static func contacts(_ strides: [(samples: Double, duty: Double?)]) -> [DetectedContact] {
        var position = 100.0
        var result: [DetectedContact] = []
        for stride in strides {
            result.append(DetectedContact(
                position: position, confidence: 1, toeOffPosition: stride.duty.map { position + $0 * stride.samples }))
            position += stride.samples
        }
        result.append(DetectedContact(position: position, confidence: 1))
        return result
    }

    static func cuts(_ contacts: [DetectedContact]) -> [Int] {
        GaitChangeSplitter().splitPoints(
            ContactRun(contacts: 0..<contacts.count, eventPeriod: 80), contacts: contacts, stepsPerEvent: 2, sampleRate: 100)
    }

    /// Running: 174 steps/min (a stride of 69 samples), contact 38 % of it; walking: 114 steps/min
    /// (105 samples), contact 62 %.
    static let run = (samples: 69.0, duty: Optional(0.38)), walk = (samples: 105.0, duty: Optional(0.62))

    @Test func cutsWhereARunTurnsIntoAWalk() {
        let cuts = Self.cuts(Self.contacts(Array(repeating: Self.run, count: 20) + Array(repeating: Self.walk, count: 20)))
        // Contact 20 is the first landing of a walking stride.
        #expect(cuts.count == 1 && (19...21).contains(cuts[0]), "\(cuts)")
    }

    @Test func cutsAWalkIntoARunAndBack() {
        let strides = Array(repeating: Self.walk, count: 15) + Array(repeating: Self.run, count: 20)
            + Array(repeating: Self.walk, count: 15)
        let cuts = Self.cuts(Self.contacts(strides))
        #expect(cuts.count == 2, "\(cuts)")
        #expect(cuts.count == 2 && (14...16).contains(cuts[0]) && (34...36).contains(cuts[1]), "\(cuts)")
    }

    @Test func cutsAcrossAnIrregularChange() {
        // An extra contact at the change (a stumble, or a landing taken twice).
        let irregular: [(samples: Double, duty: Double?)] = [(17, nil), (46, 0.5)]
        let strides = Array(repeating: Self.run, count: 20) + irregular + Array(repeating: Self.walk, count: 20)
        let cuts = Self.cuts(Self.contacts(strides))
        #expect(cuts.count == 1 && (19...23).contains(cuts[0]), "\(cuts)")
    }

    @Test func keepsAStrideThatDoubles() {
        // Every other running stride missed: 87 steps/min, but the foot's contact is then 19 % of the
        // detected "stride": no walk.
        let missed = (samples: 138.0, duty: Optional(26.0 / 138))
        #expect(Self.cuts(Self.contacts(Array(repeating: Self.run, count: 20) + Array(repeating: missed, count: 20))).isEmpty)
    }

    @Test func keepsAPaceThatDriftsAcrossTheCadenceBoundary() {
        // A slowing jog, 150 → 130 steps/min over 40 strides, in flight throughout (contact 45 %).
        var strides: [(samples: Double, duty: Double?)] = []
        for index in 0..<40 {
            let cadence = 150 - 20 * Double(index) / 39
            strides.append((samples: 12_000 / cadence, duty: 0.45))
        }
        #expect(Self.cuts(Self.contacts(strides)).isEmpty)
    }

    @Test func keepsAChangeWithoutToeOffs() {
        let strides = Array(repeating: (samples: 69.0, duty: Double?.none), count: 20)
            + Array(repeating: (samples: 105.0, duty: Double?.none), count: 20)
        #expect(Self.cuts(Self.contacts(strides)).isEmpty)
    }

    @Test func keepsARunTooShortForTwoWindows() {
        let cuts = Self.cuts(Self.contacts(Array(repeating: Self.run, count: 7) + Array(repeating: Self.walk, count: 6)))
        #expect(cuts.isEmpty)
    }
}

/// A foot or shank sensor: running straight into walking and walking straight into running, with no
/// standing between, come out as separate bouts of the right activity with both boundaries within 2 s
/// (a foot once took a 30 s run before a walk into the walk: its contacts run on without a pause).
@Suite("Bouts: walking and running without a pause, foot and shank")
struct GaitChangeSessionTests {
    static let session = "stand:5, fw-run:30, fw-walk:30, stand:5, bw-walk:30, bw-run:30, stand:5"

    @Test(arguments: [(Placement.foot, false, UInt64(31)), (.foot, true, 31), (.shank, false, 32), (.shank, true, 33)])
    func everyGaitBoutWithItsActivityAndBoundaries(placement: Placement, gyroscope: Bool, seed: UInt64) throws {
        let simulated = GaitSimulator.simulate(
            try SessionScript(parsing: Self.session),
            options: SimulationOptions(placement: placement, seed: seed, includeGyroscope: gyroscope))
        let analysis = try GaitAnalyzer(configuration: .init(placement: placement, sensorSide: .left))
            .analyze(simulated.recording)
        #expect(analysis.bouts.count { $0.bout.activity != .standing } == 4, "\(analysis.bouts.map(\.bout))")
        try Self.expectEachGaitBoutFound(truth: simulated.bouts, detected: analysis.bouts.map(\.bout))
    }

    /// Each truth gait bout matched by a detected bout of its activity with both ends within 2 s.
    static func expectEachGaitBoutFound(truth: [Bout], detected: [Bout]) throws {
        let evaluation = BoutEvaluation(truth: truth.filter { $0.activity != .standing }, detected: detected)
        for comparison in evaluation.comparisons {
            let found = String(describing: comparison.detected)
            #expect(comparison.activityAgrees == true, "\(comparison.truth) vs \(found)")
            let start = try #require(comparison.startErrorSeconds)
            let end = try #require(comparison.endErrorSeconds)
            #expect(abs(start) <= 2 && abs(end) <= 2, "\(comparison.truth) vs \(found)")
        }
    }
}
