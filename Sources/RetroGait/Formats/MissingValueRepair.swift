/// Repairs missing values (NaN) in the parsed rows, streaming.
///
/// A run of up to `limit` consecutive missing values in one channel, with a value on both sides, is
/// filled by linear interpolation in time and counted. A longer run is refused, naming the line where
/// it starts. Rows before the first complete row and after the last one cannot be interpolated; they
/// are dropped and counted. At most `limit` rows are held back waiting for the end of a run.
struct MissingValueRepair {
    let channelCount: Int
    let limit: Int
    let file: String
    let channelNames: [String]
    private(set) var interpolatedValues = 0
    private(set) var droppedRows = 0
    private var seenComplete = false
    private var runStart = [Int?](repeating: nil, count: 6)
    private var runBefore = [(time: Double, value: Float)](repeating: (0, 0), count: 6)
    private var openRuns = 0
    private var processed = 0
    private var lastReleased: (time: Double, values: SIMD8<Float>) = (0, .zero)

    init(channelCount: Int, limit: Int, file: String, channelNames: [String]) {
        self.channelCount = channelCount
        self.limit = max(0, limit)
        self.file = file
        self.channelNames = channelNames
    }

    /// Scans the rows not yet seen. Rows `0..<dropped` are to be discarded, rows `dropped..<ready` are complete.
    mutating func process(_ rows: RawRows) throws(FileReadError) -> (dropped: Int, ready: Int) {
        var dropped = 0
        let lanes = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
        let used = lanes .< Int32(channelCount)
        for index in processed..<rows.count {
            let values = rows.values[index]
            let missing = (values .!= values) .& used
            if !seenComplete {
                if any(missing) { droppedRows += 1; dropped = index + 1; continue }
                seenComplete = true
                continue
            }
            if openRuns == 0 && !any(missing) { continue }
            for channel in 0..<channelCount {
                if missing[channel] {
                    if runStart[channel] == nil {
                        runStart[channel] = index
                        openRuns += 1
                        let before = index > 0 ? (rows.times[index - 1], rows.values[index - 1][channel])
                            : (lastReleased.time, lastReleased.values[channel])
                        runBefore[channel] = before
                    }
                    let length = index - runStart[channel]! + 1
                    if length > limit {
                        throw FileReadError(file: file, line: rows.lines[runStart[channel]!], reason: .tooManyMissingValues(
                            column: channelNames[channel], count: length, limit: limit))
                    }
                } else if let start = runStart[channel] {
                    let (t0, v0) = runBefore[channel]
                    let t1 = rows.times[index], v1 = values[channel]
                    for row in start..<index {
                        let fraction = Float((rows.times[row] - t0) / (t1 - t0))
                        rows.values[row][channel] = v0 + (v1 - v0) * fraction
                    }
                    interpolatedValues += index - start
                    runStart[channel] = nil
                    openRuns -= 1
                }
            }
        }
        processed = rows.count
        let ready = runStart.compactMap { $0 }.min() ?? rows.count
        return (dropped, max(dropped, ready))
    }

    /// Call after the rows before `offset` were handed on and `rows.keepRows(from: offset)` moved the rest.
    mutating func rowsWereShifted(by offset: Int, lastReleased row: (time: Double, values: SIMD8<Float>)?) {
        processed -= offset
        for channel in 0..<6 { if let start = runStart[channel] { runStart[channel] = start - offset } }
        if let row { lastReleased = row }
    }

    /// At the end of the file: rows from the first still-open run on cannot be interpolated and are dropped.
    /// - Returns: the number of leading rows that are complete.
    mutating func finish(_ rows: RawRows) -> Int {
        let ready = runStart.compactMap { $0 }.min() ?? rows.count
        droppedRows += rows.count - ready
        return ready
    }
}
