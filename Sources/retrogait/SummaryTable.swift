import Foundation
import RetroGait

/// The human-readable summary printed by `retrogait analyze`.
enum SummaryTable {
    static func render(_ summary: GaitSummary, file: String) -> String {
        var rows: [(String, String)] = [
            ("file", file),
            ("placement", summary.placement.rawValue),
            ("duration", String(format: "%.1f s", summary.durationSeconds)),
            ("sample rate", String(format: "%.1f Hz", summary.sampleRateHz)),
            ("time in gait", String(format: "%.1f s", summary.gaitDurationSeconds)),
            ("steps", "\(summary.steps)"),
            ("contacts detected", "\(summary.detectedContacts)"),
            ("cadence", summary.cadenceStepsPerMinute.map { String(format: "%.1f steps/min", $0) } ?? "—"),
            ("cadence (spectral)", summary.spectralCadenceStepsPerMinute.map { String(format: "%.1f steps/min", $0) } ?? "—"),
        ]
        for warning in summary.warnings {
            rows.append(("warning", warning.message))
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { label, value in
            label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value
        }.joined(separator: "\n") + "\n"
    }
}
