#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses ASCII decimal numbers straight from bytes, correctly rounded.
///
/// Plain numbers of up to 15 significant digits with a small exponent take Clinger's fast path
/// (one exact integer conversion and one correctly rounded multiply or divide by an exact power of
/// ten); everything else falls back to the C library's `strtod`, so every result equals
/// `strtod`'s. ``parseFloat(_:decimalSeparator:)`` gives the correctly rounded `Float` (equal to
/// `strtof`'s): the `Double` result is narrowed unless it lies exactly on a midpoint between two
/// `Float`s, where narrowing could round twice and `strtof` decides instead.
/// Infinities and NaNs are rejected: a recording field must be a finite number.
enum DecimalParser {
    /// Powers of ten that are exact in a Double.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The finite number spelled by `bytes` with a `.` decimal point, or nil if they are not exactly one decimal number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        parse(bytes, decimalSeparator: UInt8(ascii: "."))
    }

    /// The finite number spelled by `bytes`, whose decimal separator is `decimalSeparator` (`.` or `,`).
    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, decimalSeparator: UInt8) -> Double? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        return parse(base, count: bytes.count, decimalSeparator: decimalSeparator)
    }

    /// The correctly rounded `Float` spelled by `bytes`, or nil (also when it overflows `Float`).
    @inline(__always)
    static func parseFloat(_ bytes: UnsafeBufferPointer<UInt8>, decimalSeparator: UInt8 = UInt8(ascii: ".")) -> Float? {
        guard let value = parse(bytes, decimalSeparator: decimalSeparator) else { return nil }
        let narrowed = Float(value)
        // A Double exactly halfway between two Floats has its low 29 mantissa bits equal to 1 << 28.
        // Subnormal Floats have coarser spacing, so there, and on overflow, ask strtof.
        if value.bitPattern & 0x1FFF_FFFF == 0x1000_0000 || !narrowed.isNormal {
            if value == 0 { return narrowed }
            return parseFloatWithCLibrary(bytes, decimalSeparator: decimalSeparator)
        }
        return narrowed
    }

    @inline(__always)
    private static func parse(_ base: UnsafePointer<UInt8>, count end: Int, decimalSeparator: UInt8) -> Double? {
        var index = 0
        var negative = false
        if base[0] == UInt8(ascii: "-") || base[0] == UInt8(ascii: "+") {
            negative = base[0] == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var digitsSeen = 0
        var decimalExponent = 0
        var sawPoint = false
        while index < end {
            let digit = base[index] &- 0x30
            if digit < 10 {
                digitsSeen += 1
                if mantissa == 0 && digit == 0 {
                    if sawPoint { decimalExponent -= 1 }
                } else if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    significantDigits += 1
                    if sawPoint { decimalExponent -= 1 }
                } else {
                    significantDigits += 1
                    if !sawPoint { decimalExponent += 1 }
                }
            } else if base[index] == decimalSeparator && !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard digitsSeen > 0 else { return nil }
        if index < end {
            guard base[index] == UInt8(ascii: "e") || base[index] == UInt8(ascii: "E") else { return nil }
            index += 1
            var exponentNegative = false
            if index < end && (base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+")) {
                exponentNegative = base[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponent = 0
            var exponentDigits = 0
            while index < end, base[index] >= 0x30, base[index] <= 0x39 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(base[index] - 0x30) }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0, index == end else { return nil }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        if significantDigits <= 15 && decimalExponent >= -22 && decimalExponent <= 22 {
            var value = Double(mantissa)
            if decimalExponent < 0 {
                value /= exactPowersOfTen[-decimalExponent]
            } else {
                value *= exactPowersOfTen[decimalExponent]
            }
            return negative ? -value : value
        }
        return parseWithCLibrary(UnsafeBufferPointer(start: base, count: end), decimalSeparator: decimalSeparator)
    }

    /// The slow, always-correct path: `strtod` on a NUL-terminated copy.
    private static func parseWithCLibrary(_ bytes: UnsafeBufferPointer<UInt8>, decimalSeparator: UInt8) -> Double? {
        withCString(bytes, decimalSeparator: decimalSeparator) { text, count in
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtod(text, &endPointer)
            guard let endPointer, endPointer - text == count, value.isFinite else { return nil }
            return value
        }
    }

    /// `strtof` on a NUL-terminated copy.
    private static func parseFloatWithCLibrary(_ bytes: UnsafeBufferPointer<UInt8>, decimalSeparator: UInt8) -> Float? {
        withCString(bytes, decimalSeparator: decimalSeparator) { text, count in
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtof(text, &endPointer)
            guard let endPointer, endPointer - text == count, value.isFinite else { return nil }
            return value
        }
    }

    /// Calls `body` with a NUL-terminated copy of `bytes` whose decimal separator is `.`. Rejects
    /// characters `strtod` would read differently from this parser (hex, `inf`, `nan`, spaces).
    private static func withCString<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, decimalSeparator: UInt8,
        _ body: (UnsafeMutablePointer<CChar>, Int) -> T?
    ) -> T? {
        guard bytes.count < 512 else { return nil }
        for byte in bytes {
            let allowed = (byte >= 0x30 && byte <= 0x39) || byte == decimalSeparator || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            guard allowed else { return nil }
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            for i in 0..<bytes.count {
                let byte = bytes[i] == decimalSeparator ? UInt8(ascii: ".") : bytes[i]
                buffer[i] = CChar(bitPattern: byte)
            }
            buffer[bytes.count] = 0
            return body(buffer.baseAddress!, bytes.count)
        }
    }
}
