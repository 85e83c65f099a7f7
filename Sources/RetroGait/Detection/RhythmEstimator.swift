import GaitDSP

/// Finds where the person moves rhythmically and how long one step (or stride) takes there.
///
/// The signal is cut into overlapping windows (5 s long, 1 s apart). In each window the normalised
/// autocorrelation gives the dominant period; a window counts as gait when the signal varies (standard
/// deviation above ``minimumVariation``) and repeats itself (autocorrelation at the period above
/// ``minimumRegularity``). Consecutive gait windows with a similar period form a ``GaitSegment``.
/// No period is assumed: the search spans 0.2–2.4 s, which covers slow walking strides down to the
/// quickest backward-running steps.
struct RhythmEstimator {
    /// What the detector counts as one event period.
    enum EventUnit {
        /// One foot's contacts: the dominant period of a foot- or shank-worn sensor.
        case stride
        /// Every contact of either foot: the trunk bounces once per step.
        case step

        /// Steps per detected event: 2 for a stride (a foot or shank sensor sees one foot), else 1.
        var stepsPerEvent: Int { self == .stride ? 2 : 1 }
    }

    var unit: EventUnit
    var windowSeconds = 5.0
    var hopSeconds = 1.0
    var shortestPeriodSeconds = 0.2
    var longestPeriodSeconds = 2.4
    /// A period shorter than this multiple of ``shortestPeriodSeconds`` is not a rhythm: a peak at the
    /// floor of the searched lags is a fine-structure harmonic (impact ringing, arm jitter while
    /// standing, the 0.2 s harmonic of a walking foot's stride), not steps; it comes mostly from a
    /// window that holds a little gait and much standing.
    var floorMargin = 1.1
    var minimumVariation: Float = 0.04
    var minimumRegularity: Float = 0.3
    /// For step units, the step is the first autocorrelation peak reaching this fraction of the highest.
    var stepPeakFraction: Float = 0.6
    /// Consecutive windows whose periods differ by more than this fraction start a new segment.
    var periodChangeTolerance = 0.2
    /// When set, a window that begins with standing counts as gait only when its movement has repeated: its
    /// autocorrelation at twice the period (a peak within ±10 % of it) reaches
    /// ``StandingThenSteps/minimumTwicePeriodCorrelation``. Nil (files and recordings): not asked.
    var repetitionAfterStanding: StandingThenSteps? = nil
    /// Segments shorter than this are dropped.
    var minimumSegmentSeconds = 2.0
    /// Segments separated by less than this (a turn, a stumble) with similar periods are joined.
    var joinableGapSeconds = 3.0
    /// How much the periods of two joinable segments may differ, as a fraction.
    var joinablePeriodDifference = 0.35
    /// Each segment is widened by this many event periods on both sides, so the first and last
    /// contacts of a bout — which a 5 s window only half covers — are searched for too.
    var edgeExtensionPeriods = 1.5

    private struct WindowEstimate {
        var isGait: Bool
        var period: Double
        var regularity: Float
        /// Steps: the lag of the highest positive autocorrelation peak at 0.4–0.6 of ``period``, the
        /// step when ``period`` is a stride (see ``group(_:count:sampleRate:)``).
        var halfPeriod: Double? = nil
        /// The autocorrelation's highest peak at 1.8–2.2 times ``period`` (-1 when none is above 0), when
        /// ``repetitionAfterStanding`` asks and the window holds that lag.
        var twicePeriodCorrelation: Float? = nil
    }

    func segments(of signal: [Float], sampleRate: Double) -> [GaitSegment] {
        let n = signal.count
        let window = min(n, Int(windowSeconds * sampleRate))
        let hop = max(1, Int(hopSeconds * sampleRate))
        guard window >= Int(2 * shortestPeriodSeconds * sampleRate) + 4, n > 0 else { return [] }
        var estimates: [(center: Int, estimate: WindowEstimate)] = []
        estimates.reserveCapacity((n - window) / hop + 2)
        var workspace = Autocorrelation.Workspace()
        var correlation: [Float] = []
        var start = 0
        signal.withUnsafeBufferPointer { signal in
            // The variance test's estimate for windows that start on a hop: sums over hop-long blocks.
            let blocks = window % hop == 0 ? BlockMoments(signal, blockLength: hop) : nil
            while true {
                let end = min(n, start + window)
                var estimate = estimateWindow(
                    UnsafeBufferPointer(rebasing: signal[start..<end]), sampleRate: sampleRate,
                    moments: blocks?.moments(of: start..<end), correlation: &correlation, workspace: &workspace)
                if let standing = repetitionAfterStanding, estimate.isGait,
                   let twice = estimate.twicePeriodCorrelation, twice < standing.minimumTwicePeriodCorrelation,
                   standing.beginsStill(UnsafeBufferPointer(rebasing: signal[start..<end]), sampleRate: sampleRate) {
                    estimate = WindowEstimate(isGait: false, period: 0, regularity: 0)
                }
                estimates.append(((start + end) / 2, estimate))
                if end == n { break }
                start = min(start + hop, n - window)
            }
        }
        let grouped = group(estimates, count: n, sampleRate: sampleRate)
        return widen(join(grouped, sampleRate: sampleRate), count: n)
    }

    /// Joins neighbours separated by a short pause with a similar rhythm (e.g. the two legs of a walk
    /// with a U-turn between them), spanning the pause.
    private func join(_ segments: [GaitSegment], sampleRate: Double) -> [GaitSegment] {
        var joined: [GaitSegment] = []
        for segment in segments {
            if let last = joined.last,
               Double(segment.range.lowerBound - last.range.upperBound) <= joinableGapSeconds * sampleRate,
               abs(segment.eventPeriod / last.eventPeriod - 1) <= joinablePeriodDifference {
                let (a, b) = (Double(last.range.count), Double(segment.range.count))
                joined[joined.count - 1] = GaitSegment(
                    range: last.range.lowerBound..<segment.range.upperBound,
                    eventPeriod: (last.eventPeriod * a + segment.eventPeriod * b) / (a + b),
                    regularity: (last.regularity * a + segment.regularity * b) / (a + b))
            } else {
                joined.append(segment)
            }
        }
        return joined
    }

    /// Widens every segment by ``edgeExtensionPeriods`` on both sides without overlapping its neighbours.
    private func widen(_ segments: [GaitSegment], count: Int) -> [GaitSegment] {
        var widened = segments
        for index in widened.indices {
            let margin = Int(edgeExtensionPeriods * widened[index].eventPeriod)
            let floor = index == 0 ? 0 : widened[index - 1].range.upperBound
            let ceiling = index + 1 < widened.count ? widened[index + 1].range.lowerBound : count
            let lower = max(floor, widened[index].range.lowerBound - margin)
            let upper = min(ceiling, widened[index].range.upperBound + margin)
            widened[index].range = lower..<upper
        }
        return widened
    }

    /// The rhythm of one window; `moments`: the window's moments from ``BlockMoments``, if known;
    /// `correlation` and `workspace` are scratch space reused between windows.
    private func estimateWindow(
        _ slice: UnsafeBufferPointer<Float>, sampleRate: Double,
        moments: (variance: Double, meanMagnitude: Double, varianceError: Double)?, correlation: inout [Float],
        workspace: inout Autocorrelation.Workspace
    ) -> WindowEstimate {
        let notGait = WindowEstimate(isGait: false, period: 0, regularity: 0)
        guard Self.varies(slice, atLeast: minimumVariation, moments: moments) else { return notGait }
        let shortest = max(2, Int(shortestPeriodSeconds * sampleRate))
        let longest = min(slice.count - 2, Int(longestPeriodSeconds * sampleRate))
        guard longest > shortest + 2 else { return notGait }
        // Lags up to the window's length only where ``repetitionAfterStanding`` asks for twice the period.
        let computed = repetitionAfterStanding == nil ? longest : slice.count - 2
        Autocorrelation.compute(slice, maxLag: computed, into: &correlation, workspace: &workspace)
        guard let dominant = Self.highestPeak(in: correlation, lags: shortest...longest, atLeast: 0) else { return notGait }
        var period = dominant
        if unit == .step {
            // A trunk signal repeats every step, but left/right differences and a drifting cadence can
            // make a stride or a multiple of steps correlate best: the step is the shortest lag that
            // correlates nearly as well as the best one.
            let bar = stepPeakFraction * correlation[Int(dominant.rounded())]
            period = Self.firstPeak(in: correlation, lags: shortest...longest, atLeast: bar) ?? dominant
        }
        guard period >= floorMargin * shortestPeriodSeconds * sampleRate else { return notGait }
        let regularity = correlation[Int(period.rounded())]
        guard regularity >= minimumRegularity else { return notGait }
        let halfPeriod = unit == .step
            ? Self.highestPeak(in: correlation, lags: Int(0.4 * period)...Int(0.6 * period), atLeast: 0)
                .flatMap { $0 >= floorMargin * shortestPeriodSeconds * sampleRate ? $0 : nil }
            : nil
        var twicePeriodCorrelation: Float?
        let twiceLags = Int(1.8 * period)...Int((2.2 * period).rounded(.up))
        if repetitionAfterStanding != nil, twiceLags.upperBound <= computed - 1 {
            twicePeriodCorrelation = Self.highestPeak(in: correlation, lags: twiceLags, atLeast: 0)
                .map { correlation[Int($0.rounded())] } ?? -1
        }
        return WindowEstimate(
            isGait: true, period: period, regularity: regularity, halfPeriod: halfPeriod,
            twicePeriodCorrelation: twicePeriodCorrelation)
    }

    /// Whether the standard deviation of `slice`, computed in `Float` summing in order, reaches
    /// `minimumVariation`.
    ///
    /// That in-order sum is a long chain of dependent additions, so the decision is first taken from a
    /// fast `Double` estimate with eight independent accumulators. Rounding bounds how far the in-order
    /// `Float` variance can lie from it: each of the n additions of a sum errs by at most 2⁻²⁴ of the
    /// running total, which moves the mean by up to (n + 1)·2⁻²⁴·mean|x| and scales the sum of squares by
    /// at most 1 ± (n + 3)·2⁻²⁴. Only a window whose estimate lies within twice those bounds of the bar
    /// is settled by the exact in-order computation, so the decision is always the in-order one.
    /// `moments`, when given, is that estimate already computed (``BlockMoments``), widened by its own
    /// rounding error bound.
    static func varies(
        _ slice: UnsafeBufferPointer<Float>, atLeast minimumVariation: Float,
        moments: (variance: Double, meanMagnitude: Double, varianceError: Double)? = nil
    ) -> Bool {
        let count = slice.count
        if let (variance, meanMagnitude, error) = moments ?? fastMoments(slice).map({ ($0.variance, $0.meanMagnitude, 0.0) }) {
            let unit = 0x1p-24
            let scale = 2 * (Double(count) + 3) * unit
            let meanError = 2 * (Double(count) + 1) * unit * meanMagnitude
            let bar = Double(minimumVariation) * Double(minimumVariation)
            if (variance - error) * (1 - scale) > bar * (1 + 1e-6) { return true }
            if (variance + error + meanError * meanError) * (1 + scale) < bar * (1 - 1e-6) { return false }
        }
        var sum: Float = 0
        for value in slice { sum += value }
        let mean = sum / Float(count)
        var squares: Float = 0
        for value in slice { squares += (value - mean) * (value - mean) }
        let variance = squares / Float(count)
        return variance.squareRoot() >= minimumVariation
    }

    /// Variance and mean absolute value in `Double`, eight lanes at a time; `nil` when not finite.
    private static func fastMoments(_ slice: UnsafeBufferPointer<Float>) -> (variance: Double, meanMagnitude: Double)? {
        let count = slice.count
        guard count > 0 else { return nil }
        let blocks = count / 8
        let raw = UnsafeRawPointer(slice.baseAddress!)
        func block(_ index: Int) -> SIMD8<Double> {
            SIMD8<Double>(raw.loadUnaligned(fromByteOffset: index * 32, as: SIMD8<Float>.self))
        }
        var sumLanes = SIMD8<Double>()
        var magnitudeLanes = SIMD8<Double>()
        for index in 0..<blocks {
            let values = block(index)
            sumLanes += values
            magnitudeLanes += values.replacing(with: -values, where: values .< 0)
        }
        var sum = sumLanes.sum()
        var magnitude = magnitudeLanes.sum()
        for index in (blocks * 8)..<count {
            sum += Double(slice[index])
            magnitude += abs(Double(slice[index]))
        }
        let mean = sum / Double(count)
        let means = SIMD8<Double>(repeating: mean)
        var squareLanes = SIMD8<Double>()
        for index in 0..<blocks {
            let deviation = block(index) - means
            squareLanes += deviation * deviation
        }
        var squares = squareLanes.sum()
        for index in (blocks * 8)..<count {
            let deviation = Double(slice[index]) - mean
            squares += deviation * deviation
        }
        let variance = squares / Double(count)
        guard variance.isFinite, magnitude.isFinite else { return nil }
        return (variance, magnitude / Double(count))
    }

    /// The lag (refined by a parabola through the neighbours) of the largest local maximum within `lags`.
    private static func highestPeak(in correlation: [Float], lags: ClosedRange<Int>, atLeast bar: Float) -> Double? {
        peak(in: correlation, lags: lags, atLeast: bar, first: false)
    }

    /// The lag (refined) of the first local maximum within `lags` that reaches `bar`.
    private static func firstPeak(in correlation: [Float], lags: ClosedRange<Int>, atLeast bar: Float) -> Double? {
        peak(in: correlation, lags: lags, atLeast: bar, first: true)
    }

    /// The lag (refined by a parabola) of the highest local maximum within `lags` reaching `bar` and 0, or
    /// with `first` of the first one.
    static func peak(in correlation: [Float], lags: ClosedRange<Int>, atLeast bar: Float, first: Bool) -> Double? {
        var best: Int?
        let lower = max(1, lags.lowerBound)
        let upper = min(correlation.count - 2, lags.upperBound)
        guard lower <= upper else { return nil }
        correlation.withUnsafeBufferPointer { correlation in
            /// Whether `lag` is a local maximum above 0 and `bar` (a lag that ties its left neighbour counts).
            @inline(__always) func isPeak(_ lag: Int) -> Bool {
                correlation[lag] > 0 && correlation[lag] >= bar
                    && correlation[lag] >= correlation[lag - 1] && correlation[lag] > correlation[lag + 1]
            }
            @inline(__always) func consider(_ lag: Int) -> Bool {
                guard isPeak(lag) else { return false }
                if best == nil || correlation[lag] > correlation[best!] { best = lag }
                return first
            }
            // Sixteen lags at a time rule out the lags that are no peak (most of them); the lags left are
            // taken one by one, in order, as before.
            let lanes = 16
            var lag = lower
            if upper - lower + 1 >= lanes {
                let raw = UnsafeRawPointer(correlation.baseAddress!)
                let zero = SIMD16<Float>(), floor = SIMD16<Float>(repeating: bar)
                while lag + lanes - 1 <= upper {
                    let before = raw.loadUnaligned(fromByteOffset: (lag - 1) * 4, as: SIMD16<Float>.self)
                    let here = raw.loadUnaligned(fromByteOffset: lag * 4, as: SIMD16<Float>.self)
                    let after = raw.loadUnaligned(fromByteOffset: (lag + 1) * 4, as: SIMD16<Float>.self)
                    let peaks = (here .> zero) .& (here .>= floor) .& (here .>= before) .& (here .> after)
                    if any(peaks) {
                        for lane in 0..<lanes where peaks[lane] {
                            if consider(lag + lane) { return }
                        }
                    }
                    lag += lanes
                }
            }
            while lag <= upper {
                if consider(lag) { return }
                lag += 1
            }
        }
        guard let best else { return nil }
        let (left, middle, right) = (Double(correlation[best - 1]), Double(correlation[best]), Double(correlation[best + 1]))
        return Double(best) + ParabolicPeak.offset(left: left, middle: middle, right: right)
    }

    private func group(_ estimates: [(center: Int, estimate: WindowEstimate)], count: Int, sampleRate: Double) -> [GaitSegment] {
        var segments: [GaitSegment] = []
        var currentStart: Int?
        var periods = RunningMedian()
        var regularities: [Double] = []
        // Centre and period (the step, for steps) of the latest window that counted as gait.
        var lastGaitWindow: (center: Int, period: Double)?
        func boundary(before index: Int) -> Int {
            index == 0 ? 0 : (estimates[index - 1].center + estimates[index].center) / 2
        }
        func close(at end: Int) {
            guard let start = currentStart else { return }
            if Double(end - start) >= minimumSegmentSeconds * sampleRate {
                segments.append(GaitSegment(range: start..<end, eventPeriod: periods.median, regularity: Self.median(regularities)))
            }
            currentStart = nil
            periods.removeAll()
            regularities.removeAll(keepingCapacity: true)
        }
        for (index, entry) in estimates.enumerated() {
            guard entry.estimate.isGait else { close(at: boundary(before: index)); continue }
            var period = entry.estimate.period
            // Steps: a window whose stride correlates far better than its step (the wrist's arm swing
            // repeats once per stride) keeps the walk's step when its autocorrelation has a peak there —
            // in the middle of a walk, and where a walk resumes after windows that did not count as gait
            // (a noisy stretch of wrist walking): there the step of the last gait window, if it lies
            // within ``joinableGapSeconds``, is the walk's. Otherwise the resumed walk's first windows
            // start a segment at the stride, the next step window ends it, and the walk's rest is lost
            // in pieces shorter than ``minimumSegmentSeconds``.
            let walkStep = currentStart != nil ? periods.median : lastGaitWindow.flatMap {
                Double(entry.center - $0.center) <= joinableGapSeconds * sampleRate ? $0.period : nil
            }
            if let walkStep, let half = entry.estimate.halfPeriod,
               abs(period / walkStep - 1) > periodChangeTolerance,
               abs(half / walkStep - 1) <= periodChangeTolerance {
                period = half
            }
            lastGaitWindow = (entry.center, period)
            if currentStart != nil, abs(period / periods.median - 1) > periodChangeTolerance {
                close(at: boundary(before: index))
            }
            if currentStart == nil { currentStart = boundary(before: index) }
            periods.append(period)
            regularities.append(Double(entry.estimate.regularity))
        }
        close(at: count)
        return segments
    }

    private static func median(_ values: [Double]) -> Double { OrderStatistics.upperMedian(values) ?? 0 }
}
