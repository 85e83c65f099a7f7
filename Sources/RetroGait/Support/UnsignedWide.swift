/// A 128-bit unsigned integer as two 64-bit halves, with only the operations the exact decimal
/// formatter needs (products of two 64-bit values, shifts, masks, comparison).
///
/// The standard library's `UInt128` needs macOS 15, newer than this package's platform floor.
struct UnsignedWide: Comparable {
    var high: UInt64
    var low: UInt64

    init(high: UInt64 = 0, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The exact product `a · b`.
    init(product a: UInt64, _ b: UInt64) {
        let (high, low) = a.multipliedFullWidth(by: b)
        self.init(high: high, low: low.magnitude)
    }

    /// `2^exponent`, for `exponent` in `0..<128`.
    static func powerOfTwo(_ exponent: Int) -> UnsignedWide {
        exponent < 64 ? UnsignedWide(low: 1 << UInt64(exponent)) : UnsignedWide(high: 1 << UInt64(exponent - 64), low: 0)
    }

    /// `self >> count` for `count` in `0..<128`.
    func shiftedRight(by count: Int) -> UnsignedWide {
        if count == 0 { return self }
        if count >= 64 { return UnsignedWide(low: high >> UInt64(count - 64)) }
        return UnsignedWide(high: high >> UInt64(count), low: (low >> UInt64(count)) | (high << UInt64(64 - count)))
    }

    /// `self << count` for `count` in `0..<128` (bits shifted past bit 127 are lost).
    func shiftedLeft(by count: Int) -> UnsignedWide {
        if count == 0 { return self }
        if count >= 64 { return UnsignedWide(high: low << UInt64(count - 64), low: 0) }
        return UnsignedWide(high: (high << UInt64(count)) | (low >> UInt64(64 - count)), low: low << UInt64(count))
    }

    /// The lowest `count` bits of `self`, for `count` in `0..<128`.
    func lowBits(_ count: Int) -> UnsignedWide {
        if count == 0 { return UnsignedWide(low: 0) }
        if count >= 64 {
            let highMask: UInt64 = count == 64 ? 0 : (1 << UInt64(count - 64)) - 1
            return UnsignedWide(high: high & highMask, low: low)
        }
        return UnsignedWide(low: low & ((1 << UInt64(count)) - 1))
    }

    /// `self − other`, for `other ≤ self`.
    func subtracting(_ other: UnsignedWide) -> UnsignedWide {
        let (low, borrow) = low.subtractingReportingOverflow(other.low)
        return UnsignedWide(high: high &- other.high &- (borrow ? 1 : 0), low: low)
    }

    var isZero: Bool { high == 0 && low == 0 }

    static func < (lhs: UnsignedWide, rhs: UnsignedWide) -> Bool {
        lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
    }
}
