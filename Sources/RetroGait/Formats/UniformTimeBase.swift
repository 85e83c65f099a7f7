import GaitDSP

/// Turns strictly increasing timestamps into a uniform sample grid.
///
/// The rate is the reciprocal of the median interval. When every timestamp lies within a quarter of
/// a tenth of a sample of the uniform grid, the samples are used as they are; otherwise they are resampled
/// linearly onto the grid (jitter), and gaps up to the stated limit are bridged by the same linear
/// interpolation. Both repairs are reported as warnings; a longer gap is refused.
struct UniformTimeBase {
    let sampleRate: Double
    let startTime: Double
    let isUniform: Bool
    private(set) var warnings: [AnalysisWarning] = []
    private let times: [Double]

    /// A timestamp interval this many times the median counts as a gap.
    static let gapFactor = 2.5

    init(times: [Double], firstDataLine: Int, file: String, maximumGap: Double) throws(FileReadError) {
        guard times.count >= 2 else {
            throw FileReadError(file: file, line: firstDataLine, reason: .unusableTimeBase("fewer than two samples"))
        }
        self.times = times
        let intervals = (1..<times.count).map { times[$0] - times[$0 - 1] }
        let median = Self.median(intervals)
        guard median > 0, median.isFinite else {
            throw FileReadError(file: file, reason: .unusableTimeBase("the median interval between samples is \(median) s"))
        }
        var gapCount = 0
        var longestGap = 0.0
        for (index, interval) in intervals.enumerated() where interval > Self.gapFactor * median {
            gapCount += 1
            longestGap = max(longestGap, interval)
            if interval > maximumGap {
                throw FileReadError(file: file, line: firstDataLine + index + 1, reason: .unusableTimeBase(
                    "a gap of \(Self.format(interval)) s before this line is longer than the \(Self.format(maximumGap)) s "
                        + "that may be interpolated; split the file at the gap"))
            }
        }
        startTime = times[0]
        let span = times[times.count - 1] - times[0]
        let gridCount = Int((span / median).rounded()) + 1
        sampleRate = gapCount == 0 ? Double(times.count - 1) / span : 1 / median
        let period = 1 / sampleRate
        var worstDeviation = 0.0
        for (index, time) in times.enumerated() {
            worstDeviation = max(worstDeviation, abs(time - (startTime + Double(index) * period)))
        }
        isUniform = gapCount == 0 && worstDeviation <= 0.1 * period
        if gapCount > 0 {
            warnings.append(AnalysisWarning(
                code: "gaps-interpolated",
                message: "bridged \(gapCount) gap(s) in the timestamps by linear interpolation, the longest \(Self.format(longestGap)) s",
                count: gapCount))
        }
        if !isUniform {
            warnings.append(AnalysisWarning(
                code: "resampled",
                message: "resampled \(times.count) samples onto a uniform \(Self.format(sampleRate)) Hz grid "
                    + "(timestamps were up to \(Self.format(worstDeviation * 1000)) ms off it); \(gridCount) samples after resampling",
                count: times.count))
        }
    }

    /// The channel on the uniform grid.
    func resample(_ values: [Float]) -> [Float] {
        LinearResampler.resample(times: times, values: values, rate: sampleRate, startTime: startTime)
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle])
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }
}
