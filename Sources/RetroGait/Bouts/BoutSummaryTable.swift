/// The CSV form of ``BoutSummary``s, as written by `retrogait analyze --bouts-csv`.
///
/// Header `start_s,end_s,activity,direction,steps,cadence_spm,contact_ms_median,toe_pct,heel_pct`;
/// one row per bout; an unknown figure is an empty field. Times in seconds with 3 decimals, cadence
/// and contact time with 1, percentages with 1.
package enum BoutSummaryTable {
    /// The header row.
    package static let header = "start_s,end_s,activity,direction,steps,cadence_spm,contact_ms_median,toe_pct,heel_pct"

    /// Renders bouts as CSV text (header, then one row per bout, `\n` line endings).
    package static func csv(_ bouts: [BoutSummary]) -> String {
        var text = header + "\n"
        for summary in bouts {
            let bout = summary.bout
            text += format(bout.startTime, 3) + "," + format(bout.endTime, 3) + ","
            text += "\(bout.activity.rawValue),\(bout.direction.rawValue),\(summary.steps),"
            text += (summary.cadenceStepsPerMinute.map { format($0, 1) } ?? "") + ","
            text += (summary.medianContactMilliseconds.map { format($0, 1) } ?? "") + ","
            text += (summary.toePercent.map { format($0, 1) } ?? "") + ","
            text += (summary.heelPercent.map { format($0, 1) } ?? "") + "\n"
        }
        return text
    }

    private static func format(_ value: Double, _ decimals: Int) -> String {
        FixedPointDecimal.string(value, decimals: decimals, rounding: .shortestDecimal)
    }
}
