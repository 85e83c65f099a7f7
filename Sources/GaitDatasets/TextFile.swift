import Foundation

/// Reading whole text files as lines, with ``DatasetError``s that name the file.
enum TextFile {
    /// The lines of a UTF-8 file (`\n` or `\r\n`), without a trailing empty line.
    static func lines(_ url: URL) throws(DatasetError) -> [Substring] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DatasetError(file: url.path, "cannot read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DatasetError(file: url.path, "not UTF-8 text")
        }
        // "\r\n" is one Character in Swift, so split on any newline character rather than on "\n".
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Parses each field of `line` split on `separator` as a finite Double.
    static func numbers(
        _ line: Substring, separator: Character, file: URL, lineNumber: Int
    ) throws(DatasetError) -> [Double] {
        var values: [Double] = []
        for field in line.split(separator: separator, omittingEmptySubsequences: false) {
            let trimmed = field.trimmingCharacters(in: .whitespaces)
            guard let value = Double(trimmed), value.isFinite else {
                throw DatasetError(file: file.path, line: lineNumber, "'\(trimmed.prefix(30))' is not a number")
            }
            values.append(value)
        }
        return values
    }
}
