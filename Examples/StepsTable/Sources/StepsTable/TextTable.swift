import Foundation

/// A plain-text table with right-aligned columns, for a terminal.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    /// The table as lines: header, a rule, then the rows, columns two spaces apart.
    func rendered() -> String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { String(repeating: " ", count: $1 - $0.count) + $0 }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// `value` with `decimals` decimals, or `-` when it is unknown.
func formatted(_ value: Double?, decimals: Int) -> String {
    guard let value, value.isFinite else { return "-" }
    return String(format: "%.\(decimals)f", value)
}
