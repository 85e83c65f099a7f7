@testable import GaitSimulator
@testable import RetroGait
import Testing

/// `LoadingRise.find` takes the steepest slope in four running maxima over an unchecked buffer; it must
/// list the rises the sample-by-sample steepest slope gives, for both onset rules.
@Suite("Loading rises: the lane search lists the sample-by-sample search's rises")
struct LoadingRiseSearchTests {
    /// The search as it was: the steepest slope taken sample by sample, then the same rise search.
    static func reference(
        in signal: [Float], range: Range<Int>, onset rule: LoadingRise.Onset, minimumStrength: Float, into rises: inout [LoadingRise]
    ) {
        rises.removeAll(keepingCapacity: true)
        let start = range.lowerBound
        let end = min(range.upperBound, signal.count - 1)
        guard end - start >= 3 else { return }
        var steepest: Float = 0
        for index in start..<end { steepest = max(steepest, signal[index + 1] - signal[index]) }
        signal.withUnsafeBufferPointer { signal in
            LoadingRise.append(in: signal, start..<end, steepest: steepest, onset: rule, minimumStrength: minimumStrength, to: &rises)
        }
    }

    /// A rough loading curve on a coarse grid (equal slopes, flat stretches), with an occasional NaN.
    private static func signal(count: Int, seed: UInt64) -> [Float] {
        var generator = SplitMix64(seed: seed)
        var level: Float = 1
        return (0..<count).map { index in
            if index % 61 == 29 { return .nan }
            level += Float(Int(generator.next() % 7) - 3) / 8
            return level
        }
    }

    @Test("Every range of many signals, tangent and slope-fraction onsets")
    func matchesSampleBySample() {
        let rules: [LoadingRise.Onset] = [.tangent(floor: 0), .tangent(floor: 1.5), .slopeFraction(0.5),
                                          .slopeFraction(0.5, kneeJump: 0.1)]
        var found = 0
        var rises: [LoadingRise] = []
        var expected: [LoadingRise] = []
        for count in [3, 4, 5, 8, 9, 40, 200] {
            let values = Self.signal(count: count, seed: UInt64(count))
            for lower in stride(from: 0, to: count, by: 3) {
                for upper in stride(from: lower, through: count + 2, by: 5) {
                    for rule in rules {
                        for strength: Float in [0.2, 0.4, 0.8] {
                            LoadingRise.find(in: values, range: lower..<upper, onset: rule, minimumStrength: strength, into: &rises)
                            Self.reference(in: values, range: lower..<upper, onset: rule, minimumStrength: strength, into: &expected)
                            found += expected.count
                            #expect(rises.map(\.onset.bitPattern) == expected.map(\.onset.bitPattern)
                                    && rises.map(\.strength.bitPattern) == expected.map(\.strength.bitPattern)
                                    && rises.map(\.peakHeight.bitPattern) == expected.map(\.peakHeight.bitPattern),
                                    "count \(count), range \(lower)..<\(upper), strength \(strength)")
                        }
                    }
                }
            }
        }
        #expect(found > 1_000)
    }
}
