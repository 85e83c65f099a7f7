/// A file could not be read as a recording or table. Names the file and, where it applies, the line.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened or read.
        case unreadable(String)
        /// The file holds no bytes, or only blank lines.
        case empty
        /// The first line is not the expected header.
        case missingHeader(expected: String, found: String)
        /// A required column is absent from the header.
        case missingColumn(String)
        /// A row has a different number of fields than the header.
        case wrongFieldCount(expected: Int, found: Int)
        /// A field is not a number.
        case notANumber(column: String, field: String)
        /// A field is a value the column does not allow.
        case invalidValue(column: String, field: String, allowed: [String])
        /// Time did not increase from the previous row.
        case timeNotIncreasing(previous: Double, current: Double)
        /// The header is there but no data rows follow.
        case noData
        /// The samples are too irregular or too few to establish a sample rate.
        case unusableTimeBase(String)
        /// The file ends in the middle of a row.
        case truncatedLastLine
        /// The data is not valid UTF-8 text.
        case notText
        /// The acceleration unit could not be told from the data and was not given.
        case ambiguousAccelerationUnit(medianMagnitude: Double)
        /// The layout could not be told from the header and no column mapping was given.
        case unknownLayout(header: String)
        /// Two rows have the same time but different values.
        case conflictingDuplicateTime(time: Double)
        /// More consecutive values of a column are missing than may be interpolated.
        case tooManyMissingValues(column: String, count: Int, limit: Int)
        /// The read options do not fit the file (a mapped column is absent, a rate is missing, …).
        case invalidOptions(String)
    }

    /// The file's path as the user gave it.
    public var file: String
    /// The 1-based line number, when the problem is on one line.
    public var line: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error for `file` (and `line`, if known).
    public init(file: String, line: Int? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: explanation`, e.g. `run.csv:118: 'O.5' in column 'ay' is not a number`.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(reason.explanation)"
    }
}

extension FileReadError.Reason {
    var explanation: String {
        switch self {
        case .unreadable(let why): "cannot read the file (\(why))"
        case .empty: "the file is empty"
        case let .missingHeader(expected, found):
            "expected a header row like '\(expected)', found '\(found.prefix(80))'"
        case .missingColumn(let name): "the header has no '\(name)' column"
        case let .wrongFieldCount(expected, found): "expected \(expected) fields, found \(found)"
        case let .notANumber(column, field): "'\(field.prefix(40))' in column '\(column)' is not a number"
        case let .invalidValue(column, field, allowed):
            "'\(field.prefix(40))' in column '\(column)' is not one of \(allowed.joined(separator: ", "))"
        case let .timeNotIncreasing(previous, current):
            "time goes from \(previous) s to \(current) s; it must increase from row to row"
        case .noData: "the header is not followed by any data rows"
        case .unusableTimeBase(let why): "cannot establish a sample rate: \(why)"
        case .truncatedLastLine: "the last line is cut off in the middle of a row"
        case .notText: "the file is not UTF-8 text"
        case .ambiguousAccelerationUnit(let magnitude):
            "cannot tell whether acceleration is in g or m/s² (mean acceleration \(magnitude), neither about 1 g nor about 9.8 m/s²); "
                + "give the unit explicitly (--acc-unit g|mps2)"
        case .unknownLayout(let header):
            "cannot tell the layout from the header '\(header.prefix(80))'; name the columns "
                + "(--time-column, --acc-columns) or the format (--format-in)"
        case .conflictingDuplicateTime(let time):
            "time \(time) s appears twice with different values"
        case let .tooManyMissingValues(column, count, limit):
            "\(count) consecutive values of column '\(column)' are missing from this line on; "
                + "at most \(limit) are interpolated"
        case .invalidOptions(let why): why
        }
    }
}
