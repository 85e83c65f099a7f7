/// Reads ISO-8601 date-times such as `2024-05-01T12:00:00.125Z`, `2024-05-01 12:00:00,125+02:00`
/// or `2024-05-01T12:00:00` (no zone: UTC) into seconds since 1970-01-01T00:00:00Z.
///
/// The whole seconds are exact integers and the fraction a separate `Double`, so millisecond and
/// microsecond steps survive even though epoch seconds are large.
enum ISO8601Timestamp {
    /// Whole seconds since the epoch and the fraction of a second in [0, 1).
    struct Value: Equatable {
        var seconds: Int64
        var fraction: Double
    }

    /// Whether `text` starts like a date-time (`YYYY-MM-DD` followed by `T` or a space).
    static func looksLikeOne(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16 else { return false }
        return bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
            && (bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ")) && bytes[13] == UInt8(ascii: ":")
    }

    /// The instant spelled by `bytes`, or nil when they are not exactly one ISO-8601 date-time.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for _ in 0..<digits {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
                index += 1
            }
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2), expect(UInt8(ascii: "-")),
              let day = number(2), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              index < bytes.count, bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ") else { return nil }
        index += 1
        guard let hour = number(2), hour < 24, expect(UInt8(ascii: ":")), let minute = number(2), minute < 60 else { return nil }
        var second = 0
        var fraction = 0.0
        if expect(UInt8(ascii: ":")) {
            guard let whole = number(2), whole < 61 else { return nil }
            second = whole
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                let start = index
                index += 1
                while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
                guard index > start + 1 else { return nil }
                var digits: [UInt8] = [UInt8(ascii: "0"), UInt8(ascii: ".")]
                digits += bytes[(start + 1)..<index]
                guard let value = digits.withUnsafeBufferPointer({ DecimalParser.parse($0) }) else { return nil }
                fraction = value
            }
        }
        var offsetSeconds = 0
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "Z") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
                guard let hours = number(2), hours <= 14 else { return nil }
                _ = expect(UInt8(ascii: ":"))
                guard let minutes = number(2), minutes < 60 else { return nil }
                offsetSeconds = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offsetSeconds)
        return Value(seconds: seconds, fraction: fraction)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
