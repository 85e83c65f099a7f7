import ArgumentParser
import Foundation
import GaitReport
import GaitStudy
import RetroGait

/// `retrogait report`: a picture of one recording's analysis, as SVG or HTML.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Draw a recording's analysis as a self-contained SVG picture or HTML page.",
        discussion: """
            The picture shows the acceleration magnitude (min/max per pixel column, so long recordings stay
            small) with the detected initial contacts and toe-offs, bouts shaded by activity (backward bouts
            hatched) when they are detected, cadence and ground-contact time over time, and the foot-strike
            distribution per bout ("not classified" where strikes are unknown). The HTML page embeds the
            same SVG and adds the summary as a table. Neither refers to any external file. The file is read
            twice, in chunks, so memory stays bounded however long the recording.

            Examples:
              retrogait report Fixtures/simulated-backward-run-lower-back-100hz.csv --placement lower-back --out run.svg
              retrogait report run.csv --placement foot --side left --out run.html
              rsvg-convert run.svg -o run.png     # a PNG, with Debian's librsvg2-bin
            """)

    @Argument(help: "The recording (any format `analyze` reads).")
    var file: String

    @Option(help: ArgumentHelp("Where to write the report: a .svg or .html file.", valueName: "OUT"))
    var out: String = "report.svg"

    @OptionGroup(title: "Sensor")
    var sensor: SensorOptions

    @Option(help: "Width of the picture in pixels (600 or more).")
    var width: Int = 1200

    @OptionGroup(title: "Input")
    var input: InputOptions

    func run() throws {
        do {
            let kind = (out as NSString).pathExtension.lowercased()
            guard kind == "svg" || kind == "html" || kind == "htm" else {
                throw ValidationError("--out must end in .svg or .html, got '\(out)'")
            }
            guard width >= 600, width <= 20_000 else { throw ValidationError("--width must be between 600 and 20000 pixels, got \(width)") }
            // Read twice, chunk by chunk: memory stays bounded however long the recording.
            let report = try GaitFileReport(
                contentsOf: URL(fileURLWithPath: file), options: input.readOptions(placement: sensor.placement),
                configuration: sensor.analyzerConfiguration, title: (file as NSString).lastPathComponent, width: width)
            let writer = AtomicFileWriter()
            let interruption = InterruptHandler(temporaryFiles: writer.temporaryFiles)
            defer { interruption.stop() }
            try writer.write(kind == "svg" ? report.svg() : report.html(), to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure.report(error)
        }
    }
}
