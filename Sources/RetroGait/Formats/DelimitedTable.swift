import Foundation

/// A small reader for comma-separated tables with a fixed header, used for event and bout tables.
/// Recordings use the faster ``CanonicalCSVReader``.
struct DelimitedTable {
    struct Row {
        let fields: [Substring]
        let file: String
        let line: Int

        func number(at index: Int, column: String) throws(FileReadError) -> Double {
            let field = fields[index].trimmingCharacters(in: .whitespaces)
            guard let value = Double(field), value.isFinite else {
                throw FileReadError(file: file, line: line, reason: .notANumber(column: column, field: field))
            }
            return value
        }

        func value<T: RawRepresentable & CaseIterable>(
            _ type: T.Type, at index: Int, column: String
        ) throws(FileReadError) -> T where T.RawValue == String {
            let field = fields[index].trimmingCharacters(in: .whitespaces)
            guard let value = T(rawValue: field) else {
                throw FileReadError(
                    file: file, line: line,
                    reason: .invalidValue(column: column, field: field, allowed: T.allCases.map(\.rawValue)))
            }
            return value
        }
    }

    private let lines: [Substring]
    private let file: String
    private let columnCount: Int
    private var index = 1

    /// Splits `text` into lines and checks its header.
    /// - Parameters:
    ///   - expectedHeader: the header's columns, comma-separated.
    ///   - acceptsTrailingColumns: whether a header that starts with `expectedHeader` and goes on with
    ///     more columns is accepted too (its rows then carry those columns, which the caller ignores).
    init(
        text: String, file: String, expectedHeader: String, acceptsTrailingColumns: Bool = false
    ) throws(FileReadError) {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        // "\r\n" is a single Character in Swift, so split on any newline rather than on "\n".
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        self.file = file
        guard let first = lines.first, !(lines.allSatisfy { $0.allSatisfy(\.isWhitespace) }) else {
            throw FileReadError(file: file, reason: .empty)
        }
        let header = first.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let expectedColumns = expectedHeader.split(separator: ",").map(String.init)
        let leadingColumns = acceptsTrailingColumns ? Array(header.prefix(expectedColumns.count)) : header
        guard leadingColumns == expectedColumns else {
            throw FileReadError(file: file, line: 1, reason: .missingHeader(expected: expectedHeader, found: String(first)))
        }
        columnCount = header.count
    }

    mutating func next() throws(FileReadError) -> Row? {
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == columnCount else {
                throw FileReadError(file: file, line: index, reason: .wrongFieldCount(expected: columnCount, found: fields.count))
            }
            return Row(fields: fields, file: file, line: index)
        }
        return nil
    }

    static func readText(_ url: URL) throws(FileReadError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw FileReadError(file: url.path, reason: .unreadable(error.localizedDescription))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileReadError(file: url.path, reason: .notText)
        }
        return text
    }
}
