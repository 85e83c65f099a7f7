/// Everything the row parser needs to know about a delimited text file, resolved once from its
/// first lines and the read options: where the data starts, how fields are separated, which field
/// feeds which channel, and how time is written.
struct TextLayout: Sendable {
    /// How a row's time is written.
    enum TimeEncoding: Sendable, Equatable {
        /// A number in units of `secondsPerUnit` seconds, epoch or relative.
        case number(secondsPerUnit: Double)
        /// An ISO-8601 date and time (`2024-05-01T12:00:00.125Z`; no zone means UTC).
        case iso8601
        /// A packet counter at `rate` Hz that wraps around at `modulus`.
        case counter(rate: Double, modulus: Int64)
    }

    /// Where a row's time comes from.
    enum TimeSource: Sendable, Equatable {
        /// The field at `index`.
        case column(index: Int, encoding: TimeEncoding)
        /// The row's position: rows are evenly spaced at `rate` Hz.
        case rowIndex(rate: Double)
    }

    /// The slot of a field that holds the time.
    static let timeSlot: Int8 = 6
    /// The slot of a field that is not read.
    static let ignoredSlot: Int8 = -1

    var format: RecordingFormat
    var delimiter: UInt8
    var decimalSeparator: UInt8
    /// Physical lines before the first data row (blank lines, title lines, the header).
    var linesBeforeData: Int
    /// Fields per row.
    var fieldCount: Int
    /// Column names as written (or `1`, `2`, … without a header), for messages.
    var columnNames: [String]
    /// Per field: a channel 0…5 (acceleration x y z, angular velocity x y z), ``timeSlot`` or ``ignoredSlot``.
    var slots: [Int8]
    var time: TimeSource
    var hasGyroscope: Bool
    /// The unit fixed by the format or the options; `nil` means tell it from the data.
    var accelerationUnit: AccelerationUnit?
    var angularVelocityUnit: AngularVelocityUnit
    /// Columns of a canonical file that are not read (reported as a warning).
    var ignoredColumns: [String]

    /// The name of the column that feeds `channel`.
    func columnName(ofChannel channel: Int) -> String {
        guard let field = slots.firstIndex(of: Int8(channel)) else { return "?" }
        return columnNames[field]
    }

    /// The number of value channels (3, or 6 with a gyroscope).
    var channelCount: Int { hasGyroscope ? 6 : 3 }
}
