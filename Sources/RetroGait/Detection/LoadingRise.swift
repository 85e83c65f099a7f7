/// One rise of the vertical acceleration inside a step: a candidate for the loading that follows an
/// initial contact.
struct LoadingRise: Equatable {
    /// Where the tangent at the rise's steepest point meets the level it rises from (fractional sample).
    var onset: Double
    /// Steepest slope of this rise over the steepest slope of its step, 0…1.
    var strength: Float
    /// Height of the first maximum the rise leads to.
    var peakHeight: Float
}

extension LoadingRise {
    /// Where a rise starts.
    enum Onset {
        /// The tangent at the steepest point extended back to the level the rise starts from: the last
        /// local minimum before it, but never below `floor` (free fall, 0 g, for the trunk: a body in
        /// flight is unloaded however the sensor's flight reading wanders below it). For rises out of a
        /// flat floor — running.
        case tangent(floor: Float)
        /// Where the slope, going back from the steepest point, falls below this fraction of it. For
        /// rises out of a rounded valley with no floor to extend a tangent to — walking, where the
        /// tangent would reach back into the previous single support.
        ///
        /// With `kneeJump`, a sample between there and the steepest point where the slope grows by more
        /// than that fraction of the steepest (the largest such growth) is the onset instead: the knee
        /// where the landing's steep rise leaves the trunk's slower climb. At low sample rates the
        /// noise filter removes the short dip that separates them, the climb's slope reaches half the
        /// landing's, and the half-slope point lies a sample or two before the landing.
        case slopeFraction(Float, kneeJump: Float? = nil)
    }

    /// Every rise of `signal` in `range` whose steepest slope reaches `minimumStrength` of the
    /// steepest in the range, in time order, appended to `rises` (which is emptied first).
    static func find(
        in signal: [Float], range: Range<Int>, onset rule: Onset, minimumStrength: Float, into rises: inout [LoadingRise]
    ) {
        rises.removeAll(keepingCapacity: true)
        let start = range.lowerBound
        let end = min(range.upperBound, signal.count - 1)
        guard end - start >= 3 else { return }
        signal.withUnsafeBufferPointer { signal in
            append(in: signal, start..<end, steepest: steepestSlope(signal, start..<end), onset: rule,
                   minimumStrength: minimumStrength, to: &rises)
        }
    }

    /// The rises of ``find(in:range:onset:minimumStrength:into:)`` for slopes from `slopes.lowerBound`
    /// up to `slopes.upperBound` (exclusive, the last sample's index) whose steepest is `steepest`,
    /// appended to `rises`; nothing when `steepest` is not positive.
    static func append(
        in signal: UnsafeBufferPointer<Float>, _ slopes: Range<Int>, steepest: Float, onset rule: Onset,
        minimumStrength: Float, to rises: inout [LoadingRise]
    ) {
        let (start, end) = (slopes.lowerBound, slopes.upperBound)
        guard steepest > 0 else { return }
        func slope(_ index: Int) -> Float { signal[index + 1] - signal[index] }
        let bar = minimumStrength * steepest
        for index in (start + 1)..<(end - 1) {
            let rise = slope(index)
            guard rise >= bar, rise >= slope(index - 1), rise >= slope(index + 1) else { continue }
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

    /// The steepest rise `signal[i + 1] − signal[i]` for `i` in `range`, at least 0 (NaNs skipped), in four
    /// running maxima rather than one chain of dependent comparisons. Of equal slopes (+0 and −0) it may
    /// return another than a running maximum sample by sample; only a positive steepest slope is used.
    private static func steepestSlope(_ signal: UnsafeBufferPointer<Float>, _ range: Range<Int>) -> Float {
        var (a, b, c, d): (Float, Float, Float, Float) = (0, 0, 0, 0)
        var index = range.lowerBound
        while index + 4 <= range.upperBound {
            a = max(a, signal[index + 1] - signal[index])
            b = max(b, signal[index + 2] - signal[index + 1])
            c = max(c, signal[index + 3] - signal[index + 2])
            d = max(d, signal[index + 4] - signal[index + 3])
            index += 4
        }
        while index < range.upperBound {
            a = max(a, signal[index + 1] - signal[index])
            index += 1
        }
        return max(max(a, b), max(c, d))
    }
}
