import Foundation
import RetroGait

extension ReportDrawing {
    /// One stacked bar per bout: the share of toe, mid and heel strikes, or "not classified".
    mutating func drawStrikePanel(top: Double) {
        canvas.text("Foot strike per bout", x: left, y: top - 8, size: 13, weight: "bold")
        var x = left + 180
        for strike in [FootStrike.toe, .mid, .heel, .unknown] {
            canvas.rect(x: x, y: top - 18, width: 12, height: 10, fill: ReportPalette.strike(strike))
            let name = strike == .unknown ? "not classified" : "\(strike.rawValue) strike"
            canvas.text(name, x: x + 16, y: top - 9, size: 11.5)
            x += 16 + Double(name.count) * 6.6 + 16
        }
        let groups = content.strikeGroups
        let shown = groups.count > Self.maximumStrikeRows ? Array(groups.prefix(Self.maximumStrikeRows - 1)) : groups
        let labelWidth = 250.0
        let barLeft = left + labelWidth
        let barWidth = right - barLeft - 60
        var y = top + 4
        for group in shown {
            canvas.text(group.label, x: left, y: y + 15, size: 11.5)
            canvas.rect(x: barLeft, y: y + 2, width: barWidth, height: Self.strikeRowHeight - 8, fill: ReportPalette.strike(.unknown))
            if group.classified == 0 {
                canvas.text(group.steps == 0 ? "no steps" : "not classified", x: barLeft + barWidth / 2, y: y + 15,
                            size: 11.5, anchor: .middle, fill: ReportPalette.text)
            } else {
                var position = barLeft
                for strike in [FootStrike.toe, .mid, .heel, .unknown] {
                    let count = group.counts[strike] ?? 0
                    guard count > 0 else { continue }
                    let width = barWidth * Double(count) / Double(group.steps)
                    canvas.rect(x: position, y: y + 2, width: width, height: Self.strikeRowHeight - 8, fill: ReportPalette.strike(strike))
                    let share = String(format: "%.0f %%", 100 * Double(count) / Double(group.steps))
                    if width > 44 {
                        canvas.text(share, x: position + width / 2, y: y + 15, size: 11, anchor: .middle,
                                    fill: strike == .unknown ? ReportPalette.text : "#ffffff")
                    }
                    position += width
                }
            }
            canvas.text("\(group.steps) contacts", x: barLeft + barWidth + 6, y: y + 15, size: 11, fill: ReportPalette.mutedText)
            y += Self.strikeRowHeight
        }
        if shown.count < groups.count {
            canvas.text("… and \(groups.count - shown.count) more bouts", x: left, y: y + 15, size: 11.5, fill: ReportPalette.mutedText)
        }
    }
}
