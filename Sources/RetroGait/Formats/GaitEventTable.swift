import Foundation

/// Reads and writes event tables: one row per event, header `time_s,event,foot,strike,direction`.
///
/// This is the format of `retrogait analyze --events-csv`, of the simulator's ground truth and of
/// `retrogait evaluate`'s inputs.
public enum GaitEventTable {
    /// The header row.
    public static let header = "time_s,event,foot,strike,direction"

    /// Renders events as CSV text (header, then one row per event, `\n` line endings).
    public static func csv(_ events: [GaitEvent]) -> String {
        var text = header + "\n"
        text.reserveCapacity(events.count * 32 + text.count)
        for event in events { text += row(event) }
        return text
    }

    /// One event's row, with its line ending.
    public static func row(_ event: GaitEvent) -> String {
        "\(formatSeconds(event.time)),\(event.kind.rawValue),\(event.side.rawValue),"
            + "\(event.strike.rawValue),\(event.direction.rawValue)\n"
    }

    /// Parses CSV text written by ``csv(_:)``. Sample indices are left at 0; confidence is 1.
    /// - Parameters:
    ///   - text: the whole table, header first; `\n`, `\r\n` or `\r` line endings.
    ///   - file: the name used in errors.
    public static func parse(_ text: String, file: String) throws(FileReadError) -> [GaitEvent] {
        var rows = try DelimitedTable(text: text, file: file, expectedHeader: header)
        var events: [GaitEvent] = []
        while let row = try rows.next() {
            events.append(GaitEvent(
                kind: try row.value(GaitEventKind.self, at: 1, column: "event"),
                time: try row.number(at: 0, column: "time_s"),
                side: try row.value(Side.self, at: 2, column: "foot"),
                strike: try row.value(FootStrike.self, at: 3, column: "strike"),
                direction: try row.value(Direction.self, at: 4, column: "direction")
            ))
        }
        return events
    }

    /// Reads an event table from a file.
    public static func read(contentsOf url: URL) throws(FileReadError) -> [GaitEvent] {
        try parse(DelimitedTable.readText(url), file: url.path)
    }
}

/// Reads and writes bout tables: header `start_s,end_s,activity,direction`.
public enum BoutTable {
    /// The header row.
    public static let header = "start_s,end_s,activity,direction"

    /// Renders bouts as CSV text.
    public static func csv(_ bouts: [Bout]) -> String {
        var text = header + "\n"
        for bout in bouts {
            text += "\(formatSeconds(bout.startTime)),\(formatSeconds(bout.endTime)),"
            text += "\(bout.activity.rawValue),\(bout.direction.rawValue)\n"
        }
        return text
    }

    /// Parses CSV text written by ``csv(_:)``, or the bout summary table that `retrogait analyze
    /// --bouts-csv` writes: a header that starts with ``header`` may go on with more columns (the
    /// summary's steps, cadence, contact time and strike shares), which are read past.
    public static func parse(_ text: String, file: String) throws(FileReadError) -> [Bout] {
        var rows = try DelimitedTable(text: text, file: file, expectedHeader: header, acceptsTrailingColumns: true)
        var bouts: [Bout] = []
        while let row = try rows.next() {
            bouts.append(Bout(
                startTime: try row.number(at: 0, column: "start_s"),
                endTime: try row.number(at: 1, column: "end_s"),
                activity: try row.value(Activity.self, at: 2, column: "activity"),
                direction: try row.value(Direction.self, at: 3, column: "direction")
            ))
        }
        return bouts
    }

    /// Reads a bout table from a file.
    public static func read(contentsOf url: URL) throws(FileReadError) -> [Bout] {
        try parse(DelimitedTable.readText(url), file: url.path)
    }
}

/// Seconds with six decimals (microseconds), trailing zeros kept for aligned columns.
func formatSeconds(_ seconds: Double) -> String {
    FixedPointDecimal.string(seconds, decimals: 6, rounding: .exactBinaryValue)
}
