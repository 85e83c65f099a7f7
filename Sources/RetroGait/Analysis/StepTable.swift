/// The CSV form of ``Step``s, as written by `retrogait analyze --steps-csv`.
///
/// Header `ic_s,tc_s,contact_ms,flight_ms,foot,strike,direction`; one row per step; an unknown
/// value is an empty field. Times in seconds with 4 decimals, durations in ms with 1 decimal.
package enum StepTable {
    /// The header row.
    package static let header = "ic_s,tc_s,contact_ms,flight_ms,foot,strike,direction"

    /// Renders steps as CSV text (header, then one row per step, `\n` line endings).
    package static func csv(_ steps: [Step]) -> String {
        var text = header + "\n"
        text.reserveCapacity(steps.count * 48 + text.count)
        for step in steps { text += row(step) }
        return text
    }

    /// One step's row, with its line ending.
    package static func row(_ step: Step) -> String {
        var text = format(step.initialContactTime, decimals: 4) + ","
        text += (step.toeOffTime.map { format($0, decimals: 4) } ?? "") + ","
        text += (step.contactMilliseconds.map { format($0, decimals: 1) } ?? "") + ","
        text += (step.flightMilliseconds.map { format($0, decimals: 1) } ?? "") + ","
        text += "\(step.side.rawValue),\(step.strike.rawValue),\(step.direction.rawValue)\n"
        return text
    }

    private static func format(_ value: Double, decimals: Int) -> String {
        FixedPointDecimal.string(value, decimals: decimals, rounding: .shortestDecimal)
    }
}
