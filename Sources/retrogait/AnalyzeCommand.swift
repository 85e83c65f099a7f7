import ArgumentParser
import Foundation
import RetroGait

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find the steps in a recording and print cadence and a summary.",
        discussion: """
            FILE is a CSV file with a header row t,ax,ay,az (optionally gx,gy,gz): time in seconds,
            acceleration in g or m/s² (told apart automatically), angular velocity in deg/s.

            Examples:
              retrogait analyze Fixtures/simulated-backward-run-foot-100hz.csv --placement foot
              retrogait analyze session.csv --placement lower-back --format json
              retrogait analyze run.csv --placement foot --side left --events-csv events.csv
            """
    )

    @Argument(help: "The recording to analyse (canonical CSV).")
    var file: String

    @Option(help: "Where the sensor was worn: foot, shank, lower-back or wrist.")
    var placement: Placement = .lowerBack

    @Option(help: "For a foot or shank sensor, which foot it was on: left or right (labels the events).")
    var side: Side = .unknown

    @Option(name: .customLong("acc-unit"), help: "Acceleration unit, g or mps2 (default: told from the data).")
    var accelerationUnit: AccelerationUnit?

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(name: .customLong("events-csv"), help: ArgumentHelp(
        "Also write the detected events to this CSV file.",
        discussion: "Header time_s,event,foot,strike,direction; one row per event.",
        valueName: "OUT"))
    var eventsCSV: String?

    func run() throws {
        do {
            let loaded = try CanonicalCSVReader.read(
                contentsOf: URL(fileURLWithPath: file),
                options: RecordingReadOptions(placement: placement, accelerationUnit: accelerationUnit))
            let analyzer = GaitAnalyzer(configuration: .init(placement: placement, sensorSide: side))
            var analysis = try analyzer.analyze(loaded.recording)
            analysis.summary.warnings = loaded.warnings + analysis.summary.warnings
            if let eventsCSV {
                try write(GaitEventTable.csv(analysis.events), to: eventsCSV)
            }
            switch format {
            case .table: print(SummaryTable.render(analysis.summary, file: file), terminator: "")
            case .json: print(try JSONRendering.render(analysis.summary))
            }
        } catch {
            throw CommandFailure.report(error)
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw OutputWriteError(path: path, underlying: error.localizedDescription)
        }
    }
}

/// An output file could not be written.
struct OutputWriteError: Error, CustomStringConvertible {
    var path: String
    var underlying: String
    var description: String { "\(path): cannot write (\(underlying))" }
}
