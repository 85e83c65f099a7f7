import Foundation
import GaitReport
import GaitSimulator
import RetroGait
import Testing

/// `retrogait report`: a self-contained SVG or HTML that renders to a picture with the signal, the
/// events and the panels in it; long recordings stay small; bad input is one clear error.
@Suite("retrogait report")
struct ReportCommandTests {
    @Test(.enabled(if: SVGRasterizer.isAvailable, "rsvg-convert is not installed (Debian: librsvg2-bin, `make deps`)"))
    func reportRendersToAPictureWithSignalEventsAndPanels() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("run.svg")
        let result = try CommandLineRunner.run([
            "report", StudyFolder.lowerBackRun.path, "--placement", "lower-back", "--out", svg.path])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(result.standardError.isEmpty)

        let image = try SVGRasterizer.render(svg)
        #expect(image.width == 1200)
        #expect(image.height > 700)
        let inked = Double(image.inkedPixels) / Double(image.width * image.height)
        #expect(inked > 0.08 && inked < 0.6, "share of non-white pixels \(inked)")
        #expect(image.count(near: "#334155") > 5_000, "the acceleration envelope")
        #expect(image.count(near: "#1d4ed8") > 400, "initial-contact markers")
        #expect(image.count(near: "#dc2626") > 400, "toe-off markers")
        #expect(image.count(near: "#0f766e") > 500, "the cadence line")
        let left = image.count(near: "#0891b2"), right = image.count(near: "#c026d3"), unsided = image.count(near: "#7c3aed")
        #expect(left + right + unsided > 300, "contact-time points")
        #expect(left > 100 && right > 100, "left and right contact-time points: \(left), \(right)")

        let text = try String(contentsOf: svg, encoding: .utf8)
        for label in ["|a| (g)", "steps/min", "time since start (s)", "Foot strike per bout", "not classified", "initial contact", "toe-off",
                      "left foot", "right foot", "contact left/right"] {
            #expect(text.contains(SVGTextEscaping.escape(label)), "the picture lacks '\(label)'")
        }
        #expect(!text.contains("href=\"http") && !text.contains("<image") && !text.contains("@import"), "an external asset")
    }

    @Test func detectedBoutsAndStrikesOfAFootRecordingAreShown() throws {
        let fixture = StudyFolder.fixtures.appendingPathComponent("simulated-backward-run-foot-100hz.csv")
        let loaded = try RecordingReader.read(contentsOf: fixture, options: .init(placement: .foot))
        let analysis = try GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: .left)).analyze(loaded)
        let svg = GaitReport(title: "foot", recording: loaded, analysis: analysis).svg()
        let gaitBouts = analysis.bouts.map(\.bout).filter { $0.activity != .standing }
        #expect(!gaitBouts.isEmpty)
        for bout in gaitBouts {
            let label = String(format: "%.1f–%.1f s  %@", bout.startTime, bout.endTime, bout.activity.rawValue)
            #expect(svg.contains(label), "no strike row for \(label)")
        }
        let hatches = svg.components(separatedBy: "url(#backward)").count - 2  // one is the legend's swatch
        #expect((hatches > 0) == gaitBouts.contains { $0.direction == .backward }, "hatching iff a backward bout")
        let classified = analysis.steps.filter { $0.strike != .unknown }.count
        if classified == analysis.steps.count, let strike = analysis.steps.first?.strike,
           analysis.steps.allSatisfy({ $0.strike == strike }) {
            #expect(svg.contains(">100 %<"), "one strike class for every step is one full bar")
        }
        #expect(svg.contains("\(analysis.steps.count) contacts"))
    }

    @Test func htmlEmbedsTheSVGAndTheSummary() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("run.html")
        let result = try CommandLineRunner.run(["report", StudyFolder.lowerBackRun.path, "--out", html.path])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.components(separatedBy: "<svg ").count == 2)
        #expect(text.contains("</svg>") && text.contains("</html>"))
        #expect(text.contains("median contact time") && text.contains("steps/min"))
        #expect(!text.contains("<script") && !text.contains("<link") && !text.contains("src="), "an external asset")
    }

    /// A synthetic recording of `minutes` with a step every 0.3 s, and its events and steps.
    private func syntheticReport(minutes: Double) throws -> GaitReport {
        let rate = 100.0
        let count = Int(minutes * 60 * rate)
        var z = [Float](repeating: 1, count: count)
        for index in 0..<count { z[index] = 1 + 1.5 * Float(sin(Double(index) / rate * 2 * .pi / 0.3)) }
        let recording = try Recording(
            sampleRate: rate, acceleration: TriaxialSignal(x: [Float](repeating: 0, count: count),
                                                           y: [Float](repeating: 0, count: count), z: z),
            placement: .lowerBack)
        var events: [GaitEvent] = []
        var steps: [Step] = []
        var time = 0.1
        while time < minutes * 60 - 0.3 {
            let contact = 180 + 40 * sin(time / 7)
            events.append(GaitEvent(kind: .initialContact, time: time, sampleIndex: Int(time * rate)))
            events.append(GaitEvent(kind: .toeOff, time: time + contact / 1000, sampleIndex: Int((time + contact / 1000) * rate)))
            steps.append(Step(initialContactTime: time, toeOffTime: time + contact / 1000, contactMilliseconds: contact,
                              stepMilliseconds: 300, strike: steps.count % 3 == 0 ? .heel : .toe))
            time += 0.3
        }
        var summary = GaitSummary(
            placement: .lowerBack, durationSeconds: recording.duration, sampleRateHz: rate, steps: steps.count,
            detectedContacts: steps.count, cadenceStepsPerMinute: 200, spectralCadenceStepsPerMinute: 200,
            gaitDurationSeconds: recording.duration, warnings: [])
        summary.cadenceSeries = steps.map { CadenceSample(time: $0.initialContactTime, stepsPerMinute: 200 + 5 * sin($0.initialContactTime)) }
        let analysis = RecordingAnalysis(
            format: .canonical, segments: [.init(startTime: 0, analysis: GaitAnalysis(events: events, summary: summary, steps: steps))],
            readerWarnings: [])
        let bouts = [Bout(startTime: 0, endTime: minutes * 30, activity: .running, direction: .forward),
                     Bout(startTime: minutes * 30, endTime: minutes * 60, activity: .running, direction: .backward)]
        return GaitReport(title: "synthetic", segments: [recording], analysis: analysis, bouts: bouts)
    }

    @Test func longRecordingsAreDecimatedSoTheFileStaysSmall() throws {
        let tenMinutes = try syntheticReport(minutes: 10).svg().utf8.count
        let hour = try syntheticReport(minutes: 60).svg().utf8.count
        #expect(hour < 250_000, "an hour's report is \(hour) bytes")
        #expect(Double(hour) < 1.3 * Double(tenMinutes), "size grows with length: \(tenMinutes) → \(hour) bytes")
    }

    @Test(.enabled(if: SVGRasterizer.isAvailable, "rsvg-convert is not installed (Debian: librsvg2-bin, `make deps`)"))
    func boutsAreShadedAndStrikesShownPerBout() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("bouts.svg")
        let report = try syntheticReport(minutes: 2)
        try Data(report.svg().utf8).write(to: svg)
        let markup = try String(contentsOf: svg, encoding: .utf8)
        #expect(markup.contains("0.0–60.0 s  running forward") && markup.contains("60.0–120.0 s  running backward"))
        #expect(markup.contains("67 %") && markup.contains("33 %"), "two toe strikes for every heel strike")
        #expect(!markup.contains("bouts not detected"))
        let image = try SVGRasterizer.render(svg)
        #expect(image.count(near: "#0284c7") > 2_000, "toe-strike bars")
        #expect(image.count(near: "#ea580c") > 1_000, "heel-strike bars")
        // Running bouts are shaded amber under the curves: sample the empty top of the magnitude panel.
        let (r, g, b, _) = image.pixel(300, 140)
        #expect(r > g && g > b && b < 235, "no running shade at (300, 140): \(r), \(g), \(b)")
    }

    @Test(.enabled(if: SVGRasterizer.isAvailable, "rsvg-convert is not installed (Debian: librsvg2-bin, `make deps`)"))
    func aRecordingWithoutGaitStillGivesAPictureThatSaysSo() throws {
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let still = folder.appendingPathComponent("still.csv")
        var text = "t,ax,ay,az\n"
        for i in 0..<1000 { text += "\(Double(i) / 100),0.01,-0.02,\(1 + 0.01 * sin(Double(i)))\n" }
        try Data(text.utf8).write(to: still)
        let svg = folder.appendingPathComponent("still.svg")
        let result = try CommandLineRunner.run(["report", still.path, "--out", svg.path])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let markup = try String(contentsOf: svg, encoding: .utf8)
        #expect(markup.contains("no cadence") && markup.contains("no contact times") && markup.contains("no steps"))
        let image = try SVGRasterizer.render(svg)
        #expect(image.count(near: "#334155") > 500, "the signal is still drawn")
        #expect(image.count(near: "#1d4ed8") < 50, "no contacts to mark")
    }

    @Test(arguments: StudyFolder.broken.map(\.name))
    func brokenRecordingIsOneClearErrorAndNoFile(_ name: String) throws {
        let entry = StudyFolder.broken.first { $0.name == name }!
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(entry.content.utf8).write(to: file)
        let out = folder.appendingPathComponent("report.svg")
        let result = try CommandLineRunner.run(["report", file.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardError.contains(entry.error), "stderr: \(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name], "no temporary file left")
    }

    @Test(arguments: [
        (["--out", "report.png"], "--out must end in .svg or .html"),
        (["--width", "100"], "--width must be between 600 and 20000"),
    ])
    func badOptionsAreUsageErrors(_ arguments: [String], message: String) throws {
        let result = try CommandLineRunner.run(["report", StudyFolder.lowerBackRun.path] + arguments)
        #expect(result.status == 1)
        #expect(result.standardError.contains(message), "stderr: \(result.standardError)")
    }

    @Test func unwritableOutputIsAClearError() throws {
        let result = try CommandLineRunner.run(["report", StudyFolder.lowerBackRun.path, "--out", "/proc/nope/report.svg"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/proc/nope/report.svg: cannot write"), "stderr: \(result.standardError)")
    }
}

/// The escaping the report applies to text, for looking labels up in the SVG.
enum SVGTextEscaping {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
