import ArgumentParser
import Foundation
import RetroGait

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Compare detected gait events (and bouts) with ground truth.",
        discussion: """
            TRUTH and EVENTS are event tables with the header time_s,event,foot,strike,direction
            (as written by `retrogait analyze --events-csv` and by the simulator). Events of each kind
            (IC, TC) are matched one-to-one within the tolerance, choosing the most pairs and then the
            smallest total timing error. Bout tables have the header start_s,end_s,activity,direction;
            further columns (as in `retrogait analyze --bouts-csv`) are read past.

            Examples:
              retrogait evaluate --truth truth.csv --events events.csv
              retrogait evaluate --truth truth.csv --events events.csv --tolerance-ms 50 --format json
              retrogait evaluate --truth truth.csv --events events.csv --truth-bouts tb.csv --bouts b.csv
            """
    )

    @Option(help: ArgumentHelp("Ground-truth event table.", valueName: "T.csv"))
    var truth: String

    @Option(help: ArgumentHelp("Detected event table.", valueName: "E.csv"))
    var events: String

    @Option(name: .customLong("tolerance-ms"), help: "Largest |detected − truth| for a match, in milliseconds.")
    var toleranceMs: Double = 40

    @Flag(name: .customLong("by-side"), help: "Match events only within the same foot and report each foot.")
    var bySide = false

    @Option(name: .customLong("truth-bouts"), help: ArgumentHelp("Ground-truth bout table.", valueName: "B.csv"))
    var truthBouts: String?

    @Option(help: ArgumentHelp("Detected bout table (with --truth-bouts).", valueName: "D.csv"))
    var bouts: String?

    @Option(help: ArgumentHelp(
        "Where the sensor that produced EVENTS was worn (foot, shank, lower-back, wrist). A foot or shank "
            + "sensor sees one foot, so its cadence counts two steps per detected interval. Without it, "
            + "a table whose initial contacts all name the same foot is taken as one foot's."))
    var placement: Placement?

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard toleranceMs.isFinite, toleranceMs >= 0 else {
            throw ValidationError("--tolerance-ms must be a finite number ≥ 0, got \(toleranceMs)")
        }
        guard (truthBouts == nil) == (bouts == nil) else {
            throw ValidationError("--truth-bouts and --bouts go together: give both or neither")
        }
    }

    func run() throws {
        do {
            let truthEvents = try GaitEventTable.read(contentsOf: URL(fileURLWithPath: truth))
            let detectedEvents = try GaitEventTable.read(contentsOf: URL(fileURLWithPath: events))
            var boutResult: BoutEvaluation?
            if let truthBouts, let bouts {
                boutResult = BoutEvaluation(
                    truth: try BoutTable.read(contentsOf: URL(fileURLWithPath: truthBouts)),
                    detected: try BoutTable.read(contentsOf: URL(fileURLWithPath: bouts)))
            }
            let oneFootSensor = placement == .foot || placement == .shank
            let options = EventEvaluationOptions(
                tolerance: toleranceMs / 1000, sides: bySide ? .separate : .pooled,
                cadenceStepsPerInterval: Cadence.stepsPerInterval(ofInitialContactsIn: truthEvents),
                detectedCadenceStepsPerInterval: oneFootSensor ? 2 : Cadence.stepsPerInterval(ofInitialContactsIn: detectedEvents))
            let result = GaitEventEvaluator(options: options).evaluate(truth: truthEvents, detected: detectedEvents)
            switch format {
            case .json:
                print(try JSONRendering.render(EvaluationOutput(
                    truthFile: truth, eventsFile: events, truthEvents: truthEvents.count,
                    detectedEvents: detectedEvents.count, events: result, bouts: boutResult)))
            case .table:
                var text = "truth \(truth) (\(truthEvents.count) events), detections \(events) "
                text += "(\(detectedEvents.count) events), tolerance ±\(EvaluationTable.number(toleranceMs, 0)) ms\n\n"
                text += EvaluationTable.render(result)
                if let boutResult { text += "\n" + EvaluationTable.render(boutResult) }
                print(text, terminator: "")
            }
        } catch {
            throw CommandFailure.report(error)
        }
    }
}

/// The JSON document printed by `retrogait evaluate --format json`.
private struct EvaluationOutput: Encodable {
    var truthFile: String
    var eventsFile: String
    var truthEvents: Int
    var detectedEvents: Int
    var events: GaitEventEvaluation
    var bouts: BoutEvaluation?

    enum CodingKeys: String, CodingKey {
        case truthFile = "truth_file", eventsFile = "events_file"
        case truthEvents = "truth_events", detectedEvents = "detected_events"
        case events, bouts
    }
}

/// Plain-text tables for `retrogait evaluate`.
private enum EvaluationTable {
    static func render(_ result: GaitEventEvaluation) -> String {
        var rows = [["event", "truth", "detected", "TP", "FP", "FN", "precision", "recall", "F1",
                     "median |err| ms", "p95 |err| ms", "bias ms"]]
        rows.append(row("IC", result.initialContacts))
        rows.append(row("TC", result.toeOffs))
        for side in result.perSide {
            rows.append(row("IC \(side.side.rawValue)", side.initialContacts))
            rows.append(row("TC \(side.side.rawValue)", side.toeOffs))
        }
        var text = grid(rows)

        let contact = result.contactTime.statistics
        text += "\ncontact time: \(contact.count) steps with IC and TC in both"
        if contact.count > 0 {
            text += ", mean |error| \(number(contact.meanAbsoluteErrorMs, 1)) ms, bias \(signed(contact.meanBiasMs, 1)) ms"
        }
        text += "\ncadence: truth \(number(result.cadence.truthStepsPerMinute, 1)) steps/min, "
        text += "detected \(number(result.cadence.detectedStepsPerMinute, 1)) steps/min, "
        text += "error \(signed(result.cadence.errorStepsPerMinute, 1)) steps/min\n"
        text += "\n" + render(result.strike, title: "foot strike")
        text += "\n" + render(result.direction, title: "direction")
        return text
    }

    static func render(_ bouts: BoutEvaluation) -> String {
        var text = "bouts: \(bouts.truthBouts) truth, \(bouts.detectedBouts) detected, "
        text += "\(bouts.matchedBouts) truth bouts overlapped by a detection\n"
        text += "activity agreement \(percent(bouts.activityAgreement)), direction agreement "
        text += "\(percent(bouts.directionAgreement)), mean |start error| \(number(bouts.meanAbsoluteStartErrorSeconds, 2)) s, "
        text += "mean |end error| \(number(bouts.meanAbsoluteEndErrorSeconds, 2)) s\n"
        var rows = [["truth start s", "end s", "activity", "direction", "detected start s", "end s", "activity",
                     "direction", "overlap s"]]
        for comparison in bouts.comparisons {
            let truth = comparison.truth
            let detected = comparison.detected
            rows.append([
                number(truth.startTime, 2), number(truth.endTime, 2), truth.activity.rawValue, truth.direction.rawValue,
                number(detected?.startTime, 2), number(detected?.endTime, 2), detected?.activity.rawValue ?? "—",
                detected?.direction.rawValue ?? "—", number(comparison.overlapSeconds, 2),
            ])
        }
        return text + grid(rows)
    }

    private static func render(_ matrix: ConfusionMatrix, title: String) -> String {
        var text = "\(title) over matched ICs: \(matrix.correct)/\(matrix.evaluated) with known truth correct"
        text += " (\(percent(matrix.accuracy)))\n"
        guard matrix.counts.joined().contains(where: { $0 > 0 }) else { return text }
        var rows = [["truth \\ detected"] + matrix.labels]
        for (label, counts) in zip(matrix.labels, matrix.counts) {
            rows.append([label] + counts.map(String.init))
        }
        return text + grid(rows)
    }

    private static func row(_ name: String, _ evaluation: EventKindEvaluation) -> [String] {
        let d = evaluation.detection
        let t = evaluation.timing
        return [
            name, "\(d.truthCount)", "\(d.detectedCount)", "\(d.truePositives)", "\(d.falsePositives)",
            "\(d.falseNegatives)", number(d.precision, 3), number(d.recall, 3), number(d.f1, 3),
            number(t.medianAbsoluteErrorMs, 1), number(t.p95AbsoluteErrorMs, 1), signed(t.meanBiasMs, 1),
        ]
    }

    /// Left-aligned first column, right-aligned others, two spaces apart.
    private static func grid(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double?, _ decimals: Int) -> String {
        value.map { String(format: "%.\(decimals)f", $0) } ?? "—"
    }

    private static func signed(_ value: Double?, _ decimals: Int) -> String {
        value.map { String(format: "%+.\(decimals)f", $0) } ?? "—"
    }

    private static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f %%", $0 * 100) } ?? "—"
    }
}
