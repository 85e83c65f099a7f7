import Foundation
import GaitDatasets
import RetroGait

/// `make accuracy`: evaluates GaitAnalyzer against the simulator and the real data sets and writes
/// ACCURACY.md. Deterministic: the same code and data give the same file.
///
/// Usage: `AccuracyReport [--output PATH] [--skip-simulated] [--bouts-only] [--streaming-only] [--single-bout-direction-only]`. The shared data folder is found as
/// described in ``DatasetLocation`` (override with `RETROGAIT_SHARED_DATA`).
@main
struct AccuracyReportMain {
    /// A section written alone (`--bouts-only`, `--streaming-only`, `--single-bout-direction-only`).
    enum OnlySection {
        case bouts, streaming, singleBoutDirection
    }

    static func main() async {
        var output = "ACCURACY.md"
        var simulated = true
        // The one section to write, when only one is asked for (no real data then).
        var only: OnlySection?
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            switch argument {
            case "--output":
                guard let path = arguments.popFirst() else { fail("--output needs a path") }
                output = path
            case "--skip-simulated": simulated = false
            case "--bouts-only": only = .bouts
            case "--streaming-only": only = .streaming
            case "--single-bout-direction-only": only = .singleBoutDirection
            default: fail("unknown argument '\(argument)'; usage: AccuracyReport [--output PATH] [--skip-simulated] [--bouts-only] [--streaming-only] [--single-bout-direction-only]")
            }
        }

        let clock = ContinuousClock()
        let start = clock.now
        let data = DatasetLocation.sharedData()
        func folder(_ name: String) -> URL? { DatasetLocation.folder(name) }
        log("shared data: \(data?.path ?? "not found")")

        var sections: [String] = []
        if let only {
            switch only {
            case .bouts: sections.append(await BoutSection.render())
            case .streaming: sections.append(await StreamingSection.render())
            case .singleBoutDirection: sections.append(await SingleBoutDirectionSection.render())
            }
            simulated = false
        } else if simulated {
            sections.append(await BoutSection.render())
            log("bout sessions done after \(clock.now - start)")
            sections.append(await SimulatedSection.render())
            log("simulated matrix done after \(clock.now - start)")
            sections.append(await SingleBoutDirectionSection.render())
            log("single-bout direction done after \(clock.now - start)")
            sections.append(await MixedSessionSection.render())
            log("mixed sessions done after \(clock.now - start)")
            sections.append(await StreamingSection.render())
            log("live streams done after \(clock.now - start)")
        }
        if only == nil {
            sections.append(await AlcantaraSection.render(folder: folder(Alcantara2022.folderName)))
            sections.append(await VoisardSection.render(folder: folder(Voisard2023.folderName)))
            sections.append(await TrunkPhaseSection.render(
                voisardFolder: folder(Voisard2023.folderName), alcantaraFolder: folder(Alcantara2022.folderName)))
            sections.append(await StrikeWatchSection.render(folder: folder(StrikeWatch2025.folderName)))
            log("real data done after \(clock.now - start)")
        }

        let document = ReportDocument.header(simulated: simulated) + sections.joined(separator: "\n")
        do {
            try Data(document.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            fail("cannot write \(output): \(error.localizedDescription)")
        }
        log("wrote \(output) in \(clock.now - start)")
    }

    static func log(_ message: String) {
        FileHandle.standardError.write(Data("AccuracyReport: \(message)\n".utf8))
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        exit(1)
    }
}
