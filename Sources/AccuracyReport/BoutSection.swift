import GaitSimulator
import RetroGait

/// Bouts, direction per bout (with and without a declared forward axis) and foot strike per contact
/// on simulated interval sessions.
enum BoutSection {
    static let boundaryTolerance = 2.0
    static let tolerance = 0.040

    /// Tallies of one group of scenarios.
    struct Tally: Sendable {
        var truthGaitBouts = 0
        var matchedGaitBouts = 0
        var boundariesWithin = 0
        var boundaryErrors: [Double] = []
        var activityCorrect = 0
        var directionWithAxis = DirectionTally()
        var directionWithout = DirectionTally()
        var strike: ConfusionMatrix?
        var failures: [String] = []

        mutating func merge(_ other: Tally) {
            truthGaitBouts += other.truthGaitBouts
            matchedGaitBouts += other.matchedGaitBouts
            boundariesWithin += other.boundariesWithin
            boundaryErrors += other.boundaryErrors
            activityCorrect += other.activityCorrect
            directionWithAxis.merge(other.directionWithAxis)
            directionWithout.merge(other.directionWithout)
            if let s = other.strike { strike = strike.map { $0 + s } ?? s }
            failures += other.failures
        }
    }

    struct DirectionTally: Sendable {
        var correct = 0, wrong = 0, unknown = 0
        var total: Int { correct + wrong + unknown }
        mutating func merge(_ other: DirectionTally) {
            correct += other.correct; wrong += other.wrong; unknown += other.unknown
        }
        mutating func add(truth: Direction, detected: Direction?) {
            switch detected {
            case nil, .unknown?: unknown += 1
            case let value? where value == truth: correct += 1
            default: wrong += 1
            }
        }
        var cell: String {
            guard total > 0 else { return "—" }
            func pct(_ n: Int) -> String { Format.number(100 * Double(n) / Double(total), 1) }
            return "\(pct(correct)) / \(pct(wrong)) / \(pct(unknown))"
        }
    }

    static func evaluate(_ scenario: BoutScenario) -> Tally {
        var tally = Tally()
        let simulated: SimulatedRecording
        do { simulated = try scenario.simulate() } catch {
            tally.failures.append("\(scenario.session): \(error)")
            return tally
        }
        let side: Side = scenario.placement == .foot || scenario.placement == .shank ? .left : .unknown
        let axis = scenario.declaredAxis(simulated.mounting)
        let withAxis: GaitAnalysis, without: GaitAnalysis
        do {
            withAxis = try GaitAnalyzer(configuration: .init(
                placement: scenario.placement, sensorSide: side, mounting: SensorMounting(forwardAxis: axis)))
                .analyze(simulated.recording)
            without = try GaitAnalyzer(configuration: .init(placement: scenario.placement, sensorSide: side))
                .analyze(simulated.recording)
        } catch {
            tally.failures.append("\(scenario.placement.rawValue) \(scenario.session): \(error)")
            return tally
        }
        let truthGait = simulated.bouts.filter { $0.activity != .standing }
        let matchedWith = BoutEvaluation(truth: truthGait, detected: withAxis.bouts.map(\.bout))
        let matchedWithout = BoutEvaluation(truth: truthGait, detected: without.bouts.map(\.bout))
        for (a, b) in zip(matchedWith.comparisons, matchedWithout.comparisons) {
            tally.truthGaitBouts += 1
            tally.directionWithAxis.add(truth: a.truth.direction, detected: a.detected?.direction)
            tally.directionWithout.add(truth: b.truth.direction, detected: b.detected?.direction)
            guard let start = a.startErrorSeconds, let end = a.endErrorSeconds else { continue }
            tally.matchedGaitBouts += 1
            tally.boundaryErrors += [abs(start), abs(end)]
            if abs(start) <= boundaryTolerance, abs(end) <= boundaryTolerance { tally.boundariesWithin += 1 }
            if a.activityAgrees == true { tally.activityCorrect += 1 }
        }
        let truth = side == .unknown ? simulated.events : simulated.events.filter { $0.side == side }
        let evaluation = GaitEventEvaluator(options: EventEvaluationOptions(tolerance: tolerance))
            .evaluate(truth: truth, detected: withAxis.events)
        tally.strike = evaluation.strike
        return tally
    }

    static func render() async -> String {
        let scenarios = BoutScenario.all()
        let withoutPauses = BoutScenario.all(withoutPauses: true)
        let tallies = await concurrentMap(scenarios + withoutPauses, width: 2) { evaluate($0) }
        var text = """
            ## Bouts, direction and foot strike (GaitSimulator interval sessions)

            Sessions: \(BoutScenario.sessions.map { "`\($0)`" }.joined(separator: "; ")). Each session per
            placement × gyroscope (off/on) × mounting (identity; random tilt up to \(Format.number(BoutScenario.tiltDegrees, 0))°),
            100 Hz, seeds fixed. Truth gait bouts are matched to the detected bout that overlaps them most. Boundaries:
            both ends within ±\(Format.number(boundaryTolerance, 0)) s. Direction with axis: `--forward-axis` set to the
            sensor axis nearest the segment's front (the toes for the foot). Direction cells: correct / wrong / unknown,
            % of truth gait bouts. Strike: over matched initial contacts (±\(Format.number(tolerance * 1000, 0)) ms) of
            the sensor's own foot (foot, shank) or of both feet (lower back, wrist); 3-class accuracy and heel vs non-heel.


            """
        var failures: [String] = []
        text += table(zip(scenarios, tallies.prefix(scenarios.count)), failures: &failures) + "\n"
        text += """
            ### Gait changes without a pause

            Sessions: \(BoutScenario.sessionsWithoutPauses.map { "`\($0)`" }.joined(separator: "; ")), scored as above
            (seeds from 5500): a run that slows straight into a walk must come out as two bouts.


            """
        text += table(zip(withoutPauses, tallies.dropFirst(scenarios.count)), failures: &failures) + "\n"
        if !failures.isEmpty { text += "Failed: " + failures.joined(separator: "; ") + "\n\n" }
        return text
    }

    /// One row per placement × gyroscope, pooling the tallies of its scenarios.
    static func table(
        _ results: Zip2Sequence<[BoutScenario], ArraySlice<Tally>>, failures: inout [String]
    ) -> String {
        var table = MarkdownTable(header: [
            "placement", "gyro", "truth gait bouts", "boundaries within ±2 s", "median / max boundary err s",
            "activity", "direction with axis (ok/wrong/unknown %)", "direction without axis (ok/wrong/unknown %)",
            "strike 3-class", "heel vs non-heel", "strike unknown",
        ], leftAligned: [0, 1])
        for placement in SimulatedScenario.placements {
            for gyroscope in [false, true] {
                var tally = Tally()
                for (scenario, result) in results
                where scenario.placement == placement && scenario.gyroscope == gyroscope { tally.merge(result) }
                failures += tally.failures
                let errors = tally.boundaryErrors.sorted()
                let median = errors.isEmpty ? nil : errors[errors.count / 2]
                table.rows.append([
                    placement.rawValue, gyroscope ? "yes" : "no", "\(tally.truthGaitBouts)",
                    "\(tally.boundariesWithin) / \(tally.truthGaitBouts)",
                    "\(Format.number(median, 2)) / \(Format.number(errors.last, 2))",
                    "\(tally.activityCorrect) / \(tally.matchedGaitBouts)",
                    tally.directionWithAxis.cell, tally.directionWithout.cell,
                    ReportColumns.classification(tally.strike), ReportColumns.heelVsNonHeel(tally.strike), unknownShare(tally.strike),
                ])
            }
        }
        return table.rendered
    }

    static func unknownShare(_ matrix: ConfusionMatrix?) -> String {
        guard let matrix, matrix.evaluated > 0 else { return "—" }
        let unknown = ["toe", "mid", "heel"].reduce(0) { $0 + matrix.count(truth: $1, detected: "unknown") }
        return Format.percent(Double(unknown) / Double(matrix.evaluated))
    }
}
