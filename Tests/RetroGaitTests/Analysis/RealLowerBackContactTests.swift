import GaitDatasets
@testable import RetroGait
import Testing

/// Real lower-back recordings: treadmill running against a force plate (Alcantara et al. 2022, sacrum,
/// 500 Hz, 31 × 5 s) and overground walking against curated foot-sensor events (Voisard et al. 2023,
/// L5, 100 Hz), scored as in ACCURACY.md. Skipped when the shared data folder is absent.
@Suite("Real data: lower-back contacts")
struct RealLowerBackContactTests {
    static let alcantara = DatasetLocation.folder(Alcantara2022.folderName)
    static let voisard = DatasetLocation.folder(Voisard2023.folderName)

    /// Measured: IC F1 0.998, median |IC error| 4.8 ms, contact-time MAE 13.2 ms (445 steps), TC F1
    /// 0.974 — the targets (F1 ≥ 0.98, ≤ 15 ms, ≤ 20 ms, 1 %) are met. (IC F1 was 0.989 and TC
    /// 0.965 until the last step of a trial, which ends in standing, was found: LoadingOnsetDetector's
    /// step peaks.)
    @Test(.enabled(if: alcantara != nil, "shared data folder alcantara2022-sacrum-running-grf not found"))
    func alcantaraRunningAgainstTheForcePlate() throws {
        let trials = try Alcantara2022.load(from: #require(Self.alcantara))
        var counts = (truePositives: 0, falsePositives: 0, falseNegatives: 0)
        var toeOffCounts = counts
        var errors: [Double] = []
        var contactErrors: [Double] = []
        for trial in trials {
            let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(trial.recording)
            let options = EventEvaluationOptions(tolerance: 0.04, scoringWindow: trial.scoringWindow(margin: 0.04))
            let evaluation = GaitEventEvaluator(options: options).evaluate(truth: trial.truthEvents, detected: analysis.events)
            Self.add(evaluation.initialContacts.detection, to: &counts)
            Self.add(evaluation.toeOffs.detection, to: &toeOffCounts)
            errors += evaluation.initialContacts.matching.pairs.map { abs($0.error) * 1000 }
            contactErrors += evaluation.contactTime.pairs.map { abs($0.error) * 1000 }
            let cadence = try #require(evaluation.cadence.errorPercent)
            #expect(abs(cadence) <= 1, "row \(trial.row): cadence error \(cadence) %")
        }
        #expect(Self.f1(counts) >= 0.99, "IC F1 \(Self.f1(counts)) \(counts)")
        #expect(Self.f1(toeOffCounts) >= 0.97, "TC F1 \(Self.f1(toeOffCounts)) \(toeOffCounts)")
        let median = try #require(OrderStatistics.median(errors))
        #expect(median <= 6, "median |IC error| \(median) ms")
        #expect(contactErrors.count >= 420)
        let contactMAE = try #require(OrderStatistics.mean(contactErrors))
        #expect(contactMAE <= 15, "contact-time MAE \(contactMAE) ms over \(contactErrors.count) steps")
    }

    /// Measured within ±50 ms: IC F1 0.920, median |IC error| 11.2 ms (0.902 before each step's landing was
    /// matched to its neighbours' surroundings, `TypicalStep`; 0.842 before a late step was evened against
    /// both its neighbours, not only the steps before it; 0.872 before the closing step; 0.875 before steps
    /// were checked against the trunk's front-back reversal, `FrontBackReversal`). The target
    /// (F1 ≥ 0.95) is not reached: subject 8 touches down on the left heel about 60 ms before loading it
    /// (the trunk feels the load, not the touch), U-turn steps barely load the trunk, and most closing
    /// steps are still missed (below).
    @Test(.enabled(if: voisard != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func voisardWalkingWithin50Milliseconds() throws {
        let trials = try Voisard2023.load(from: #require(Self.voisard))
        var counts = (truePositives: 0, falsePositives: 0, falseNegatives: 0)
        var errors: [Double] = []
        for trial in trials {
            let recording = try #require(trial.recordings[.lowerBack])
            let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
            let options = EventEvaluationOptions(tolerance: 0.05, scoringWindow: trial.scoringWindow)
            let evaluation = GaitEventEvaluator(options: options).evaluate(truth: trial.truthEvents, detected: analysis.events)
            Self.add(evaluation.initialContacts.detection, to: &counts)
            errors += evaluation.initialContacts.matching.pairs.map { abs($0.error) * 1000 }
        }
        #expect(Self.f1(counts) >= 0.91, "IC F1 \(Self.f1(counts)) \(counts)")
        let median = try #require(OrderStatistics.median(errors))
        #expect(median <= 13, "median |IC error| \(median) ms")
    }

    /// The closing step of each walk — the trailing foot brought alongside as the walker stops, the
    /// last reference contact of a trial — loads the trunk by 0.05–0.3 g. Measured: found within ±50 ms
    /// in 3 of 12 trials (1 of 12 before `LoadingOnsetDetector.closingStepProminence`); in the others its
    /// hump is under 0.1 of the walk's step-wave range, its onset lies 90 ms off, or (13-5) it is the
    /// second of two closing steps.
    @Test(.enabled(if: voisard != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func voisardClosingSteps() throws {
        let trials = try Voisard2023.load(from: #require(Self.voisard))
        var found = 0
        for trial in trials {
            let recording = try #require(trial.recordings[.lowerBack])
            let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
            let closing = try #require(trial.truthEvents.last {
                $0.kind == .initialContact && trial.scoringWindow.contains($0.time)
            })
            if analysis.initialContacts.contains(where: { abs($0.time - closing.time) <= 0.05 }) { found += 1 }
        }
        #expect(found >= 3, "closing steps found in \(found) of \(trials.count) trials")
    }

    /// The closing step sets the trailing foot down beside the other, which stays down: a walk has no toe-off
    /// after the closing foot's lift-off. A closing step that loads the trunk past the walking bar was taken
    /// for a walking step, and the step before it got a toe-off a double support after it; such a last step,
    /// under half the walk's median step, is now the closing step (`LoadingOnsetDetector.closingStepShare`).
    /// Measured: trials with a toe-off more than 50 ms after the last reference toe-off 6 -> 0 of 12 (1-4,
    /// 2-2, 5-4, 8-4, 12-1, 14-1 before).
    @Test(.enabled(if: voisard != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func voisardNoToeOffAfterTheWalksLast() throws {
        var after: [String] = []
        for trial in try Voisard2023.load(from: #require(Self.voisard)) {
            let recording = try #require(trial.recordings[.lowerBack])
            let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
            let last = try #require(trial.truthEvents.last { $0.kind == .toeOff && trial.scoringWindow.contains($0.time) })
            after += analysis.events.filter { $0.kind == .toeOff && $0.time > last.time + 0.05 }.map { "\(trial.name) \($0.time)" }
        }
        #expect(after.count <= 2, "toe-offs after the walk's last: \(after)")
    }

    /// The step before a walk's last is not evened against it: the last step ends the walk and does not
    /// keep the rhythm. In trial 1-4 the last step found lies 0.3 s before the reference's (25.50 s, reference
    /// 25.80 s), which made the step before it look 0.18 s late; evened, it moved from its landing (25.18 s,
    /// reference 25.13 s) to an earlier rise at 24.95 s (184 ms early: fails before
    /// `LoadingOnsetDetector`'s `lastEndsWalk`).
    @Test(.enabled(if: voisard != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func voisardStepBeforeTheLastStaysOnItsLanding() throws {
        let folder = try #require(Self.voisard)
        let trial = try #require(try Voisard2023.load(from: folder).first { $0.name == "1-4" })
        let recording = try #require(trial.recordings[.lowerBack])
        let analysis = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording)
        let references = trial.truthEvents.filter { $0.kind == .initialContact && trial.scoringWindow.contains($0.time) }
        let beforeLast = try #require(references.dropLast().last)
        let nearest = try #require(analysis.initialContacts.min { abs($0.time - beforeLast.time) < abs($1.time - beforeLast.time) })
        #expect(abs(nearest.time - beforeLast.time) <= 0.1, "nearest contact \(nearest.time) s, reference \(beforeLast.time) s")
    }

    private static func add(
        _ detection: DetectionScore, to counts: inout (truePositives: Int, falsePositives: Int, falseNegatives: Int)
    ) {
        counts.truePositives += detection.truePositives
        counts.falsePositives += detection.falsePositives
        counts.falseNegatives += detection.falseNegatives
    }

    private static func f1(_ counts: (truePositives: Int, falsePositives: Int, falseNegatives: Int)) -> Double {
        2 * Double(counts.truePositives) / Double(max(1, 2 * counts.truePositives + counts.falsePositives + counts.falseNegatives))
    }
}
