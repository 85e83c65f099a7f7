import RetroGait

extension ReportDrawing {
    /// The acceleration magnitude as a min/max envelope per pixel column, with the detected events:
    /// markers on the curve when they are far enough apart to tell, a rug of ticks otherwise.
    mutating func drawMagnitudePanel(top: Double, height: Double) {
        let envelope = content.magnitude
        var low = Double.infinity, high = -Double.infinity
        for index in 0..<envelope.columnCount {
            guard let range = envelope.range(ofColumn: index) else { continue }
            low = min(low, Double(range.lowerBound))
            high = max(high, Double(range.upperBound))
        }
        if !low.isFinite { low = 0; high = 2 }
        var domain = LinearScale.niceDomain(low, high, padding: 0.04)
        if low >= 0, domain.lowerBound < 0 { domain = 0...domain.upperBound }
        let scale = LinearScale(domain: domain, range: top...(top + height), inverted: true)
        drawTimeFrame(top: top, height: height, y: scale, yTitle: "|a| (g)", title: "Acceleration magnitude and detected events")

        for run in envelope.filledRuns {
            var upper: [(Double, Double)] = []
            var lower: [(Double, Double)] = []
            for index in run {
                let x = time.x(envelope.startTime + (Double(index) + 0.5) * envelope.columnSeconds)
                let range = envelope.range(ofColumn: index)!
                upper.append((x, scale(Double(range.upperBound))))
                lower.append((x, scale(Double(range.lowerBound))))
            }
            if run.count == 1 {
                canvas.line(upper[0].0, upper[0].1, lower[0].0, lower[0].1, stroke: ReportPalette.signal, width: 1)
            } else {
                canvas.path(upper + lower.reversed(), stroke: ReportPalette.signal, fill: ReportPalette.signal, width: 0.6)
            }
        }
        drawEvents(scale: scale, top: top, height: height)
    }

    private mutating func drawEvents(scale: LinearScale, top: Double, height: Double) {
        switch content.events {
        case let .points(contacts, toeOffs):
            canvas.markers(toeOffs.map { (time.x($0.time), scale($0.magnitude) - 9) }, shape: Self.triangle, fill: ReportPalette.toeOff)
            for point in contacts {
                canvas.circle(x: time.x(point.time), y: scale(point.magnitude), radius: 3, fill: ReportPalette.initialContact, stroke: "#ffffff")
            }
        case let .columns(contacts, toeOffs):
            // Too many to tell apart: one tick per pixel column that holds an event, along the top (contacts)
            // and the bottom (toe-offs) of the panel.
            canvas.ticks(contacts, from: top + 1, to: top + 9, stroke: ReportPalette.initialContact)
            canvas.ticks(toeOffs, from: top + height - 9, to: top + height - 1, stroke: ReportPalette.toeOff)
        }
    }
}
