import RetroGait

extension ReportDrawing {
    /// The acceleration magnitude as a min/max envelope per pixel column, with the detected events:
    /// markers on the curve when they are far enough apart to tell, a rug of ticks otherwise.
    mutating func drawMagnitudePanel(top: Double, height: Double) {
        let envelope = magnitudeEnvelope()
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

    /// Columns of about one pixel, but at least two samples each so short recordings have no holes.
    private func magnitudeEnvelope() -> SignalEnvelope {
        let samples = report.segments.reduce(0) { $0 + $1.count }
        let columns = max(1, min(Int(right - left), samples / 2))
        var envelope = SignalEnvelope(columns: columns, startTime: time.origin, endTime: time.origin + time.span)
        for segment in report.segments {
            let acceleration = segment.acceleration
            for index in 0..<segment.count {
                let x = acceleration.x[index], y = acceleration.y[index], z = acceleration.z[index]
                envelope.add((x * x + y * y + z * z).squareRoot(), at: segment.time(ofSample: index))
            }
        }
        return envelope
    }

    private mutating func drawEvents(scale: LinearScale, top: Double, height: Double) {
        var contacts: [(Double, Double)] = []
        var toeOffs: [(Double, Double)] = []
        for (segment, result) in zip(report.segments, report.analysis.segments) {
            for event in result.analysis.events {
                let index = min(max(0, event.sampleIndex), segment.count - 1)
                let a = segment.acceleration
                let magnitude = Double((a.x[index] * a.x[index] + a.y[index] * a.y[index] + a.z[index] * a.z[index]).squareRoot())
                let point = (time.x(event.time), scale(magnitude))
                if event.kind == .initialContact { contacts.append(point) } else { toeOffs.append(point) }
            }
        }
        let width = right - left
        if Double(contacts.count + toeOffs.count) <= width / 4 {
            canvas.markers(toeOffs.map { ($0.0, $0.1 - 9) }, shape: Self.triangle, fill: ReportPalette.toeOff)
            for point in contacts {
                canvas.circle(x: point.0, y: point.1, radius: 3, fill: ReportPalette.initialContact, stroke: "#ffffff")
            }
        } else {
            // Too many to tell apart: one tick per pixel column that holds an event, along the top (contacts)
            // and the bottom (toe-offs) of the panel.
            func columns(_ points: [(Double, Double)]) -> [Double] { Array(Set(points.map { $0.0.rounded() })).sorted() }
            canvas.ticks(columns(contacts), from: top + 1, to: top + 9, stroke: ReportPalette.initialContact)
            canvas.ticks(columns(toeOffs), from: top + height - 9, to: top + height - 1, stroke: ReportPalette.toeOff)
        }
    }
}
