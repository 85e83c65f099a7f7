/// The highest or the lowest of many `Float`s, in four running extremes rather than one chain of
/// dependent comparisons (the compiler keeps the four in registers and the chains overlap).
///
/// NaNs are skipped, as by a running `max`/`min`, which keep their first argument against a NaN. Of
/// equal values (+0 and −0) the answer may be another than a running extreme sample by sample would
/// give; comparisons (`<=`, `<`) and differences from it cannot tell them apart except in the sign of
/// a zero.
enum LaneExtremum {
    /// The highest of `values` (−∞ when empty).
    static func highest(in values: UnsafeBufferPointer<Float>) -> Float {
        reduce(values, from: -.infinity, by: max)
    }

    /// The lowest of `values` (+∞ when empty).
    static func lowest(in values: UnsafeBufferPointer<Float>) -> Float {
        reduce(values, from: .infinity, by: min)
    }

    @inline(__always)
    private static func reduce(
        _ values: UnsafeBufferPointer<Float>, from start: Float, by pick: (Float, Float) -> Float
    ) -> Float {
        var (a, b, c, d) = (start, start, start, start)
        var index = 0
        while index + 4 <= values.count {
            a = pick(a, values[index])
            b = pick(b, values[index + 1])
            c = pick(c, values[index + 2])
            d = pick(d, values[index + 3])
            index += 4
        }
        while index < values.count {
            a = pick(a, values[index])
            index += 1
        }
        return pick(pick(a, b), pick(c, d))
    }
}
