import RetroGait

extension ReportDrawing {
    /// Cadence over time (`GaitSummary/cadenceSeries`), a line broken where the steps pause.
    mutating func drawCadencePanel(top: Double, height: Double) {
        drawSeries(
            content.cadence, top: top, height: height, yTitle: "steps/min", title: "Cadence",
            color: ReportPalette.cadence, connect: true, empty: "no cadence: fewer than two steps in a row")
    }

    /// Ground-contact time of each step whose toe-off was found, coloured by the foot it was on.
    mutating func drawContactPanel(top: Double, height: Double) {
        drawSeries(
            content.contact, top: top, height: height, yTitle: "ms",
            title: "Ground-contact time per step", color: ReportPalette.contact, connect: false,
            empty: "no contact times: no toe-offs were found")
        drawSideLegend(content.contactSides, top: top)
    }

    /// Which colour is which foot, above the right end of the contact panel; nothing when no step has a side.
    private mutating func drawSideLegend(_ sides: Set<Side>, top: Double) {
        guard sides.contains(.left) || sides.contains(.right) else { return }
        var x = right
        for (side, label) in [(Side.unknown, "side unknown"), (.right, "right foot"), (.left, "left foot")] where sides.contains(side) {
            canvas.text(label, x: x, y: top - 8, size: 11.5, anchor: .end)
            x -= Double(label.count) * 6.6 + 10
            canvas.circle(x: x, y: top - 12, radius: 3.5, fill: ReportPalette.side(side))
            x -= 18
        }
    }

    /// The marks over time: each point in its own colour if it has one, else in `color`; with more
    /// points than pixel columns, each column's range as a bar in `color`.
    private mutating func drawSeries(
        _ marks: SeriesMarks, top: Double, height: Double, yTitle: String, title: String,
        color: String, connect: Bool, empty: String
    ) {
        let domain = marks.finiteRange.map { LinearScale.niceDomain($0.lowerBound, $0.upperBound, padding: 0.08, count: 4) } ?? 0...1
        let scale = LinearScale(domain: domain, range: top...(top + height), inverted: true)
        drawTimeFrame(top: top, height: height, y: scale, yTitle: yTitle, title: title, ticks: 4)
        guard marks.finiteRange != nil else {
            drawNote(empty, top: top, height: height)
            return
        }
        if let envelope = marks.envelope {
            var bars: [(x: Double, y1: Double, y2: Double)] = []
            for index in 0..<envelope.columnCount {
                guard let range = envelope.range(ofColumn: index) else { continue }
                let x = time.x(envelope.startTime + (Double(index) + 0.5) * envelope.columnSeconds)
                bars.append((x, scale(Double(range.upperBound)) - 1, scale(Double(range.lowerBound)) + 1))
            }
            canvas.verticalBars(bars, stroke: color, width: 1.2)
            return
        }
        let points = marks.points
        if connect {
            for run in Self.runs(of: points.map(\.time)) where run.count > 1 {
                canvas.path(run.map { (time.x(points[$0].time), scale(points[$0].value)) }, stroke: color, fill: nil, width: 1.5)
            }
        }
        for point in points where point.value.isFinite {
            canvas.circle(x: time.x(point.time), y: scale(point.value), radius: 2.2, fill: point.color ?? color)
        }
    }

    /// Index ranges of points no further apart than three times the median spacing.
    static func runs(of times: [Double]) -> [Range<Int>] {
        guard times.count > 1 else { return times.isEmpty ? [] : [0..<1] }
        let gaps = zip(times.dropFirst(), times).map { $0 - $1 }.sorted()
        let limit = 3 * gaps[gaps.count / 2]
        var runs: [Range<Int>] = []
        var start = 0
        for index in 1..<times.count where times[index] - times[index - 1] > limit {
            runs.append(start..<index)
            start = index
        }
        runs.append(start..<times.count)
        return runs
    }
}
