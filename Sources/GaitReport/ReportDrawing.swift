import Foundation
import RetroGait

/// Lays out and draws a report's content: header, legend, three time panels, the strike panel.
struct ReportDrawing {
    let content: ReportContent
    let left = ReportContent.left
    let right: Double
    let time: TimeAxis
    var canvas: SVGCanvas
    let height: Double

    static let headerHeight = 96.0
    static let magnitudeHeight = 240.0
    static let seriesHeight = 120.0
    static let panelGap = 64.0
    static let strikeRowHeight = 26.0
    static let maximumStrikeRows = 16

    init(content: ReportContent) {
        self.content = content
        right = ReportContent.right(width: content.width)
        time = content.time
        let strikeRows = Double(min(Self.maximumStrikeRows, max(1, content.strikeGroups.count)))
        height = Self.headerHeight + Self.magnitudeHeight + 2 * Self.seriesHeight + 3 * Self.panelGap + 40
            + strikeRows * Self.strikeRowHeight + 24
        canvas = SVGCanvas(width: Double(content.width), height: height, title: "RetroGait report: \(content.title)")
    }

    mutating func render() -> String {
        canvas.raw(ReportPalette.definitions)
        drawHeader()
        var top = Self.headerHeight + 30
        drawMagnitudePanel(top: top, height: Self.magnitudeHeight)
        top += Self.magnitudeHeight + Self.panelGap
        drawCadencePanel(top: top, height: Self.seriesHeight)
        top += Self.seriesHeight + Self.panelGap
        drawContactPanel(top: top, height: Self.seriesHeight)
        top += Self.seriesHeight + Self.panelGap
        drawStrikePanel(top: top)
        return canvas.finish()
    }

    /// Title, the headline numbers and the legend.
    private mutating func drawHeader() {
        let summary = content.summary
        canvas.text("RetroGait — \(content.title)", x: left, y: 30, size: 20, weight: "bold")
        var facts = [
            summary.placement.rawValue,
            String(format: "%.1f s at %.0f Hz", summary.durationSeconds, summary.sampleRateHz),
            "\(summary.steps) steps",
        ]
        if let cadence = summary.cadenceStepsPerMinute { facts.append(String(format: "cadence %.0f steps/min", cadence)) }
        if let contact = summary.medianContactMilliseconds { facts.append(String(format: "contact %.0f ms", contact)) }
        if let flight = summary.medianFlightMilliseconds { facts.append(String(format: "flight %.0f ms", flight)) }
        if let left = summary.contactBalanceLeftPercent {
            facts.append(String(format: "contact left/right %.1f/%.1f %%", left, 100 - left))
        }
        if content.segmentCount > 1 { facts.append("\(content.segmentCount) segments") }
        if !summary.warnings.isEmpty { facts.append("\(summary.warnings.count) warning\(summary.warnings.count == 1 ? "" : "s")") }
        canvas.text(facts.joined(separator: "  ·  "), x: left, y: 54, size: 13, fill: ReportPalette.mutedText)
        drawLegend(y: 80)
    }

    /// Swatches for everything drawn in the time panels.
    private mutating func drawLegend(y: Double) {
        var x = left
        func entry(_ label: String, swatch: (inout SVGCanvas, Double) -> Void) {
            swatch(&canvas, x)
            canvas.text(label, x: x + 18, y: y + 4, size: 11.5)
            x += 18 + Double(label.count) * 6.6 + 18
        }
        entry("acceleration |a| (min–max per pixel)") { $0.rect(x: $1, y: y - 5, width: 12, height: 10, fill: ReportPalette.signal) }
        entry("initial contact") { $0.circle(x: $1 + 6, y: y, radius: 3.5, fill: ReportPalette.initialContact) }
        entry("toe-off") { $0.markers([($1 + 6, y - 4)], shape: Self.triangle, fill: ReportPalette.toeOff) }
        for activity in [Activity.running, .walking, .standing] {
            entry(activity.rawValue) { $0.rect(x: $1, y: y - 5, width: 12, height: 10, fill: ReportPalette.activity(activity), opacity: 0.45) }
        }
        entry("backward") { canvas, x in
            canvas.rect(x: x, y: y - 5, width: 12, height: 10, fill: "#ffffff", stroke: ReportPalette.axis)
            canvas.rect(x: x, y: y - 5, width: 12, height: 10, fill: "url(#backward)")
        }
        if content.bouts.isEmpty {
            canvas.text("(bouts not detected)", x: x, y: y + 4, size: 11.5, fill: ReportPalette.mutedText)
        }
    }

    /// A downward triangle 8 px wide, drawn from its top centre.
    static let triangle = "m-4 0h8l-4 7z"

    /// Frame, grid, ticks, axis titles and the bout shading of a time panel.
    mutating func drawTimeFrame(top: Double, height: Double, y scale: LinearScale, yTitle: String, title: String, ticks: Int = 5) {
        let bottom = top + height
        for bout in content.bouts {
            let x1 = max(left, time.x(bout.startTime)), x2 = min(right, time.x(bout.endTime))
            guard x2 > x1 else { continue }
            canvas.rect(x: x1, y: top, width: x2 - x1, height: height, fill: ReportPalette.activity(bout.activity), opacity: 0.22)
            if bout.direction == .backward {
                canvas.rect(x: x1, y: top, width: x2 - x1, height: height, fill: "url(#backward)")
            }
        }
        for tick in scale.ticks(count: ticks) {
            let y = scale(tick)
            canvas.line(left, y, right, y, stroke: ReportPalette.grid)
            canvas.text(scale.label(tick, count: ticks), x: left - 6, y: y + 4, size: 11, anchor: .end, fill: ReportPalette.mutedText)
        }
        for tick in time.scale.ticks(count: 10) {
            let x = time.scale(tick)
            canvas.line(x, top, x, bottom, stroke: ReportPalette.grid)
            canvas.line(x, bottom, x, bottom + 4, stroke: ReportPalette.axis)
            canvas.text(time.scale.label(tick, count: 10), x: x, y: bottom + 16, size: 11, anchor: .middle, fill: ReportPalette.mutedText)
        }
        canvas.rect(x: left, y: top, width: right - left, height: height, fill: "none", stroke: ReportPalette.axis)
        canvas.text(title, x: left, y: top - 8, size: 13, weight: "bold")
        canvas.text(yTitle, x: 18, y: top + height / 2, size: 11.5, anchor: .middle, rotate: -90)
        canvas.text(time.title, x: right, y: bottom + 32, size: 11.5, anchor: .end, fill: ReportPalette.mutedText)
    }

    /// A note in the middle of an empty panel.
    mutating func drawNote(_ text: String, top: Double, height: Double) {
        canvas.text(text, x: (left + right) / 2, y: top + height / 2 + 5, size: 14, anchor: .middle, fill: ReportPalette.mutedText)
    }
}
