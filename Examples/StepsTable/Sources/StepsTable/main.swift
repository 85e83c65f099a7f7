import Foundation
import RetroGait

/// Reads a recording, prints its steps and bouts as tables and the summary, and scores the detected
/// events against a ground-truth event table when one is given.
func run(_ arguments: Arguments) throws {
    let loaded = try RecordingReader.read(
        contentsOf: URL(fileURLWithPath: arguments.file), options: RecordingReadOptions(placement: arguments.placement))
    let configuration = GaitAnalyzer.Configuration(
        placement: arguments.placement, sensorSide: arguments.side, mounting: SensorMounting(forwardAxis: arguments.forwardAxis))
    let result = try GaitAnalyzer(configuration: configuration).analyze(loaded)
    let truth = try arguments.truth.map { try GaitEventTable.read(contentsOf: URL(fileURLWithPath: $0)) }
    for (index, (segment, recording)) in zip(result.segments, loaded.segments).enumerated() {
        print("\(arguments.file) segment \(index + 1) of \(result.segments.count): \(result.format.rawValue), "
            + "\(formatted(recording.sampleRate, decimals: 0)) Hz, \(formatted(recording.duration, decimals: 1)) s, "
            + "\(arguments.placement.rawValue)")
        print(stepTable(segment.analysis.steps).rendered())
        print(boutTable(segment.analysis.bouts).rendered())
        print(summaryLine(segment.analysis.summary))
        if let truth {
            print(truthLine(truth: truth, detected: segment.analysis.events, recording: recording, side: arguments.side))
        }
    }
    for warning in result.summary.warnings { print("warning: \(warning)") }
}

func stepTable(_ steps: [Step]) -> TextTable {
    var table = TextTable(header: ["#", "IC s", "TC s", "contact ms", "flight ms", "step ms", "duty", "foot", "strike", "direction"])
    for (number, step) in steps.enumerated() {
        table.rows.append([
            "\(number + 1)",
            formatted(step.initialContactTime, decimals: 3),
            formatted(step.toeOffTime, decimals: 3),
            formatted(step.contactMilliseconds, decimals: 0),
            formatted(step.flightMilliseconds, decimals: 0),
            formatted(step.stepMilliseconds, decimals: 0),
            formatted(step.dutyFactor, decimals: 2),
            step.side.rawValue, step.strike.rawValue, step.direction.rawValue,
        ])
    }
    return table
}

func boutTable(_ bouts: [BoutSummary]) -> TextTable {
    var table = TextTable(header: ["bout", "start s", "end s", "activity", "direction", "confidence", "steps",
                                   "cadence spm", "contact ms", "toe %", "heel %"])
    for (number, summary) in bouts.enumerated() {
        table.rows.append([
            "\(number + 1)",
            formatted(summary.bout.startTime, decimals: 1),
            formatted(summary.bout.endTime, decimals: 1),
            summary.bout.activity.rawValue,
            summary.bout.direction.rawValue,
            formatted(summary.directionConfidence, decimals: 2),
            "\(summary.steps)",
            formatted(summary.cadenceStepsPerMinute, decimals: 1),
            formatted(summary.medianContactMilliseconds, decimals: 0),
            formatted(summary.toePercent, decimals: 0),
            formatted(summary.heelPercent, decimals: 0),
        ])
    }
    return table
}

func summaryLine(_ summary: GaitSummary) -> String {
    "summary: \(summary.steps) steps in \(formatted(summary.gaitDurationSeconds, decimals: 1)) s of gait, "
        + "cadence \(formatted(summary.cadenceStepsPerMinute, decimals: 1)) steps/min, "
        + "median contact \(formatted(summary.medianContactMilliseconds, decimals: 0)) ms, "
        + "median flight \(formatted(summary.medianFlightMilliseconds, decimals: 0)) ms"
}

/// Initial-contact F1 and timing within 50 ms of the truth that falls inside the recording. A foot
/// or shank sensor is scored against its own foot's contacts when its side is known.
func truthLine(truth: [GaitEvent], detected: [GaitEvent], recording: Recording, side: Side) -> String {
    let window = recording.startTime...(recording.startTime + recording.duration)
    let ownFoot = side == .unknown ? truth : truth.filter { $0.side == side }
    let evaluator = GaitEventEvaluator(options: EventEvaluationOptions(tolerance: 0.05, scoringWindow: window))
    let contacts = evaluator.evaluate(truth: ownFoot, detected: detected).initialContacts
    return "truth: initial-contact F1 \(formatted(contacts.detection.f1, decimals: 3)) "
        + "(\(contacts.detection.truePositives) matched, \(contacts.detection.falsePositives) extra, "
        + "\(contacts.detection.falseNegatives) missed; tolerance 50 ms), "
        + "median |error| \(formatted(contacts.timing.medianAbsoluteErrorMs, decimals: 1)) ms"
}

do {
    try run(Arguments(Array(CommandLine.arguments.dropFirst())))
} catch let error as UsageError {
    FileHandle.standardError.write(Data("error: \(error)\n\(Arguments.usage)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
    exit(1)
}
