/// Local-maximum picking with SciPy `find_peaks` semantics.
public enum PeakDetection {
    /// Indices (ascending) of the local maxima of `signal` that pass every criterion.
    ///
    /// A local maximum is a sample (or flat plateau) strictly higher than its neighbours on both sides;
    /// the first and last samples are never peaks. For a plateau the middle sample is reported (the
    /// left-middle one for an even width). Criteria are applied in SciPy's order:
    /// 1. height: `signal[peak] ≥ minimumHeight`;
    /// 2. distance: peaks closer than `minimumDistance` samples are thinned, keeping the higher one
    ///    (on a tie, the later one, as SciPy);
    /// 3. prominence ≥ `minimumProminence` (see ``prominences(of:in:)``).
    ///
    /// NaN samples give unspecified (but memory-safe) results.
    /// - Complexity: O(n + p log p) for `p` candidate peaks.
    public static func findPeaks(
        in signal: [Float], minimumDistance: Int = 1, minimumProminence: Float = 0,
        minimumHeight: Float = -.infinity
    ) -> [Int] {
        let maxima = localMaxima(signal)
        var peaks = maxima.filter { signal[$0] >= minimumHeight }
        if minimumDistance > 1 {
            peaks = thinned(peaks, in: signal, minimumDistance: minimumDistance)
        }
        if minimumProminence > 0 {
            let prominence = prominences(of: peaks, among: maxima, in: signal) ?? walkedProminences(of: peaks, in: signal)
            peaks = zip(peaks, prominence).filter { $0.1 >= minimumProminence }.map(\.0)
        }
        return peaks
    }

    /// ``findPeaks(in:minimumDistance:minimumProminence:minimumHeight:)`` and the prominence of each
    /// peak found (as ``prominences(of:in:)`` gives them), computed together: one prominence pass
    /// over the signal instead of two.
    /// - Complexity: O(n + p log p) for `p` candidate peaks.
    public static func findPeaksWithProminences(
        in signal: [Float], minimumDistance: Int = 1, minimumProminence: Float = 0,
        minimumHeight: Float = -.infinity
    ) -> (peaks: [Int], prominences: [Float]) {
        let maxima = localMaxima(signal)
        var peaks = maxima.filter { signal[$0] >= minimumHeight }
        if minimumDistance > 1 {
            peaks = thinned(peaks, in: signal, minimumDistance: minimumDistance)
        }
        let prominence = prominences(of: peaks, among: maxima, in: signal) ?? walkedProminences(of: peaks, in: signal)
        let kept = peaks.indices.filter { prominence[$0] >= minimumProminence || minimumProminence <= 0 }
        return (kept.map { peaks[$0] }, kept.map { prominence[$0] })
    }

    /// The prominence of each index in `peaks`, as SciPy's `peak_prominences` with no window.
    ///
    /// From the peak, walk left until a strictly higher sample (or the start) and take the minimum on
    /// the way; same to the right. The higher of the two minima is the peak's base, and the prominence
    /// is the peak's height above that base. Indices outside the signal give 0.
    /// - Complexity: O(n + p), using monotonic stacks rather than a walk per peak.
    public static func prominences(of peaks: [Int], in signal: [Float]) -> [Float] {
        guard !peaks.isEmpty else { return [] }
        return prominences(of: peaks, among: localMaxima(signal), in: signal) ?? walkedProminences(of: peaks, in: signal)
    }

    /// ``prominences(of:in:)`` by the walk over every sample: for peaks that are not all local maxima
    /// (``prominences(of:among:in:)`` covers the rest).
    private static func walkedProminences(of peaks: [Int], in signal: [Float]) -> [Float] {
        let leftMinima = minimaToPreviousHigher(signal, reversed: false)
        let rightMinima = minimaToPreviousHigher(signal, reversed: true)
        return peaks.map { peak in
            guard signal.indices.contains(peak) else { return 0 }
            return signal[peak] - max(leftMinima[peak], rightMinima[peak])
        }
    }

    /// Candidate maxima including plateau midpoints (SciPy's `_local_maxima_1d`). O(n), one allocation:
    /// local maxima are at least two samples apart, so there are at most (n − 1) / 2 of them.
    ///
    /// A sample higher than the one before it starts a peak when the plateau it starts (possibly one
    /// sample wide) is followed by a lower sample; the peak is the plateau's middle. No sample inside
    /// such a plateau or at its drop is higher than the one before it, so every sample can be tested on
    /// its own: sixteen at a time for the two comparisons that rule most of them out, and one by one only
    /// where a block holds a rise not followed by a higher sample.
    static func localMaxima(_ x: [Float]) -> [Int] {
        var result: [Int] = []
        guard x.count >= 3 else { return result }
        result.reserveCapacity((x.count - 1) / 2)
        let lastInterior = x.count - 1
        x.withUnsafeBufferPointer { x in
            /// Appends the peak that a rise at `index` starts, if its plateau ends in a drop.
            @inline(__always) func peak(startingAt index: Int) {
                guard x[index - 1] < x[index] else { return }
                var ahead = index + 1
                while ahead < lastInterior && x[ahead] == x[index] { ahead += 1 }
                if x[ahead] < x[index] { result.append((index + ahead - 1) / 2) }
            }
            let lanes = 16
            var index = 1
            // Block `index ..< index + 16` reads samples index − 1 ... index + 16 ≤ lastInterior.
            if lastInterior >= lanes + 1 {
                let raw = UnsafeRawPointer(x.baseAddress!)
                while index + lanes <= lastInterior {
                    let before = raw.loadUnaligned(fromByteOffset: (index - 1) * 4, as: SIMD16<Float>.self)
                    let here = raw.loadUnaligned(fromByteOffset: index * 4, as: SIMD16<Float>.self)
                    let after = raw.loadUnaligned(fromByteOffset: (index + 1) * 4, as: SIMD16<Float>.self)
                    // A superset of the peaks' starts: a rise whose next sample is not higher (NaN passes).
                    let candidates = (before .< here) .& .!(after .> here)
                    if any(candidates) {
                        for lane in 0..<lanes where candidates[lane] { peak(startingAt: index + lane) }
                    }
                    index += lanes
                }
            }
            while index < lastInterior {
                peak(startingAt: index)
                index += 1
            }
        }
        return result
    }

    /// Drops peaks within `minimumDistance` of a higher (or equally high, later) kept peak.
    private static func thinned(_ peaks: [Int], in signal: [Float], minimumDistance: Int) -> [Int] {
        guard peaks.count < 1 << 32 else {
            let order = peaks.indices.sorted { (signal[peaks[$0]], $0) < (signal[peaks[$1]], $1) }
            return thin(peaks, visiting: order.reversed(), minimumDistance: minimumDistance)
        }
        // Stable ascending order by height, visited from the highest: ties resolve to the later peak.
        // Keys sort like (height, position): the height's order-preserving bits above the position
        // (−0 made +0 first, as the two compare equal).
        let keys = peaks.indices.map { position -> UInt64 in
            let bits = (signal[peaks[position]] + 0).bitPattern
            let ordered = bits & 0x8000_0000 == 0 ? bits | 0x8000_0000 : ~bits
            return UInt64(ordered) << 32 | UInt64(position)
        }
        let order = keys.count < 64 ? keys.sorted() : radixSorted(keys)
        return thin(peaks, visiting: order.reversed().lazy.map { Int($0 & 0xFFFF_FFFF) }, minimumDistance: minimumDistance)
    }

    /// `keys` in ascending order when their lower 32 bits already ascend (as ``thinned(_:in:minimumDistance:)``'s
    /// positions do): a stable sort by the upper 32 bits, four passes of one byte each (least significant
    /// first), instead of comparisons.
    private static func radixSorted(_ keys: [UInt64]) -> [UInt64] {
        var source = keys
        var target = [UInt64](repeating: 0, count: keys.count)
        for shift in stride(from: 32, to: 64, by: 8) {
            var starts = [Int](repeating: 0, count: 257)
            for key in source { starts[Int(truncatingIfNeeded: key >> UInt64(shift)) & 0xFF + 1] += 1 }
            // A pass whose byte is the same in every key leaves the order as it is.
            if starts.contains(keys.count) { continue }
            for digit in 1...256 { starts[digit] += starts[digit - 1] }
            for key in source {
                let digit = Int(truncatingIfNeeded: key >> UInt64(shift)) & 0xFF
                target[starts[digit]] = key
                starts[digit] += 1
            }
            swap(&source, &target)
        }
        return source
    }

    /// Visits peaks (positions in `peaks`) from the highest and drops the lower ones too close to each.
    static func thin(_ peaks: [Int], visiting order: some Sequence<Int>, minimumDistance: Int) -> [Int] {
        var keep = [Bool](repeating: true, count: peaks.count)
        for position in order where keep[position] {
            var other = position - 1
            while other >= 0 && peaks[position] - peaks[other] < minimumDistance {
                keep[other] = false
                other -= 1
            }
            other = position + 1
            while other < peaks.count && peaks[other] - peaks[position] < minimumDistance {
                keep[other] = false
                other += 1
            }
        }
        return peaks.indices.filter { keep[$0] }.map { peaks[$0] }
    }

    /// For every index `i`, the minimum of `x` over the samples from `i` back to (excluding) the nearest
    /// earlier sample strictly higher than `x[i]`, or back to the start. With `reversed`, "earlier"
    /// means later in the signal. One pass with a stack of (index, minimum of its segment). O(n).
    private static func minimaToPreviousHigher(_ x: [Float], reversed: Bool) -> [Float] {
        let count = x.count
        // The stack never holds more than `count` entries: one buffer, no growth checks per sample. It
        // keeps each entry's value beside its minimum, so the comparison needs no second, dependent load.
        var stack = HigherValueStack(capacity: count)
        defer { stack.deallocate() }
        return [Float](unsafeUninitializedCapacity: count) { result, initialized in
            x.withUnsafeBufferPointer { x in
                for step in 0..<count {
                    let i = reversed ? count - 1 - step : step
                    result[i] = stack.push(x[i], minimum: x[i])
                }
            }
            initialized = count
        }
    }
}

/// A stack of values, each with the minimum of the stretch it closes (since the nearest earlier value
/// strictly higher than it): the walk behind prominences, as a monotonic stack instead of a walk per
/// peak. It keeps each entry's value beside its minimum, so the comparison needs no second, dependent
/// load; its buffer is allocated once and never grows.
struct HigherValueStack {
    private let entries: UnsafeMutableBufferPointer<(value: Float, minimum: Float)>
    private var depth = 0

    /// A stack for up to `capacity` values.
    init(capacity: Int) {
        entries = .allocate(capacity: max(capacity, 1))
    }

    /// Frees the buffer.
    func deallocate() { entries.deallocate() }

    /// Empties the stack, keeping its buffer.
    mutating func removeAll() { depth = 0 }

    /// Pushes `value`, whose own stretch has the minimum `minimum`, after popping every entry no higher
    /// than it; returns the minimum from the nearest earlier entry strictly higher than `value` (or
    /// from the start) up to `value`'s stretch.
    @inline(__always)
    mutating func push(_ value: Float, minimum stretchMinimum: Float) -> Float {
        var minimum = stretchMinimum
        while depth > 0, entries[depth - 1].value <= value {
            depth -= 1
            minimum = min(minimum, entries[depth].minimum)
        }
        entries[depth] = (value, minimum)
        depth += 1
        return minimum
    }
}
