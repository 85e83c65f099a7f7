import Foundation

/// Counts acceleration samples that look clipped: runs of at least ``minimumRun`` equal consecutive
/// values at the largest or smallest value an axis reaches in the whole recording. Streaming: per axis it
/// keeps the current run and the samples in qualifying runs at the extremes seen so far.
struct ClippingCounter {
    /// Shortest run of equal values at an extreme that counts as clipping.
    static let minimumRun = 3

    private var runValue = [Float](repeating: .nan, count: 3)
    private var runLength = [Int](repeating: 0, count: 3)
    private(set) var maximum = [Float](repeating: -.infinity, count: 3)
    private(set) var minimum = [Float](repeating: .infinity, count: 3)
    private var atMaximum = [Int](repeating: 0, count: 3)
    private var atMinimum = [Int](repeating: 0, count: 3)

    /// Adds rows `range` of `rows`, acceleration lanes 0…2.
    mutating func add(_ rows: RawRows, range: Range<Int>) {
        for axis in 0..<3 {
            var value = runValue[axis], length = runLength[axis]
            var high = maximum[axis], low = minimum[axis]
            for index in range {
                let sample = rows.values[index][axis]
                if sample == value {
                    length += 1
                    continue
                }
                close(axis, value: value, length: length, high: high, low: low)
                if sample > high { high = sample; atMaximum[axis] = 0 }
                if sample < low { low = sample; atMinimum[axis] = 0 }
                value = sample
                length = 1
            }
            runValue[axis] = value
            runLength[axis] = length
            maximum[axis] = high
            minimum[axis] = low
        }
    }

    private mutating func close(_ axis: Int, value: Float, length: Int, high: Float, low: Float) {
        guard length >= Self.minimumRun else { return }
        if value == high { atMaximum[axis] += length }
        if value == low { atMinimum[axis] += length }
    }

    /// The warning, if any axis has clipped samples at an extreme of at least `threshold` in magnitude.
    mutating func warning(threshold: Float, scaleToG: Float) -> AnalysisWarning? {
        var total = 0
        var axes: [String] = []
        var low: Float = .infinity, high: Float = -.infinity
        for axis in 0..<3 {
            close(axis, value: runValue[axis], length: runLength[axis], high: maximum[axis], low: minimum[axis])
            runLength[axis] = 0
            let count = (abs(maximum[axis]) >= threshold ? atMaximum[axis] : 0)
                + (abs(minimum[axis]) >= threshold ? atMinimum[axis] : 0)
            guard count > 0 else { continue }
            total += count
            axes.append(["x", "y", "z"][axis])
            low = min(low, minimum[axis])
            high = max(high, maximum[axis])
        }
        guard total > 0 else { return nil }
        func g(_ value: Float) -> String { String(format: "%.2f", Double(value * scaleToG)) }
        return AnalysisWarning(
            code: "clipped-samples",
            message: "\(total) acceleration samples on axis \(axes.joined(separator: ", ")) sit in runs at the extreme values "
                + "(apparent range \(g(low)) g to \(g(high)) g): the sensor was probably saturated there",
            count: total)
    }
}
