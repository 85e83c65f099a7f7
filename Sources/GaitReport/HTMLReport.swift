import Foundation
import RetroGait

/// The HTML page of a ``GaitReport``: the SVG inline and the summary as a table, no external assets.
enum HTMLReport {
    static func page(title: String, summary: GaitSummary, svg: String) -> String {
        func number(_ value: Double?, _ format: String) -> String { value.map { String(format: format, $0) } ?? "—" }
        let rows: [(String, String)] = [
            ("placement", summary.placement.rawValue),
            ("duration", number(summary.durationSeconds, "%.1f s")),
            ("sample rate", number(summary.sampleRateHz, "%.1f Hz")),
            ("time in gait", number(summary.gaitDurationSeconds, "%.1f s")),
            ("steps", "\(summary.steps)"),
            ("cadence", number(summary.cadenceStepsPerMinute, "%.1f steps/min")),
            ("median contact time", number(summary.medianContactMilliseconds, "%.0f ms")),
            ("median flight time", number(summary.medianFlightMilliseconds, "%.0f ms")),
            ("step-time variability", number(summary.stepTimeCoefficientOfVariation.map { $0 * 100 }, "%.1f %%")),
        ]
        let title = SVGCanvas.escape(title)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>RetroGait — \(title)</title>
            <style>
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1f2937; margin: 24px; }
            svg { max-width: 100%; height: auto; }
            table { border-collapse: collapse; margin-top: 16px; }
            th { text-align: left; font-weight: normal; color: #6b7280; padding: 2px 16px 2px 0; }
            td { padding: 2px 0; }
            </style>
            </head>
            <body>

            """
        html += svg
        html += "<table>\n"
        for (label, value) in rows {
            html += "<tr><th>\(SVGCanvas.escape(label))</th><td>\(SVGCanvas.escape(value))</td></tr>\n"
        }
        html += "</table>\n"
        if !summary.warnings.isEmpty {
            html += "<h2>Warnings</h2>\n<ul>\n"
            for warning in summary.warnings {
                html += "<li><code>\(SVGCanvas.escape(warning.code))</code> \(SVGCanvas.escape(warning.message))</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }
}
