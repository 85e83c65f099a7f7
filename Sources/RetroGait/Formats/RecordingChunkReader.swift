import Foundation

/// Reads a recording file as a stream of uniformly sampled chunks, in bounded memory.
///
/// ```swift
/// let reader = try RecordingChunkReader(contentsOf: url, options: .init(placement: .foot))
/// while let chunk = try reader.next() {
///     analyzer.process(chunk)   // chunk.acceleration is in g, chunk.segment says which stretch
/// }
/// print(reader.warnings)        // complete once next() has returned nil
/// ```
///
/// The file is read in blocks of 1 MiB; memory stays bounded whatever its length: one
/// block, a batch of parsed rows, the first few thousand rows while the rate is estimated, and one
/// chunk. The format is told from the first bytes unless ``RecordingReadOptions/format`` names it.
/// Repairs and refusals follow ``RecordingReader``'s documented rules.
public final class RecordingChunkReader {
    /// Bytes read from the file at a time.
    package static let blockSize = 1 << 20
    /// The longest line accepted, in bytes.
    static let maximumLineLength = 1 << 24
    private static let rowBatch = 8192

    /// The layout the file is read as.
    public let format: RecordingFormat
    /// The length of every chunk but the last of each segment.
    public let chunkLength: Int
    /// The file's name as used in errors and warnings.
    public let file: String

    private let options: RecordingReadOptions
    private let source: ByteSource
    private var buffer: UnsafeMutableRawBufferPointer
    private var bufferStart = 0
    private var bufferEnd = 0
    private var sourceEnded = false
    private var waitingForBytes = false
    private var finished = false
    private var parser: TextRowParser
    private let rows = RawRows(capacity: rowBatch)
    private var repair: MissingValueRepair
    private var clipping = ClippingCounter()
    private var timeBase: StreamingTimeBase
    private let output: ChunkAssembler
    private var accelerationUnit: AccelerationUnit?
    private var unitWasDetected = false
    private var finalWarnings: [AnalysisWarning]?
    /// A malformed line's error, reported once the rows before it are delivered.
    private var deferredError: FileReadError?

    /// Opens a file. Reads its first block to tell the layout.
    public convenience init(contentsOf url: URL, options: RecordingReadOptions, chunkLength: Int = 65_536) throws(FileReadError) {
        try self.init(source: ByteSource(contentsOf: url), options: options, chunkLength: chunkLength)
    }

    /// Reads bytes in memory; `file` names them in errors.
    public convenience init(data: Data, file: String, options: RecordingReadOptions, chunkLength: Int = 65_536) throws(FileReadError) {
        try self.init(source: ByteSource(data: data, file: file), options: options, chunkLength: chunkLength)
    }

    /// Reads standard input as it arrives (a live stream: `retrogait analyze -`), named `file` in errors.
    ///
    /// Unlike a file, nothing waits for a full block: each ``next()`` uses whatever bytes have arrived,
    /// blocking only when a chunk needs more. The layout is told from the first 32 lines (or fewer at the
    /// end of the input), and the rate from the first 256 rows instead of 4096.
    public convenience init(standardInput file: String = "<stdin>", options: RecordingReadOptions, chunkLength: Int = 4) throws(FileReadError) {
        try self.init(source: ByteSource(standardInput: file), options: options, chunkLength: chunkLength)
    }

    private init(source: ByteSource, options: RecordingReadOptions, chunkLength: Int) throws(FileReadError) {
        self.source = source
        self.options = options
        self.file = source.file
        self.chunkLength = max(1, chunkLength)
        buffer = .allocate(byteCount: Self.blockSize * 2, alignment: 16)
        do {
            // Fill the first block (a live stream: its first lines) and resolve the layout from it.
            while bufferEnd < Self.blockSize {
                let read = try source.read(into: buffer.baseAddress! + bufferEnd, count: Self.blockSize - bufferEnd)
                if read == 0 { sourceEnded = true; break }
                bufferEnd += read
                if source.isLive && Self.lineCount(buffer, upTo: bufferEnd) >= Self.liveLayoutLines { break }
            }
            let prefix = Array(UnsafeRawBufferPointer(rebasing: buffer[0..<bufferEnd]))
            let layout = try TextLayoutResolver.resolve(prefix: prefix, file: source.file, options: options)
            format = layout.format
            bufferStart = TextLines.byteOrderMarkLength(prefix)
            parser = TextRowParser(layout: layout, file: source.file)
            repair = MissingValueRepair(
                channelCount: layout.channelCount, limit: options.maximumRepairedMissingValues, file: source.file,
                channelNames: (0..<layout.channelCount).map { layout.columnName(ofChannel: $0) })
            var knownPeriod: Double?
            switch layout.time {
            case .rowIndex(let rate), .column(_, .counter(let rate, _)): knownPeriod = 1 / rate
            default: knownPeriod = nil
            }
            timeBase = StreamingTimeBase(
                maximumGap: options.maximumInterpolatedGapSeconds, knownPeriod: knownPeriod, file: source.file,
                estimationLength: source.isLive ? StreamingTimeBase.liveEstimationLength : StreamingTimeBase.estimationLength)
            output = ChunkAssembler(chunkLength: self.chunkLength, hasGyroscope: layout.hasGyroscope)
            output.angularVelocityScale = layout.angularVelocityUnit.toDegreesPerSecond
            accelerationUnit = layout.accelerationUnit
        } catch {
            buffer.deallocate()
            throw error
        }
    }

    deinit { buffer.deallocate() }

    /// The next chunk, or nil at the end of the file.
    ///
    /// A malformed line ends the recording where it stands: the rows before it come out first (the
    /// last chunk ends its segment), then this throws the line's error, and throws it again if called.
    public func next() throws(FileReadError) -> RecordingChunk? {
        while true {
            if let chunk = output.popReady() { return chunk }
            if let deferredError { throw deferredError }
            if finished { return nil }
            try pump()
        }
    }

    /// Repairs and observations. Complete once ``next()`` has returned nil.
    public var warnings: [AnalysisWarning] { finalWarnings ?? [] }

    /// The unit the acceleration was read in (known once the first chunk is out).
    public var sourceUnit: AccelerationUnit { accelerationUnit ?? .standardGravity }

    // MARK: - Pipeline

    private func pump() throws(FileReadError) {
        // A file refills before half a block is left; a live stream only once all its complete lines
        // are parsed (reading blocks until bytes arrive, and what has arrived must be delivered first).
        let wantsBytes = source.isLive ? waitingForBytes : bufferEnd - bufferStart < Self.blockSize / 2
        if wantsBytes && !sourceEnded { try refill() }
        let bytes = UnsafeBufferPointer(start: (buffer.baseAddress! + bufferStart).assumingMemoryBound(to: UInt8.self),
                                        count: bufferEnd - bufferStart)
        let consumed: Int
        do {
            consumed = try parser.parse(bytes, isFinal: sourceEnded, into: rows)
        } catch {
            // The rows parsed before the bad line are delivered as if the input ended there (on a live
            // stream they have been analysed already, not lost); the error follows them.
            do { try finish() } catch _ { throw error }
            deferredError = error
            return
        }
        bufferStart += consumed
        waitingForBytes = consumed == 0 && !rows.isFull
        // Nothing parsed: a line longer than half a block needs a larger buffer; a shorter one (a live
        // stream's partial read) just waits for the next refill.
        if consumed == 0 && !rows.isFull && !sourceEnded && bufferEnd - bufferStart >= Self.blockSize / 2 {
            if bufferEnd - bufferStart >= Self.maximumLineLength {
                throw FileReadError(file: file, line: parser.lineNumber + 1, reason: .unreadable("a line is longer than 16 MiB"))
            }
            try grow()
        }
        let (dropped, ready) = try repair.process(rows)
        try deliver(rows, range: dropped..<ready)
        let last = ready > 0 ? (rows.times[ready - 1], rows.values[ready - 1]) : nil
        rows.keepRows(from: ready)
        repair.rowsWereShifted(by: ready, lastReleased: last)
        let allParsed = sourceEnded && bufferStart >= bufferEnd
        if allParsed { try finish() }
    }

    private func deliver(_ rows: RawRows, range: Range<Int>) throws(FileReadError) {
        guard !range.isEmpty else { return }
        clipping.add(rows, range: range)
        let parser = self.parser
        if timeBase.isEstimated {
            timeBase.place(rows, range: range, into: output) { parser.time.absolute($0) }
        } else {
            timeBase.hold(rows, range: range)
            if timeBase.canEstimate { try estimate() }
        }
    }

    private func estimate() throws(FileReadError) {
        if accelerationUnit == nil {
            let values = timeBase.pendingValues
            accelerationUnit = try AccelerationUnitDetector.detect(
                x: values.map { $0[0] }, y: values.map { $0[1] }, z: values.map { $0[2] }, file: file)
            unitWasDetected = true
        }
        output.accelerationScale = accelerationUnit!.toStandardGravity
        let parser = self.parser
        try timeBase.estimate(into: output) { parser.time.absolute($0) }
    }

    private func finish() throws(FileReadError) {
        let ready = repair.finish(rows)
        try deliver(rows, range: 0..<ready)
        rows.keepRows(from: rows.count)
        if !timeBase.isEstimated {
            if timeBase.pendingTimes.isEmpty {
                throw FileReadError(file: file, line: parser.layout.linesBeforeData + 1, reason: .noData)
            }
            try estimate()
        }
        output.endSegment()
        finished = true
        finalWarnings = collectWarnings()
    }

    private func refill() throws(FileReadError) {
        let remaining = bufferEnd - bufferStart
        if bufferStart > 0 && remaining > 0 {
            buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + bufferStart, byteCount: remaining)
        }
        bufferStart = 0
        bufferEnd = remaining
        while bufferEnd < buffer.count {
            let read = try source.read(into: buffer.baseAddress! + bufferEnd, count: buffer.count - bufferEnd)
            if read == 0 { sourceEnded = true; break }
            bufferEnd += read
            if source.isLive { break }
        }
    }

    /// Lines a live stream's first read must hold before its layout is told.
    private static let liveLayoutLines = 32

    private static func lineCount(_ buffer: UnsafeMutableRawBufferPointer, upTo end: Int) -> Int {
        var lines = 0
        for index in 0..<end where buffer[index] == UInt8(ascii: "\n") { lines += 1 }
        return lines
    }

    /// Doubles the buffer for a line longer than it.
    private func grow() throws(FileReadError) {
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
        let remaining = bufferEnd - bufferStart
        larger.baseAddress!.copyMemory(from: buffer.baseAddress! + bufferStart, byteCount: remaining)
        buffer.deallocate()
        buffer = larger
        bufferStart = 0
        bufferEnd = remaining
        try refill()
    }

    private func collectWarnings() -> [AnalysisWarning] {
        var warnings: [AnalysisWarning] = []
        let layout = parser.layout
        if !layout.ignoredColumns.isEmpty {
            warnings.append(AnalysisWarning(
                code: "columns-ignored",
                message: "ignored columns not used by the canonical format: \(layout.ignoredColumns.joined(separator: ", "))",
                count: layout.ignoredColumns.count))
        }
        if let line = parser.droppedTruncatedLine {
            warnings.append(AnalysisWarning(
                code: "truncated-last-line",
                message: "dropped the last line (\(line)): it is cut off in the middle of a row", count: 1))
        }
        if parser.duplicateRowsDropped > 0 {
            warnings.append(AnalysisWarning(
                code: "duplicate-rows-dropped",
                message: "dropped \(parser.duplicateRowsDropped) row(s) repeating the previous row exactly (same time, same values)",
                count: parser.duplicateRowsDropped))
        }
        if repair.interpolatedValues > 0 {
            warnings.append(AnalysisWarning(
                code: "missing-values-interpolated",
                message: "filled \(repair.interpolatedValues) missing value(s) (empty or NaN fields) by linear interpolation "
                    + "between their neighbours (runs of at most \(repair.limit))",
                count: repair.interpolatedValues))
        }
        if repair.droppedRows > 0 {
            warnings.append(AnalysisWarning(
                code: "missing-values-dropped",
                message: "dropped \(repair.droppedRows) row(s) at the start or end of the file with missing values that "
                    + "have no neighbour to interpolate from",
                count: repair.droppedRows))
        }
        if unitWasDetected && accelerationUnit == .metersPerSecondSquared {
            warnings.append(AnalysisWarning(
                code: "acceleration-unit-detected",
                message: "acceleration read as m/s² (median magnitude near 9.8) and converted to g"))
        }
        warnings += timeBase.warnings(outputSamples: output.totalSamples)
        let scale = accelerationUnit?.toStandardGravity ?? 1
        if let clipped = clipping.warning(threshold: 2 / scale, scaleToG: scale) {
            warnings.append(clipped)
        }
        return warnings
    }
}
