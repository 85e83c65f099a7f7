import Foundation
import GaitDatasets
import RetroGait

/// `strikewatch2025-wrist-running-footstrike`: wrist, outdoor running; no event reference.
enum StrikeWatchSection {
    static let assumedSampleRate = 100.0

    static func render(folder: URL?) async -> String {
        var text = "## strikewatch2025 — wrist, outdoor running (no reference)\n\n"
        guard let folder else { return text + "Data folder not found: section skipped.\n" }
        let files: [StrikeWatchFile]
        do {
            files = try StrikeWatch2025.load(from: folder, assumedSampleRate: assumedSampleRate)
        } catch {
            return text + "Could not load the data set: \(error)\n"
        }
        let cadences = await concurrentMap(files, width: 2) { file -> Double? in
            let analyzer = GaitAnalyzer(configuration: .init(placement: .wrist))
            return (try? analyzer.analyze(file.recording))?.summary.cadenceStepsPerMinute
        }
        let found = cadences.compactMap { $0 }.sorted()
        text += """
            **No reference: these figures are not accuracy.** \(files.count) files (persons 1–6, heel and forefoot
            strike), acceleration clipped at ±2 g, sample rate not documented — assumed \(Format.number(assumedSampleRate, 0)) Hz
            (cadence scales with that assumption). Detected median cadence was found in \(found.count) of \(files.count) files
            """
        if let low = found.first, let high = found.last {
            let middle = found.count / 2
            let median = found.count % 2 == 1 ? found[middle] : (found[middle - 1] + found[middle]) / 2
            text += ": range \(Format.number(low)) – \(Format.number(high)) steps/min, median \(Format.number(median))"
        }
        return text + ".\n"
    }
}
