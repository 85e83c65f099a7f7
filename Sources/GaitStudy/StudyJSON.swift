import Foundation

/// JSON as RetroGait writes it: keys sorted so output is stable between runs, slashes unescaped.
public enum StudyJSON {
    /// Indented, one key per line.
    public static func pretty<T: Encodable>(_ value: T) throws -> Data {
        try encoder([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]).encode(value)
    }

    /// On one line (for NDJSON: one object per line), without a line break.
    public static func line<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder([.sortedKeys, .withoutEscapingSlashes]).encode(value), as: UTF8.self)
    }

    private static func encoder(_ formatting: JSONEncoder.OutputFormatting) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return encoder
    }
}
