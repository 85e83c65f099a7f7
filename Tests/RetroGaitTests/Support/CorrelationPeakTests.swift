@testable import GaitSimulator
@testable import RetroGait
import Testing

/// `RhythmEstimator.peak` rules out non-peak lags sixteen at a time; it must pick the lag the
/// lag-by-lag search picked, highest or first, on correlations with ties, plateaus and NaNs.
@Suite("Correlation peaks: the lane search picks the lag-by-lag search's lag")
struct CorrelationPeakTests {
    /// The search as it was: lag by lag.
    private static func reference(_ correlation: [Float], lags: ClosedRange<Int>, atLeast bar: Float, first: Bool) -> Double? {
        var best: Int?
        let lower = max(1, lags.lowerBound)
        let upper = min(correlation.count - 2, lags.upperBound)
        guard lower <= upper else { return nil }
        for lag in lower...upper where correlation[lag] > 0 && correlation[lag] >= bar
            && correlation[lag] >= correlation[lag - 1] && correlation[lag] > correlation[lag + 1] {
            if best == nil || correlation[lag] > correlation[best!] { best = lag }
            if first { break }
        }
        guard let best else { return nil }
        let (left, middle, right) = (Double(correlation[best - 1]), Double(correlation[best]), Double(correlation[best + 1]))
        return Double(best) + ParabolicPeak.offset(left: left, middle: middle, right: right)
    }

    /// Values on a coarse grid (ties and plateaus), a few NaNs.
    private static func correlation(count: Int, seed: UInt64) -> [Float] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { index in
            if index % 53 == 17 { return .nan }
            return Float(Int(generator.next() % 9) - 3) / 4
        }
    }

    @Test("Highest and first peaks over many lag ranges and bars")
    func matchesLagByLag() {
        var found = 0
        for count in [2, 3, 10, 17, 18, 19, 40, 241, 500] {
            let values = Self.correlation(count: count, seed: UInt64(count))
            for lags in [0...count, 1...(count / 2), (count / 3)...(count - 1), 5...200, 20...240] where lags.lowerBound <= lags.upperBound {
                for bar: Float in [0, 0.25, 0.5, 2] {
                    for first in [false, true] {
                        let expected = Self.reference(values, lags: lags, atLeast: bar, first: first)
                        if expected != nil { found += 1 }
                        let got = RhythmEstimator.peak(in: values, lags: lags, atLeast: bar, first: first)
                        #expect(got?.bitPattern == expected?.bitPattern, "count \(count), lags \(lags), bar \(bar), first \(first)")
                    }
                }
            }
        }
        #expect(found > 100)
    }
}
