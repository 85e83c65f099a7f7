import RetroGait

/// The cadence series of each segment of a file, built from the steps as the analysis emits them and
/// held in a ``SpillingBuffer`` (older points in a temporary file), so `analyze --format json` prints
/// it in memory bounded whatever the number of steps.
final class CadenceSeriesSpool {
    /// One point of the series as plain bits, so the buffer can move it to a file.
    private struct Point: BitwiseCopyable {
        var time: Double
        var stepsPerMinute: Double
    }

    private let points = SpillingBuffer<Point>()
    private var builder = CadenceSeriesBuilder()
    /// The points of each finished segment, in segment order.
    private(set) var segmentRanges: [Range<Int>] = []
    private var segmentStart = 0

    /// Adds the next step of segment `segment` (segments come in order; a segment may have no steps).
    func add(_ step: Step, segment: Int) {
        while segmentRanges.count < segment { finishSegment() }
        builder.add(step) { points.append(Point(time: $0.time, stepsPerMinute: $0.stepsPerMinute)) }
    }

    /// Finishes every segment up to `segmentCount`, the file's number of segments.
    func finish(segmentCount: Int) {
        while segmentRanges.count < segmentCount { finishSegment() }
    }

    private func finishSegment() {
        builder.finish { points.append(Point(time: $0.time, stepsPerMinute: $0.stepsPerMinute)) }
        segmentRanges.append(segmentStart..<points.count)
        segmentStart = points.count
    }

    /// Calls `body` with the points of `range`, at most `batchLength` at a time, in order.
    /// - Throws: ``TemporaryStorageError`` when points moved to the temporary file cannot be read back
    ///   (before `body` sees them), or what `body` throws.
    func forEachBatch(in range: Range<Int>, batchLength: Int = 4096, _ body: ([CadenceSample]) throws -> Void) throws {
        var batch: [CadenceSample] = []
        batch.reserveCapacity(min(batchLength, range.count))
        for index in range {
            let point = points[index]
            batch.append(CadenceSample(time: point.time, stepsPerMinute: point.stepsPerMinute))
            if batch.count == batchLength {
                try points.checkReadBack()
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        try points.checkReadBack()
        if !batch.isEmpty { try body(batch) }
    }
}
