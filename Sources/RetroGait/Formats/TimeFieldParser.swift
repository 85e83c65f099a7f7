/// Turns a row's time field (or its position) into seconds relative to the file's time origin, the
/// integer part of the first row's time. Keeping the integer part exact and apart from the fraction
/// means epoch nanoseconds or epoch seconds with microseconds lose nothing to `Double` rounding.
struct TimeFieldParser {
    private let source: TextLayout.TimeSource
    private let decimalSeparator: UInt8
    /// The integer time of the first row, in the column's units (counter ticks for a packet counter).
    private var origin: Int64?
    private var lastCounter: Int64 = 0
    private var counterWraps: Int64 = 0
    private var rowIndex: Int64 = 0

    init(source: TextLayout.TimeSource, decimalSeparator: UInt8) {
        self.source = source
        self.decimalSeparator = decimalSeparator
    }

    /// Seconds per unit of the integer origin.
    var secondsPerUnit: Double {
        switch source {
        case .rowIndex(let rate): 1 / rate
        case .column(_, .number(let unit)): unit
        case .column(_, .iso8601): 1
        case .column(_, .counter(let rate, _)): 1 / rate
        }
    }

    /// The absolute time in seconds of a relative time.
    func absolute(_ relative: Double) -> Double {
        Double(origin ?? 0) * secondsPerUnit + relative
    }

    /// The time of the next row without a time column.
    mutating func nextRowTime() -> Double {
        defer { rowIndex += 1 }
        if origin == nil { origin = 0 }
        return Double(rowIndex) * secondsPerUnit
    }

    /// The relative time of a time field, or nil if the field is not a time.
    @inline(__always)
    mutating func parse(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        switch source {
        case .column(_, .number(let unit)):
            guard let (whole, fraction) = splitNumber(field) else { return nil }
            let start = origin ?? whole
            origin = start
            let relative = Double(whole &- start) + fraction
            return unit == 1 ? relative : relative * unit
        case .column(_, .iso8601):
            guard let value = ISO8601Timestamp.parse(field.trimmingSpacesAndQuotes) else { return nil }
            let start = origin ?? value.seconds
            origin = start
            return Double(value.seconds &- start) + value.fraction
        case .column(_, .counter(let rate, let modulus)):
            guard let value = DecimalParser.parse(field.trimmingSpacesAndQuotes, decimalSeparator: decimalSeparator),
                  abs(value) < 1e15 else { return nil }
            let counter = Int64(value.rounded())
            if origin == nil {
                origin = counter
            } else if counter < lastCounter - modulus / 2 {
                counterWraps += 1
            }
            lastCounter = counter
            return Double(counter + counterWraps * modulus - origin!) / rate
        case .rowIndex:
            return nextRowTime()
        }
    }

    /// A decimal number as an exact integer part and a fraction of the same sign. Falls back to one
    /// `Double` (integer part 0) for exponents, very long integers and other unusual spellings.
    @inline(__always)
    private func splitNumber(_ field: UnsafeBufferPointer<UInt8>) -> (Int64, Double)? {
        guard let base = field.baseAddress, !field.isEmpty else { return nil }
        var index = 0
        let negative = base[0] == UInt8(ascii: "-")
        if negative || base[0] == UInt8(ascii: "+") { index = 1 }
        var whole: Int64 = 0
        var wholeDigits = 0
        while index < field.count, base[index] &- 0x30 < 10 {
            let (times10, overflow) = whole.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int64(base[index] &- 0x30))
            if overflow || overflow2 { return fallback(field) }
            whole = sum
            wholeDigits += 1
            index += 1
        }
        var fraction = 0.0
        if index < field.count && base[index] == decimalSeparator {
            let start = index + 1
            var mantissa: UInt64 = 0
            var digits = 0
            index = start
            while index < field.count, base[index] &- 0x30 < 10, digits < 15 {
                mantissa = mantissa * 10 + UInt64(base[index] &- 0x30)
                digits += 1
                index += 1
            }
            while index < field.count, base[index] &- 0x30 < 10 { index += 1 }
            fraction = digits == 0 ? 0 : Double(mantissa) / Self.powersOfTen[digits]
            if digits == 0 && wholeDigits == 0 { return fallback(field) }
        } else if wholeDigits == 0 {
            return fallback(field)
        }
        guard index == field.count else { return fallback(field) }
        return negative ? (-whole, -fraction) : (whole, fraction)
    }

    private func fallback(_ field: UnsafeBufferPointer<UInt8>) -> (Int64, Double)? {
        guard let value = DecimalParser.parse(field.trimmingSpacesAndQuotes, decimalSeparator: decimalSeparator) else { return nil }
        return (0, value)
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without surrounding spaces, tabs and double quotes.
    var trimmingSpacesAndQuotes: UnsafeBufferPointer<UInt8> {
        guard let base = baseAddress else { return self }
        var start = 0
        var end = count
        func isPadding(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x22 }
        while start < end && isPadding(base[start]) { start += 1 }
        while end > start && isPadding(base[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }
}
