import Foundation
import RetroGait

/// Fields of the study tables as CSV (RFC 4180): a field with a comma, quote or line break is quoted,
/// quotes doubled; numbers with a decimal point whatever the locale; an unknown value is empty.
enum CSVField {
    static func text(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func number(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return "" }
        return FixedPointDecimal.string(value, decimals: decimals, rounding: .shortestDecimal)
    }

    static func line(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\n"
    }
}
