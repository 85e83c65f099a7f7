import RetroGait

/// The cadence series of a file — each segment's, and the whole file's over all its steps — built
/// from the steps as the analysis emits them and held in ``SpillingBuffer``s (older points in a
/// temporary file), so `analyze --format json` and `batch` write them in memory bounded whatever the
/// number of steps.
package final class CadenceSeriesSpool {
    /// One point of the series as plain bits, so the buffer can move it to a file.
    fileprivate struct Point: BitwiseCopyable {
        var time: Double
        var stepsPerMinute: Double
    }

    /// A stretch of one of the spool's buffers: one series.
    package struct Series {
        fileprivate let points: SpillingBuffer<Point>
        fileprivate let range: Range<Int>

        /// Whether the series has no points.
        package var isEmpty: Bool { range.isEmpty }

        /// Calls `body` with the points of the series, at most `batchLength` at a time, in order.
        /// - Throws: ``TemporaryStorageError`` when points moved to the temporary file cannot be read back
        ///   (before `body` sees them), or what `body` throws.
        package func forEachBatch(batchLength: Int = 4096, _ body: ([CadenceSample]) throws -> Void) throws {
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

    private let segmentPoints = SpillingBuffer<Point>()
    private var segmentBuilder = CadenceSeriesBuilder()
    /// The points of each finished segment, in segment order.
    private var segmentRanges: [Range<Int>] = []
    private var segmentStart = 0
    /// The whole file's series: one builder over every step, not restarted between segments.
    private let filePoints = SpillingBuffer<Point>()
    private var fileBuilder = CadenceSeriesBuilder()
    private var fileFinished = false

    package init() {}

    /// Adds the next step of segment `segment` (segments come in order; a segment may have no steps).
    package func add(_ step: Step, segment: Int) {
        while segmentRanges.count < segment { finishSegment() }
        segmentBuilder.add(step) { segmentPoints.append(Point(time: $0.time, stepsPerMinute: $0.stepsPerMinute)) }
        fileBuilder.add(step) { filePoints.append(Point(time: $0.time, stepsPerMinute: $0.stepsPerMinute)) }
    }

    /// Finishes every segment up to `segmentCount`, the file's number of segments, and the file's series.
    package func finish(segmentCount: Int) {
        while segmentRanges.count < segmentCount { finishSegment() }
        if !fileFinished {
            fileBuilder.finish { filePoints.append(Point(time: $0.time, stepsPerMinute: $0.stepsPerMinute)) }
            fileFinished = true
        }
    }

    private func finishSegment() {
        segmentBuilder.finish { segmentPoints.append(Point(time: $0.time, stepsPerMinute: $0.stepsPerMinute)) }
        segmentRanges.append(segmentStart..<segmentPoints.count)
        segmentStart = segmentPoints.count
    }

    /// The series of every finished segment, in segment order.
    package var segmentSeries: [Series] { segmentRanges.map { Series(points: segmentPoints, range: $0) } }

    /// The whole file's series (``GaitSummary/cadenceSeries`` of a ``RecordingAnalysis/summary``): with
    /// one segment that segment's, with several one series over all steps. Complete after ``finish(segmentCount:)``.
    package var fileSeries: Series { Series(points: filePoints, range: 0..<filePoints.count) }
}
