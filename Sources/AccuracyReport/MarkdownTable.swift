/// A Markdown table with a header row; numbers right-aligned.
struct MarkdownTable {
    var header: [String]
    var rows: [[String]] = []
    /// Column indices aligned left (the rest are right-aligned).
    var leftAligned: Set<Int> = [0]

    var rendered: String {
        let separator = header.indices.map { leftAligned.contains($0) ? "---" : "---:" }
        return ([header, separator] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
    }
}

/// Number formatting for the report: fixed decimals, "—" for missing values.
enum Format {
    static func number(_ value: Double?, _ decimals: Int = 1) -> String {
        guard let value else { return "—" }
        let scale = pow10(decimals)
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }  // no "-0.0"
        return fixed(rounded, decimals)
    }

    static func signed(_ value: Double?, _ decimals: Int = 1) -> String {
        guard let value else { return "—" }
        let text = number(value, decimals)
        return text.hasPrefix("-") || text == number(0, decimals) ? text : "+" + text
    }

    static func ratio(_ value: Double?) -> String { number(value, 3) }

    static func percent(_ value: Double?) -> String { value.map { number($0 * 100, 1) + " %" } ?? "—" }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }

    /// Fixed-point text without Foundation's locale-dependent formatting.
    private static func fixed(_ value: Double, _ decimals: Int) -> String {
        let negative = value < 0
        let scaled = Int64((abs(value) * pow10(decimals)).rounded())
        let divisor = Int64(pow10(decimals))
        var text = String(scaled / divisor)
        if decimals > 0 {
            let fraction = String(scaled % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (negative ? "-" : "") + text
    }
}
