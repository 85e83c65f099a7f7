/// Resampling of irregularly timed samples onto a uniform grid.
public enum LinearResampler {
    /// Linear interpolation of `(times, values)` onto `startTime + k / rate`, `k = 0, 1, …`, for every
    /// grid time ≤ `times.last` (within a relative tolerance of 1e-9 of the grid step, so an endpoint
    /// that falls on the grid is included despite rounding).
    ///
    /// - Parameters:
    ///   - times: seconds, strictly increasing (checked with a precondition), same count as `values`.
    ///   - values: samples at `times`.
    ///   - rate: output rate in Hz, finite and > 0.
    ///   - startTime: first grid time; defaults to `times.first`. Grid times before `times.first` take
    ///     the first value (constant extrapolation).
    /// - Returns: the resampled values; empty if the input is empty or `startTime > times.last`.
    /// - Complexity: O(n + m) for n inputs and m outputs (one merge walk), one allocation.
    public static func resample(
        times: [Double], values: [Float], rate: Double, startTime: Double? = nil
    ) -> [Float] {
        precondition(times.count == values.count, "times and values differ in length")
        precondition(rate.isFinite && rate > 0, "rate must be finite and > 0")
        guard let first = times.first, let last = times.last else { return [] }
        let start = startTime ?? first
        let span = (last - start) * rate
        guard span.isFinite, span > -1e-9 else { return [] }
        let outputCount = Int((span + 1e-9).rounded(.down)) + 1

        var output = [Float](repeating: 0, count: outputCount)
        times.withUnsafeBufferPointer { t in
            values.withUnsafeBufferPointer { v in
                var segment = 0  // interpolate between t[segment] and t[segment + 1]
                for k in 0..<outputCount {
                    let time = start + Double(k) / rate
                    if time <= t[0] || t.count == 1 {
                        output[k] = v[0]
                        continue
                    }
                    while segment + 1 < t.count - 1 && t[segment + 1] < time {
                        precondition(t[segment + 1] > t[segment], "times must be strictly increasing")
                        segment += 1
                    }
                    let t0 = t[segment]
                    let t1 = t[segment + 1]
                    precondition(t1 > t0, "times must be strictly increasing")
                    let fraction = min(1, (time - t0) / (t1 - t0))
                    output[k] = Float(Double(v[segment]) + fraction * (Double(v[segment + 1]) - Double(v[segment])))
                }
            }
        }
        return output
    }
}
