import Foundation

/// Which decimal value ``FixedPointDecimal`` rounds to `N` decimals. Both round ties to even; they
/// differ only where the Double's shortest decimal form is a tie but its exact binary value is not
/// (0.15 is 0.1499999999999999944…: "0.1" by the first rule, "0.2" by the second).
package enum DecimalRounding: Sendable {
    /// The exact binary value, as C `printf("%.Nf")` (glibc) and `String(format:)` without a locale print it.
    case exactBinaryValue
    /// The shortest decimal that reads back as the same Double, as Foundation's `String(format:locale:)`
    /// prints it (its numbers go through ICU, which rounds that decimal).
    case shortestDecimal
}

/// Fixed-point decimal text (`%.Nf`) of a Double, byte for byte what `String(format:)` gives, without
/// going through `printf` or ICU for ordinary values.
///
/// Exact by construction: a finite Double is `m · 2^−s` with integer `m < 2^53`, so `x · 10^N` is the
/// integer `m · 10^N` (at most 117 bits, computed exactly in 128) shifted right by `s`; the bits shifted
/// out say exactly whether the fraction is below, at or above one half. For
/// ``DecimalRounding/shortestDecimal`` the one extra question is whether a tie point `k + ½` (in units
/// of `10^−N`) reads back as `x`, i.e. lies in `x`'s rounding interval; if it does, it is the shortest
/// decimal of `x` (the interval is narrower than `10^−(N+1)` in the range served, so it holds no other
/// decimal with `N + 1` places or fewer) and is rounded to even; otherwise `x` and its shortest
/// decimal round alike.
///
/// Values outside the fast range (NaN, infinities, `|x| ≥ 2^52`, more than 17 decimals, a rounded
/// value beyond 64 bits, and for ``DecimalRounding/shortestDecimal`` `|x| · 10^N ≥ 10^13`) are passed
/// to `String(format:)` itself, so the result is the same everywhere.
package enum FixedPointDecimal {
    /// `String(format: "%.\(decimals)f", value)` (``DecimalRounding/exactBinaryValue``) or
    /// `String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)`
    /// (``DecimalRounding/shortestDecimal``).
    ///
    /// - Complexity: O(number of digits). Results up to 15 bytes are stored inline in the `String`
    ///   (no heap allocation).
    package static func string(_ value: Double, decimals: Int, rounding: DecimalRounding) -> String {
        guard let scaled = roundedScaledValue(value, decimals: decimals, rounding: rounding) else {
            switch rounding {
            case .exactBinaryValue: return String(format: "%.\(decimals)f", value)
            case .shortestDecimal: return String(format: "%.\(decimals)f", locale: posix, value)
            }
        }
        return text(scaled, decimals: decimals, negative: value.sign == .minus)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `|value| · 10^decimals` rounded to an integer by `rounding`, or `nil` outside the fast range.
    static func roundedScaledValue(_ value: Double, decimals: Int, rounding: DecimalRounding) -> UInt64? {
        guard value.isFinite, decimals >= 0, decimals <= 17 else { return nil }
        let scale = powerOfTen(decimals)
        var significand = value.significandBitPattern
        let exponent: Int
        if value.exponentBitPattern == 0 {
            exponent = -1074
        } else {
            significand |= 1 << 52
            exponent = Int(value.exponentBitPattern) - 1075
        }
        if significand == 0 { return 0 }
        guard exponent < 0 else { return nil }
        let shift = -exponent
        switch rounding {
        case .exactBinaryValue:
            return nearestEven(significand, shift: shift, scale: scale)
        case .shortestDecimal:
            guard value.magnitude * Double(scale) < 1e13 else { return nil }
            if let below = tieReadingBack(significand, shift: shift, scale: scale, halfGapBelow: halfGapBelow(value)) {
                return below.isMultiple(of: 2) ? below : below + 1
            }
            guard !nearTie(significand, shift: shift, scale: scale) else { return nil }
            return nearestEven(significand, shift: shift, scale: scale)
        }
    }

    /// `m · scale / 2^shift` rounded to the nearest integer, ties to even; `nil` if it needs more than 64 bits.
    private static func nearestEven(_ significand: UInt64, shift: Int, scale: UInt64) -> UInt64? {
        // m · scale < 2^117 ≤ half of 2^shift once shift ≥ 118, so such values round to 0.
        guard shift < 118 else { return 0 }
        let product = UnsignedWide(product: significand, scale)
        let quotient = product.shiftedRight(by: shift)
        guard quotient.high == 0, quotient.low < .max else { return nil }
        let remainder = product.lowBits(shift)
        let half = UnsignedWide.powerOfTwo(shift - 1)
        if half < remainder || (remainder == half && quotient.low & 1 == 1) { return quotient.low + 1 }
        return quotient.low
    }

    /// Whether `m · scale / 2^shift` lies within 1/128 of a tie `k + ½`, above or below it, where ICU
    /// may round the other way: it does not always round the shortest decimal itself but a copy cut to
    /// 15 or 16 significant digits. A 17-digit shortest such as 0.00047501109443645004 reaches it as the
    /// tie 0.0004750110944364|5 (`%.16f`: …4364, not …4365), and the 16-digit 1.318247965637495e-05 as
    /// 1.31824796563750e-05, a tie at 17 decimals that goes to even (`%.17f`: …5638, not …5637). In the
    /// fast range at most 13 significant digits are kept, so 15 digits reach at least two places below
    /// the last one kept and move the value by at most 0.005 of it: values this close to a tie go to
    /// `String(format:locale:)` itself.
    private static func nearTie(_ significand: UInt64, shift: Int, scale: UInt64) -> Bool {
        // With fewer than 7 fraction bits no value lies strictly within 1/128 of a tie.
        guard shift >= 7, shift < 118 else { return false }
        let fraction = UnsignedWide(product: significand, scale).lowBits(shift)
        let sevenBits = fraction.shiftedRight(by: shift - 7)
        return sevenBits == UnsignedWide(high: 0, low: 63) || sevenBits == UnsignedWide(high: 0, low: 64)
    }

    /// If a tie point `k + ½` (in units of `10^−N`) reads back as `m · 2^−shift`, its `k`; else `nil`.
    ///
    /// In units of `2^−(shift+2)` the value is `4m` and reads back from `[4m − g, 4m + 2]`, where
    /// `g` is 1 just above a power of two (the gap below is half as wide there) and 2 otherwise; the
    /// ends belong to the interval when `m` is even (round-half-even reading). The tie point
    /// `(2k + 1) / (2 · 10^N)` is `(2k + 1) · 2^(shift+1) / 10^N` such units, so the question is
    /// whether an odd multiple of `2^(shift+1)` lies in `[(4m − g) · 10^N, (4m + 2) · 10^N]`.
    private static func tieReadingBack(_ significand: UInt64, shift: Int, scale: UInt64, halfGapBelow: UInt64) -> UInt64? {
        let step = shift + 1
        // (4m + 2) · 10^N < 2^55 · 2^57 = 2^112, below any multiple of 2^step when step ≥ 112.
        guard step < 112 else { return nil }
        let lower = UnsignedWide(product: 4 * significand - halfGapBelow, scale)
        let upper = UnsignedWide(product: 4 * significand + 2, scale)
        var multiple = lower.shiftedRight(by: step)
        if !lower.lowBits(step).isZero { multiple.low += 1 }
        guard multiple.high == 0, multiple.low & 1 == 1 else { return nil }
        let point = multiple.shiftedLeft(by: step)
        guard !(upper < point) else { return nil }
        if significand & 1 == 1, point == lower || point == upper { return nil }
        return (multiple.low - 1) / 2
    }

    /// `g` of ``tieReadingBack(_:shift:scale:halfGapBelow:)``: 1 for a normal power of two above the
    /// smallest normal, 2 otherwise.
    private static func halfGapBelow(_ value: Double) -> UInt64 {
        value.significandBitPattern == 0 && value.exponentBitPattern > 1 ? 1 : 2
    }

    private static func powerOfTen(_ exponent: Int) -> UInt64 {
        var power: UInt64 = 1
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    /// ASCII `[-]integer[.fraction]` of `scaled / 10^decimals`, with exactly `decimals` fraction digits.
    private static func text(_ scaled: UInt64, decimals: Int, negative: Bool) -> String {
        let scale = powerOfTen(decimals)
        let integerPart = scaled / scale
        var integerDigits = 1
        var rest = integerPart
        while rest >= 10 {
            rest /= 10
            integerDigits += 1
        }
        let length = (negative ? 1 : 0) + integerDigits + (decimals > 0 ? decimals + 1 : 0)
        return String(unsafeUninitializedCapacity: length) { bytes in
            var index = length
            if decimals > 0 {
                var fraction = scaled % scale
                for _ in 0..<decimals {
                    index -= 1
                    bytes[index] = UInt8(ascii: "0") + UInt8(fraction % 10)
                    fraction /= 10
                }
                index -= 1
                bytes[index] = UInt8(ascii: ".")
            }
            var integer = integerPart
            repeat {
                index -= 1
                bytes[index] = UInt8(ascii: "0") + UInt8(integer % 10)
                integer /= 10
            } while integer > 0
            if negative { bytes[0] = UInt8(ascii: "-") }
            return length
        }
    }
}
