/// The minimum and maximum of a signal in each of a fixed number of equal time columns — what a plot
/// can show of a long recording, one column per pixel or so, in O(samples) time and O(columns) memory.
///
/// Columns no sample falls into (gaps between segments) stay empty (`nil`).
public struct SignalEnvelope: Sendable, Equatable {
    /// Time of the start of the first column, in seconds.
    public let startTime: Double
    /// Length of each column in seconds.
    public let columnSeconds: Double
    /// Smallest value per column, `.nan` where no sample fell.
    public private(set) var minimum: [Float]
    /// Largest value per column, `.nan` where no sample fell.
    public private(set) var maximum: [Float]

    /// Creates an empty envelope of `columns` columns from `startTime` to `endTime` seconds.
    public init(columns: Int, startTime: Double, endTime: Double) {
        let count = max(1, columns)
        self.startTime = startTime
        columnSeconds = max(endTime - startTime, .leastNormalMagnitude) / Double(count)
        minimum = Array(repeating: .nan, count: count)
        maximum = Array(repeating: .nan, count: count)
    }

    /// The number of columns.
    public var columnCount: Int { minimum.count }

    /// The smallest and largest value of column `index`, or `nil` when it is empty.
    public func range(ofColumn index: Int) -> ClosedRange<Float>? {
        minimum[index].isNaN ? nil : minimum[index]...maximum[index]
    }

    /// The column holding time `time`, clamped to the envelope.
    public func column(at time: Double) -> Int {
        let position = ((time - startTime) / columnSeconds).rounded(.down)
        guard position.isFinite else { return 0 }
        return Int(min(Double(columnCount - 1), max(0, position)))
    }

    /// Adds uniformly sampled values: `values[i]` at `startTime + i / sampleRate`.
    public mutating func add(_ values: some Collection<Float>, startTime first: Double, sampleRate: Double) {
        var index = 0
        for value in values {
            add(value, at: first + Double(index) / sampleRate)
            index += 1
        }
    }

    /// Adds one value at `time` (NaN values are ignored).
    public mutating func add(_ value: Float, at time: Double) {
        guard !value.isNaN else { return }
        let column = column(at: time)
        if minimum[column].isNaN || value < minimum[column] { minimum[column] = value }
        if maximum[column].isNaN || value > maximum[column] { maximum[column] = value }
    }

    /// The runs of consecutive non-empty columns, each as a range of column indices.
    public var filledRuns: [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for index in 0..<columnCount {
            if minimum[index].isNaN {
                if let begun = start { runs.append(begun..<index); start = nil }
            } else if start == nil {
                start = index
            }
        }
        if let begun = start { runs.append(begun..<columnCount) }
        return runs
    }
}
