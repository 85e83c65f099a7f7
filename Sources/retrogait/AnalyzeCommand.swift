import ArgumentParser
import Foundation
import GaitStudy
import RetroGait

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find the steps in a recording and print cadence and a summary.",
        discussion: """
            FILE is a recording: the canonical CSV (header t,ax,ay,az[,gx,gy,gz]: seconds, g or m/s²
            told apart automatically, deg/s), a Sensor Logger or phyphox CSV export, an Xsens text export,
            or any delimited text with --acc-columns (and --time-column or --rate). A gap longer than
            --max-gap splits the recording; each segment is analysed and reported on its own.

            --format json prints the full summary (snake_case keys with units: cadence_spm,
            median_contact_ms, …); csv and ndjson print the file as one flat row with the columns of
            `retrogait batch`'s summary.csv (a header and a row, or one JSON object on one line).

            Examples:
              retrogait analyze Fixtures/simulated-backward-run-lower-back-100hz.csv --placement lower-back
              retrogait analyze session.csv --placement lower-back --format json
              retrogait analyze run.csv --placement foot --side left --events-csv events.csv
              retrogait analyze session.csv --placement foot --forward-axis +x --bouts-csv bouts.csv
              retrogait analyze log.txt --acc-columns accX,accY,accZ --time-column timestamp --time-unit ms
              retrogait analyze phone.csv --format-in phyphox --placement wrist
              sensor-stream | retrogait analyze - --placement foot --rate 100

            FILE '-' (or --follow) reads the recording from standard input as it arrives and prints
            one NDJSON line per event as soon as it is decided (within --latency seconds of when it
            happened): {"confidence":…,"direction":…,"event":…,"foot":…,"segment":…,"strike":…,"time_s":…}.
            An event found only after that bound (mostly the first contact of a bout) is still printed,
            marked "late":true; a line marked "retracted":true withdraws the equal line printed before it
            (a later window, seeing more of what followed, no longer finds the event there; the line that
            follows it, if any, is the event where it is found). With --follow, FILE may be a named pipe.
            A file is read in chunks: memory stays bounded whatever its length, and the events, steps
            and bouts files are written as the analysis goes.
            """
    )

    @Argument(help: "The recording to analyse (see the formats above); '-' for standard input, read live.")
    var file: String

    @Flag(help: "Read FILE (a pipe, or standard input with '-') as a live stream and print one NDJSON line per event as it is decided.")
    var follow = false

    @Option(help: ArgumentHelp(
        "With '-' or --follow: the most seconds between an event and its line.", valueName: "SECONDS"))
    var latency = 0.5

    @OptionGroup(title: "Sensor")
    var sensor: SensorOptions

    @OptionGroup(title: "Input")
    var input: InputOptions

    @Option(help: "Output format: table, json, ndjson or csv.")
    var format: SummaryFormat = .table

    @Option(name: .customLong("events-csv"), help: ArgumentHelp(
        "Also write the detected events to this CSV file.",
        discussion: "Header time_s,event,foot,strike,direction; one row per event.",
        valueName: "OUT"))
    var eventsCSV: String?

    @Option(name: .customLong("steps-csv"), help: ArgumentHelp(
        "Also write the detected steps to this CSV file.",
        discussion: "Header ic_s,tc_s,contact_ms,flight_ms,foot,strike,direction; one row per step.",
        valueName: "OUT"))
    var stepsCSV: String?

    @Option(name: .customLong("bouts-csv"), help: ArgumentHelp(
        "Also write the bouts (standing, walking, running × direction) to this CSV file.",
        discussion: "Header start_s,end_s,activity,direction,steps,cadence_spm,contact_ms_median,toe_pct,heel_pct; one row per bout.",
        valueName: "OUT"))
    var boutsCSV: String?

    func run() throws {
        do {
            let options = try input.readOptions(placement: sensor.placement)
            if file == "-" || follow {
                guard latency.isFinite, latency > 0 else { throw ValidationError("--latency must be a positive number of seconds") }
                let reader = file == "-"
                    ? try RecordingChunkReader(standardInput: "<stdin>", options: options)
                    : try RecordingChunkReader(contentsOf: URL(fileURLWithPath: file), options: options, chunkLength: 4)
                try LiveEventPrinter(
                    configuration: .init(analyzer: sensor.analyzerConfiguration, maximumLatencySeconds: latency),
                    file: file == "-" ? "<stdin>" : file
                ).run(reader: reader)
                return
            }
            let reader = try RecordingChunkReader(contentsOf: URL(fileURLWithPath: file), options: options)
            let writer = AtomicFileWriter()
            let interruption = InterruptHandler(temporaryFiles: writer.temporaryFiles)
            defer { interruption.stop() }
            let events = try eventsCSV.map { path throws(OutputWriteError) in
                try AtomicFileStream(url: URL(fileURLWithPath: path), temporaryFiles: writer.temporaryFiles)
            }
            let steps = try stepsCSV.map { path throws(OutputWriteError) in
                try AtomicFileStream(url: URL(fileURLWithPath: path), temporaryFiles: writer.temporaryFiles)
            }
            events?.write(GaitEventTable.header + "\n")
            steps?.write(StepTable.header + "\n")
            // Only the JSON prints the cadence series; it is built from the steps as they come.
            let series = format == .json ? CadenceSeriesSpool() : nil
            let analysis: RecordingAnalysis
            do {
                analysis = try GaitAnalyzer(configuration: sensor.analyzerConfiguration).analyze(reader, keepingDetails: false) { segment, update in
                    switch update {
                    case .event(let event), .lateEvent(let event): events?.write(GaitEventTable.row(event))
                    case .step(let step):
                        steps?.write(StepTable.row(step))
                        series?.add(step, segment: segment)
                    case .bout, .retraction: break
                    }
                }
                series?.finish(segmentCount: analysis.segments.count)
            } catch {
                writer.temporaryFiles.abandon()
                throw error
            }
            try events?.commit()
            try steps?.commit()
            if let boutsCSV {
                try writer.write(BoutSummaryTable.csv(analysis.bouts), to: URL(fileURLWithPath: boutsCSV))
            }
            try printSummary(analysis, readerWarnings: reader.warnings, series: series ?? CadenceSeriesSpool())
        } catch {
            throw CommandFailure.report(error)
        }
    }

    /// Prints the summary; the JSON's cadence series come from `series` (the analysis holds none).
    private func printSummary(_ analysis: RecordingAnalysis, readerWarnings: [AnalysisWarning], series: CadenceSeriesSpool) throws {
        let write = { (text: String) in print(text, terminator: "") }
        switch format {
        case .csv:
            print(StudyTables.summaryHeader + "\n" + StudyTables.summaryLine(StudySummaryRow(file: file, analysis: analysis)), terminator: "")
        case .ndjson:
            print(try StudyJSON.line(StudySummaryRow(file: file, analysis: analysis)))
        case .table where analysis.segments.count == 1:
            print(SummaryTable.render(analysis.summary, file: file), terminator: "")
        case .json where analysis.segments.count == 1:
            try StreamedSummaryJSON.write(analysis.summary, series: series.segmentSeries, to: write)
            write("\n")
        case .table, .json:
            var segments = analysis.segments.map { SegmentSummary(startSeconds: $0.startTime, summary: $0.analysis.summary) }
            segments[0].summary.warnings = readerWarnings + segments[0].summary.warnings
            if format == .json {
                try StreamedSummaryJSON.write(SegmentedSummary(segments: segments), series: series.segmentSeries, to: write)
                write("\n")
                return
            }
            for (index, segment) in segments.enumerated() {
                let label = "\(file) — segment \(index + 1) of \(segments.count), from \(String(format: "%.3f", segment.startSeconds)) s"
                print(SummaryTable.render(segment.summary, file: label))
            }
        }
    }
}

/// One segment of a recording split at a long gap, as written by `analyze --format json`.
struct SegmentSummary: Encodable {
    var startSeconds: Double
    var summary: GaitSummary

    enum CodingKeys: String, CodingKey {
        case startSeconds = "start_s"
        case summary
    }
}

/// The JSON of a recording split into segments: `{"segments": [{"start_s": …, "summary": {…}}, …]}`;
/// the reader's warnings are in the first segment's summary.
struct SegmentedSummary: Encodable {
    var segments: [SegmentSummary]
}
