import ArgumentParser
import Foundation
import GaitStudy
import RetroGait

/// `retrogait batch`: analyses a study's recordings in parallel and writes per-file and study tables.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Analyse many recordings at once: per-file results, a study summary.csv and failures.csv.",
        discussion: """
            INPUT is a file, a folder (searched recursively for *.csv, *.tsv and *.txt; hidden files and the
            output folder are skipped) or a pattern (quote it: 'study/**/*.csv'). Every file is read with the
            same input options and analysed like `retrogait analyze`; up to --jobs files at a time.

            For each recording, below --out (mirroring the folders below the one all inputs share):
              NAME.summary.json  the whole-file summary and each segment's
              NAME.events.csv    time_s,event,foot,strike,direction
              NAME.steps.csv     ic_s,tc_s,contact_ms,flight_ms,foot,strike,direction
              NAME.bouts.csv     start_s,end_s,activity,direction,steps,cadence_spm,contact_ms_median,toe_pct,heel_pct
            and for the study: summary.csv (one row per file) and failures.csv (file,error).
            Every file is written to a temporary file and renamed into place, so an interrupted run
            (Ctrl-C) leaves only complete files. A recording whose outputs are newer than it and were made
            with the same options is not analysed again (its row is taken from its summary); --force
            analyses everything.

            Exit status: 0 when every file was analysed, 2 when some failed (see failures.csv), 1 on a
            usage error (no inputs, a bad option value, an output folder that cannot be written),
            130 when interrupted.

            Examples:
              retrogait batch study/ --placement lower-back --out results
              retrogait batch 'study/**/*.csv' --placement foot --side left --jobs 2 --format ndjson
              retrogait batch s01.csv s02.csv --out results --force
            """)

    @Argument(help: ArgumentHelp("Recordings: files, folders or quoted patterns.", valueName: "INPUT"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Output folder (created if missing).", valueName: "DIR"))
    var out: String = "retrogait-results"

    @Option(help: "Files analysed at once (default: the number of active processors).")
    var jobs: Int?

    @OptionGroup(title: "Sensor")
    var sensor: SensorOptions

    @OptionGroup(title: "Input")
    var input: InputOptions

    @Flag(help: "Analyse every file, even when its outputs are up to date.")
    var force = false

    @Option(help: "What to print on standard output: table (totals), json, ndjson (a line per file as it finishes) or csv (summary.csv).")
    var format: SummaryFormat = .table

    func run() async throws {
        let outputFolder = URL(fileURLWithPath: out).standardizedFileURL
        let runner: StudyRunner
        let studyInputs: [StudyInput]
        do {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
            let settings = StudySettings(
                readOptions: try input.readOptions(placement: sensor.placement),
                analyzer: sensor.analyzerConfiguration)
            studyInputs = try StudyInputs.expand(inputs, excluding: outputFolder)
            try Self.prepare(outputFolder)
            runner = StudyRunner(
                outputFolder: outputFolder, settings: settings,
                jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force)
        } catch {
            throw CommandFailure.report(error)
        }

        let interruption = InterruptHandler(temporaryFiles: runner.writer.temporaryFiles)
        var display = ProgressDisplay(inputs: studyInputs)
        let started = ContinuousClock.now
        let results = await runner.run(studyInputs) { result in
            display.record(result, elapsed: started.duration(to: .now).seconds)
            if format == .ndjson, let line = try? StudyJSON.line(BatchResultLine(result)) {
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
        // Files whose writes an interrupt refused are not failures: the interrupt ends the run.
        InterruptHandler.endIfInterrupted()
        display.finish()
        do {
            try runner.writeTables(results)
        } catch {
            throw CommandFailure.report(error)
        }
        interruption.stop()
        try printResults(results, elapsed: started.duration(to: .now).seconds, outputFolder: outputFolder)
        if !results.failures.isEmpty { throw ExitCode(2) }
    }

    private func printResults(_ results: StudyResults, elapsed: Double, outputFolder: URL) throws {
        switch format {
        case .ndjson: break
        case .csv: print(StudyTables.summaryCSV(results.rows), terminator: "")
        case .json: print(try JSONRendering.render(BatchReport(results, outputFolder: outputFolder.path)))
        case .table:
            let total = results.rows.count + results.failures.count
            var text = "\(total) file\(total == 1 ? "" : "s"): \(results.analysed) analysed, \(results.upToDate) up to date, "
            text += "\(results.failures.count) failed (\(results.samples) samples in \(String(format: "%.1f", elapsed)) s)\n"
            text += "summary:  \(outputFolder.appendingPathComponent("summary.csv").path)\n"
            text += "failures: \(outputFolder.appendingPathComponent("failures.csv").path)\n"
            print(text, terminator: "")
        }
    }

    /// Creates the output folder, or says why it cannot be used.
    private static func prepare(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriteError(path: folder.path, reason: "cannot create the output folder: \(error.localizedDescription)")
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw OutputWriteError(path: folder.path, reason: "the output folder is not writable")
        }
    }
}

/// One line of `batch --format ndjson`: the file's summary row with `"status": "analysed"` or
/// `"up-to-date"`, or `{"file": …, "status": "failed", "error": …}`.
struct BatchResultLine: Encodable {
    var result: StudyFileResult

    init(_ result: StudyFileResult) { self.result = result }

    enum CodingKeys: String, CodingKey { case file, status, error }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch result.outcome {
        case .analysed(let row, _):
            try row.encode(to: encoder)
            try container.encode("analysed", forKey: .status)
        case .upToDate(let row):
            try row.encode(to: encoder)
            try container.encode("up-to-date", forKey: .status)
        case .failed(let failure):
            try container.encode(failure.file, forKey: .file)
            try container.encode("failed", forKey: .status)
            try container.encode(failure.error, forKey: .error)
        }
    }
}

/// The document printed by `batch --format json`.
struct BatchReport: Encodable {
    var outputFolder: String
    var analysed: Int
    var upToDate: Int
    var failed: Int
    var files: [StudySummaryRow]
    var failures: [StudyFailure]

    init(_ results: StudyResults, outputFolder: String) {
        self.outputFolder = outputFolder
        analysed = results.analysed
        upToDate = results.upToDate
        failed = results.failures.count
        files = results.rows
        failures = results.failures
    }

    enum CodingKeys: String, CodingKey {
        case outputFolder = "output_folder", analysed, upToDate = "up_to_date", failed, files, failures
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
