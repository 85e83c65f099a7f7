@testable import GaitSimulator
@testable import RetroGait
import Testing

/// `LoadingRise.find` takes the steepest slope in four running maxima over an unchecked buffer; it must
/// list the rises the sample-by-sample search listed, for both onset rules.
@Suite("Loading rises: the lane search lists the sample-by-sample search's rises")
struct LoadingRiseSearchTests {
    /// The search as it was.
    static func reference(
        in signal: [Float], range: Range<Int>, onset rule: LoadingRise.Onset, minimumStrength: Float, into rises: inout [LoadingRise]
    ) {
        rises.removeAll(keepingCapacity: true)
        let start = range.lowerBound
        let end = min(range.upperBound, signal.count - 1)
        guard end - start >= 3 else { return }
        var steepest: Float = 0
        for index in start..<end { steepest = max(steepest, signal[index + 1] - signal[index]) }
        guard steepest > 0 else { return }
        func slope(_ index: Int) -> Float { signal[index + 1] - signal[index] }
        for index in (start + 1)..<(end - 1) {
            let rise = slope(index)
            guard rise >= minimumStrength * steepest, rise >= slope(index - 1), rise >= slope(index + 1) else { continue }
            var base = index
            while base > start, signal[base - 1] <= signal[base] { base -= 1 }
            var top = index + 1
            while top + 1 < signal.count, signal[top + 1] >= signal[top] { top += 1 }
            let onset: Double
            switch rule {
            case .tangent(let floor):
                let level = max(signal[base], floor)
                let middle = 0.5 * Double(signal[index] + signal[index + 1])
                onset = max(Double(base), Double(index) + 0.5 - (middle - Double(level)) / Double(rise))
            case .slopeFraction(let fraction, let kneeJump):
                let threshold = fraction * rise
                var first = index
                while first > start, slope(first - 1) >= threshold { first -= 1 }
                var knee: Int?
                if let kneeJump, first < index {
                    var largest = kneeJump * rise
                    for sample in (first + 1)...index where slope(sample) - slope(sample - 1) > largest {
                        largest = slope(sample) - slope(sample - 1)
                        knee = sample
                    }
                }
                if let knee {
                    onset = Double(knee)
                } else if first > start {
                    // Slopes sit between samples; interpolate where the slope crosses the threshold.
                    let (below, above) = (slope(first - 1), slope(first))
                    let crossing = above > below ? Double((threshold - below) / (above - below)) : 0
                    onset = Double(first) - 0.5 + crossing
                } else {
                    onset = Double(first) + 0.5
                }
            }
            rises.append(LoadingRise(onset: onset, strength: rise / steepest, peakHeight: signal[top]))
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
