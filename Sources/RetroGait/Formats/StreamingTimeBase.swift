import Foundation

/// Places timestamped rows on a uniform sample grid, streaming, with a few rows of state.
///
/// **Rate.** The period is estimated once from the first ``estimationLength`` rows (or given, for a
/// packet counter or a fixed rate): the mean of the intervals no longer than ``gapFactor`` times their
/// median. The grid of a segment starts at its first row.
///
/// **Uniform rows pass through.** While every row lies within a tenth of a period of its grid point
/// and no interval is a gap, values are used as they are (bit for bit).
///
/// **Otherwise resample.** From the first row off the grid (jitter) or after a gap, the rest of the
/// segment is linearly interpolated onto the grid, and a `resampled` warning says from where.
///
/// **Gaps.** An interval longer than ``gapFactor`` periods (``knownPeriodGapFactor`` for a packet counter) is a gap: bridged by the same linear
/// interpolation when it is at most `maximumGap` seconds (`gaps-interpolated`), otherwise the
/// recording is split there into a new segment (`split-at-gap`); no value is ever invented across a long gap.
struct StreamingTimeBase {
    /// An interval this many periods long counts as a gap when the period is estimated from timestamps.
    static let gapFactor = 2.5
    /// An interval this many periods long counts as a gap when the period is known (a packet counter,
    /// a fixed rate): one missing packet is a gap.
    static let knownPeriodGapFactor = 1.5
    /// Rows used to estimate the rate (and, if needed, the acceleration unit) when reading a file.
    static let estimationLength = 4096
    /// Rows used to estimate the rate of a live stream (standard input), where every held row delays
    /// the first results: 256 rows are 2.6 s at 100 Hz.
    static let liveEstimationLength = 256

    /// Where a segment ended because of a long gap.
    struct Split: Equatable {
        var gapSeconds: Double
        var line: Int
        var time: Double
    }

    let maximumGap: Double
    let file: String
    private(set) var period = Double.nan
    private(set) var isEstimated = false
    private let knownPeriod: Double?

    // Rows held while the rate is estimated.
    private(set) var pendingTimes: [Double] = []
    private(set) var pendingValues: [SIMD8<Float>] = []
    private var pendingLines: [Int] = []

    // Grid state of the current segment.
    private var inSegment = false
    private var segmentStart = 0.0
    private var nextIndex = 0
    private var previousTime = 0.0
    private var previousValues = SIMD8<Float>.zero
    private var resampling = false
    private var gapThreshold = Double.infinity
    private var splitThreshold = Double.infinity

    // What was done, for the warnings.
    private(set) var bridgedGaps = 0
    private(set) var longestBridgedGap = 0.0
    private(set) var resampledRows = 0
    private(set) var firstResampledLine: Int?
    private(set) var worstDeviation = 0.0
    private(set) var splits: [Split] = []
    private(set) var inputRows = 0

    /// Rows held before the rate is estimated.
    let estimationLength: Int

    init(maximumGap: Double, knownPeriod: Double?, file: String, estimationLength: Int = Self.estimationLength) {
        self.maximumGap = maximumGap
        self.estimationLength = estimationLength
        self.knownPeriod = knownPeriod
        self.file = file
    }

    /// Whether enough rows are held to estimate the rate.
    var canEstimate: Bool { pendingTimes.count >= estimationLength }

    /// Holds rows until the rate is estimated.
    mutating func hold(_ rows: RawRows, range: Range<Int>) {
        for index in range {
            pendingTimes.append(rows.times[index])
            pendingValues.append(rows.values[index])
            pendingLines.append(rows.lines[index])
        }
    }

    /// Estimates the period from the held rows and places them on the grid.
    mutating func estimate(into output: ChunkAssembler, absolute: (Double) -> Double) throws(FileReadError) {
        guard pendingTimes.count >= 2 else {
            throw FileReadError(file: file, line: pendingLines.first, reason: .unusableTimeBase("fewer than two samples"))
        }
        if let knownPeriod {
            period = knownPeriod
        } else {
            let intervals = (1..<pendingTimes.count).map { pendingTimes[$0] - pendingTimes[$0 - 1] }
            let median = intervals.sorted()[intervals.count / 2]
            let regular = intervals.filter { $0 <= Self.gapFactor * median }
            period = regular.reduce(0, +) / Double(regular.count)
        }
        guard period > 0, period.isFinite else {
            throw FileReadError(file: file, reason: .unusableTimeBase("the typical interval between samples is \(period) s"))
        }
        gapThreshold = (knownPeriod == nil ? Self.gapFactor : Self.knownPeriodGapFactor) * period
        splitThreshold = max(maximumGap, gapThreshold)
        isEstimated = true
        output.sampleRate = 1 / period
        for index in pendingTimes.indices {
            place(pendingTimes[index], pendingValues[index], line: pendingLines[index], into: output, absolute: absolute)
        }
        pendingTimes = []
        pendingValues = []
        pendingLines = []
    }

    /// Places rows `range` on the grid (after ``estimate(into:absolute:)``).
    mutating func place(_ rows: RawRows, range: Range<Int>, into output: ChunkAssembler, absolute: (Double) -> Double) {
        for index in range {
            place(rows.times[index], rows.values[index], line: rows.lines[index], into: output, absolute: absolute)
        }
    }

    @inline(__always)
    private mutating func place(_ time: Double, _ values: SIMD8<Float>, line: Int, into output: ChunkAssembler, absolute: (Double) -> Double) {
        inputRows += 1
        guard inSegment else {
            startSegment(time, values, into: output, absolute: absolute)
            return
        }
        let interval = time - previousTime
        if interval > splitThreshold {
            splits.append(Split(gapSeconds: interval, line: line, time: absolute(time)))
            output.endSegment()
            startSegment(time, values, into: output, absolute: absolute)
            return
        }
        if interval > gapThreshold {
            bridgedGaps += 1
            longestBridgedGap = max(longestBridgedGap, interval)
            startResampling(line)
        }
        if !resampling {
            let deviation = abs(time - (segmentStart + Double(nextIndex) * period))
            if deviation <= 0.1 * period {
                worstDeviation = max(worstDeviation, deviation)
                output.append(values)
                nextIndex += 1
                previousTime = time
                previousValues = values
                return
            }
            worstDeviation = max(worstDeviation, deviation)
            startResampling(line)
        }
        resampledRows += 1
        let limit = time + 1e-6 * period
        var gridTime = segmentStart + Double(nextIndex) * period
        while gridTime <= limit {
            let fraction = Float(min(1, max(0, (gridTime - previousTime) / interval)))
            output.append(previousValues + (values - previousValues) * fraction)
            nextIndex += 1
            gridTime = segmentStart + Double(nextIndex) * period
        }
        previousTime = time
        previousValues = values
    }

    private mutating func startResampling(_ line: Int) {
        if !resampling && firstResampledLine == nil { firstResampledLine = line }
        resampling = true
    }

    private mutating func startSegment(_ time: Double, _ values: SIMD8<Float>, into output: ChunkAssembler, absolute: (Double) -> Double) {
        inSegment = true
        resampling = false
        segmentStart = time
        nextIndex = 1
        previousTime = time
        previousValues = values
        output.beginSegment(startTime: absolute(time))
        output.append(values)
    }

    /// The warnings about the time base.
    func warnings(outputSamples: Int) -> [AnalysisWarning] {
        var warnings: [AnalysisWarning] = []
        if bridgedGaps > 0 {
            warnings.append(AnalysisWarning(
                code: "gaps-interpolated",
                message: "bridged \(bridgedGaps) gap(s) in the timestamps by linear interpolation, the longest \(Self.format(longestBridgedGap)) s",
                count: bridgedGaps))
        }
        if resampledRows > 0 {
            let from = firstResampledLine.map { " from line \($0) on" } ?? ""
            warnings.append(AnalysisWarning(
                code: "resampled",
                message: "resampled \(resampledRows) samples\(from) onto a uniform \(Self.format(1 / period)) Hz grid "
                    + "(timestamps were up to \(Self.format(worstDeviation * 1000)) ms off it); \(outputSamples) samples in all",
                count: resampledRows))
        }
        if !splits.isEmpty {
            let places = splits.prefix(5).map { "\(Self.format($0.gapSeconds)) s before line \($0.line)" }
            let more = splits.count > 5 ? ", …" : ""
            warnings.append(AnalysisWarning(
                code: "split-at-gap",
                message: "split into \(splits.count + 1) segments at gaps longer than the \(Self.format(maximumGap)) s "
                    + "that may be interpolated (\(places.joined(separator: ", "))\(more)); each segment is analysed on its own",
                count: splits.count + 1))
        }
        return warnings
    }

    static func format(_ value: Double) -> String {
        String((value * 1000).rounded() / 1000)
    }
}
