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
/// `strtod`'s. Infinities and NaNs are rejected: a recording field must be a finite number.
enum DecimalParser {
    /// Powers of ten that are exact in a Double.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The finite number spelled by `bytes`, or nil if they are not exactly one decimal number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let end = bytes.count
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
            let byte = base[index]
            if byte >= 0x30 && byte <= 0x39 {
                digitsSeen += 1
                if mantissa == 0 && byte == 0x30 {
                    if sawPoint { decimalExponent -= 1 }
                } else if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                    significantDigits += 1
                    if sawPoint { decimalExponent -= 1 }
                } else {
                    significantDigits += 1
                    if !sawPoint { decimalExponent += 1 }
                }
            } else if byte == UInt8(ascii: ".") && !sawPoint {
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
        return parseWithCLibrary(bytes)
    }

    /// The slow, always-correct path: `strtod` on a NUL-terminated copy.
    private static func parseWithCLibrary(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard bytes.count < 512 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            for i in 0..<bytes.count { buffer[i] = CChar(bitPattern: bytes[i]) }
            buffer[bytes.count] = 0
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &endPointer)
            guard let endPointer, endPointer - buffer.baseAddress! == bytes.count, value.isFinite else { return nil }
            return value
        }
    }
}
