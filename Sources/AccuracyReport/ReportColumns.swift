import RetroGait

/// The figures every accuracy row shows, after its own label columns.
enum ReportColumns {
    static let header = [
        "tol ±ms", "recs", "truth IC", "det IC", "precision", "recall", "IC F1", "median abs IC err ms",
        "p95 abs IC err ms", "IC bias ms", "truth TC", "TC F1", "median abs TC err ms", "contact-time MAE ms (n)",
        "contact-time bias ms", "cadence abs err spm median / worst",
    ]

    static func cells(_ row: RowAccumulator, toleranceMs: Double) -> [String] {
        let ic = row.initialContacts
        let timing = row.initialContactTiming
        let tc = row.toeOffs
        let hasToeOffOutput = tc.detectedCount > 0
        let contact = row.contactTime
        var cadence = "—"
        if let error = row.cadenceAbsoluteError {
            cadence = "\(Format.number(error.median)) / \(Format.number(error.worst))"
        }
        let recordings = row.failures.isEmpty ? "\(row.recordings)" : "\(row.recordings) (\(row.failures.count) failed)"
        return [
            Format.number(toleranceMs, 0), recordings, "\(ic.truthCount)", "\(ic.detectedCount)",
            Format.ratio(ic.precision), Format.ratio(ic.recall), Format.ratio(ic.f1),
            Format.number(timing.medianAbsoluteErrorMs), Format.number(timing.p95AbsoluteErrorMs),
            Format.signed(timing.meanBiasMs),
            tc.truthCount > 0 ? "\(tc.truthCount)" : "—",
            tc.truthCount == 0 ? "—" : (hasToeOffOutput ? Format.ratio(tc.f1) : "no TC output"),
            hasToeOffOutput ? Format.number(row.toeOffTiming.medianAbsoluteErrorMs) : "—",
            contact.count > 0 ? "\(Format.number(contact.meanAbsoluteErrorMs)) (\(contact.count))" : "—",
            contact.count > 0 ? Format.signed(contact.meanBiasMs) : "—",
            cadence,
        ]
    }

    /// Accuracy of a label over matched ICs, or "not classified" when every detection said unknown.
    static func classification(_ matrix: ConfusionMatrix?) -> String {
        guard let matrix, matrix.evaluated > 0 else { return "—" }
        if let unknown = matrix.unknownLabel, matrix.labels.indices.allSatisfy({ row in
            matrix.labels.indices.allSatisfy { column in matrix.labels[column] == unknown || matrix.counts[row][column] == 0 }
        }) {
            return "not classified"
        }
        return Format.percent(matrix.accuracy)
    }

    /// Accuracy of heel vs not heel (toe or mid) over matched ICs with a known truth strike (an
    /// unknown detection counts as wrong, as in ``classification(_:)``), or "not classified" when
    /// every detection said unknown.
    static func heelVsNonHeel(_ matrix: ConfusionMatrix?) -> String {
        guard let matrix, matrix.evaluated > 0 else { return "—" }
        if classification(matrix) == "not classified" { return "not classified" }
        var correct = 0, total = 0
        for truth in ["toe", "mid", "heel"] {
            for detected in ["toe", "mid", "heel", "unknown"] {
                let n = matrix.count(truth: truth, detected: detected)
                total += n
                if detected != "unknown", (truth == "heel") == (detected == "heel") { correct += n }
            }
        }
        return total > 0 ? Format.percent(Double(correct) / Double(total)) : "—"
    }
}
