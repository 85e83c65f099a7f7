import Foundation

/// Parses the data lines of a delimited text file into ``RawRows``, block by block.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`. Blank lines are skipped. A missing value (an empty
/// field, `NaN`, `NA`) becomes NaN, to be repaired or refused later; anything else that is not a
/// finite number is refused with its line. Rows must move forward in time: a row with the same time as
/// the one before is dropped when every value is the same too (counted), and refused otherwise; a row
/// that goes back in time is refused. A last line cut off in the middle is dropped with a warning.
struct TextRowParser {
    let layout: TextLayout
    let file: String
    private(set) var time: TimeFieldParser
    /// Physical lines consumed so far.
    private(set) var lineNumber = 0
    private(set) var duplicateRowsDropped = 0
    private(set) var droppedTruncatedLine: Int?
    private(set) var rowsRead = 0
    private var previousTime = -Double.infinity
    private var previousValues = SIMD8<Float>(repeating: 0)
    private let slots: [Int8]
    private let timeField: Int

    init(layout: TextLayout, file: String) {
        self.layout = layout
        self.file = file
        time = TimeFieldParser(source: layout.time, decimalSeparator: layout.decimalSeparator)
        slots = layout.slots
        if case .column(let index, _) = layout.time { timeField = index } else { timeField = -1 }
    }

    /// Parses complete lines of `bytes` into `rows` until `rows` is full or the bytes run out.
    /// When `isFinal`, the bytes end the file and an unterminated last line is parsed too.
    /// - Returns: the number of bytes consumed (whole lines only).
    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, into rows: RawRows) throws(FileReadError) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let end = bytes.count
        var position = 0
        var nextCarriage = -1
        while position < end && !rows.isFull {
            // The line ends at the next \n; a \r right before it belongs to it, a lone \r ends the line itself.
            let newline = memchr(base + position, 0x0A, end - position).map {
                base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
            }
            let searchEnd = newline ?? end
            // The next \r is looked up once and remembered, so files without one pay a single search per block.
            if nextCarriage < position {
                nextCarriage = memchr(base + position, 0x0D, end - position).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                } ?? end
            }
            let carriage: Int? = nextCarriage < searchEnd ? nextCarriage : nil
            let lineEnd: Int
            let next: Int
            var terminated = true
            if let carriage {
                if carriage + 1 == end && newline == nil && !isFinal { break }
                lineEnd = carriage
                next = carriage + 1 == newline ? carriage + 2 : carriage + 1
            } else if let newline {
                lineEnd = newline
                next = newline + 1
            } else if isFinal {
                lineEnd = end
                next = end
                terminated = false
            } else {
                break
            }
            lineNumber += 1
            let line = UnsafeBufferPointer(start: base + position, count: lineEnd - position)
            position = min(next, end)
            if lineNumber <= layout.linesBeforeData || Self.isBlank(line) { continue }
            try parseRow(line, isUnterminatedLast: !terminated, into: rows)
        }
        return position
    }

    @inline(__always)
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line where byte != 0x20 && byte != 0x09 { return false }
        return true
    }

    @inline(__always)
    private mutating func parseRow(_ line: UnsafeBufferPointer<UInt8>, isUnterminatedLast: Bool, into rows: RawRows) throws(FileReadError) {
        let base = line.baseAddress!
        let count = line.count
        let delimiter = layout.delimiter
        let separator = layout.decimalSeparator
        var values = SIMD8<Float>(repeating: 0)
        var rowTime = 0.0
        var failure: FileReadError.Reason?
        var field = 0
        var start = 0
        do {
            while true {
                var stop = start
                while stop < count && base[stop] != delimiter { stop += 1 }
                if field < slots.count {
                    let slot = slots[field]
                    if slot >= 0 {
                        let text = UnsafeBufferPointer(start: base + start, count: stop - start)
                        if slot == TextLayout.timeSlot {
                            if let value = time.parse(text) { rowTime = value } else if failure == nil {
                                failure = .notANumber(column: layout.columnNames[field], field: String(decoding: text.trimmingSpacesAndQuotes, as: UTF8.self))
                            }
                        } else if let value = DecimalParser.parseFloat(text, decimalSeparator: separator) {
                            values[Int(slot)] = value
                        } else if let value = Self.slowValue(text, decimalSeparator: separator) {
                            values[Int(slot)] = value
                        } else if failure == nil {
                            failure = .notANumber(column: layout.columnNames[field], field: String(decoding: text.trimmingSpacesAndQuotes, as: UTF8.self))
                        }
                    }
                }
                field += 1
                if stop >= count { break }
                start = stop + 1
            }
        }
        if failure == nil && field != layout.fieldCount {
            failure = .wrongFieldCount(expected: layout.fieldCount, found: field)
        }
        if let failure {
            if isUnterminatedLast {
                droppedTruncatedLine = lineNumber
                return
            }
            throw FileReadError(file: file, line: lineNumber, reason: failure)
        }
        if timeField < 0 { rowTime = time.nextRowTime() }
        if rowTime <= previousTime {
            if rowTime == previousTime {
                guard Self.sameBits(values, previousValues) else {
                    throw FileReadError(file: file, line: lineNumber, reason: .conflictingDuplicateTime(time: time.absolute(rowTime)))
                }
                duplicateRowsDropped += 1
                return
            }
            throw FileReadError(file: file, line: lineNumber, reason: .timeNotIncreasing(
                previous: time.absolute(previousTime), current: time.absolute(rowTime)))
        }
        previousTime = rowTime
        previousValues = values
        rowsRead += 1
        rows.append(time: rowTime, values: values, line: lineNumber)
    }

    private static func sameBits(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> Bool {
        (0..<8).allSatisfy { a[$0].bitPattern == b[$0].bitPattern }
    }

    /// A value with padding or quotes, or a missing value (NaN); nil if it is neither a number nor missing.
    private static func slowValue(_ text: UnsafeBufferPointer<UInt8>, decimalSeparator: UInt8) -> Float? {
        let trimmed = text.trimmingSpacesAndQuotes
        if trimmed.isEmpty { return .nan }
        if let value = DecimalParser.parseFloat(trimmed, decimalSeparator: decimalSeparator) { return value }
        let word = String(decoding: trimmed, as: UTF8.self).lowercased()
        return ["nan", "-nan", "na", "n/a", "null"].contains(word) ? .nan : nil
    }
}
