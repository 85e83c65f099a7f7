import Foundation

/// Reads a whole recording file into memory as one or more uniformly sampled ``Recording``s.
///
/// Built on ``RecordingChunkReader``: the file is streamed, never held whole as text. Formats
/// (``RecordingFormat``) are told from the first lines unless given.
///
/// ## Repairs (each reported in ``LoadedRecording/warnings`` with a count)
/// - `resampled`: timestamps off the uniform grid by more than a tenth of a period (jitter) — the
///   samples are linearly interpolated onto the grid from the first such row on.
/// - `gaps-interpolated`: an interval longer than 2.5 periods but at most
///   ``RecordingReadOptions/maximumInterpolatedGapSeconds`` is bridged by linear interpolation.
/// - `split-at-gap`: at a longer gap nothing is invented; the recording is split and each stretch
///   becomes one of ``LoadedRecording/segments``.
/// - `duplicate-rows-dropped`: a row repeating the previous one exactly (same time, same values).
/// - `missing-values-interpolated`: up to ``RecordingReadOptions/maximumRepairedMissingValues``
///   consecutive empty or NaN values of a channel, filled linearly in time.
/// - `missing-values-dropped`: rows with missing values before the first or after the last complete row.
/// - `truncated-last-line`: a last line cut off in the middle of a row is dropped.
/// - `acceleration-unit-detected`: acceleration told to be m/s² from the data and converted to g.
/// - `clipped-samples` (an observation, nothing is changed): runs of ≥ 3 equal samples at an axis's
///   extreme value of at least 2 g — the sensor's range was probably exceeded.
/// - `columns-ignored`: canonical-file columns that are not read.
///
/// ## Refusals (a ``FileReadError`` with the file and, where it applies, the line)
/// A row that goes back in time; two rows with the same time but different values; a longer run of
/// missing values; a field that is not a number (also `inf`); a row with the wrong number of fields;
/// a missing time; an empty file or one without data rows; a unit that cannot be told; a layout that
/// cannot be told without a column mapping.
///
/// Line endings may be `\n`, `\r\n` or `\r`, mixed; a UTF-8 byte order mark is skipped; with `;` or
/// tab delimiters a decimal comma is recognised.
public enum RecordingReader {
    /// Reads a recording file.
    public static func read(contentsOf url: URL, options: RecordingReadOptions) throws(FileReadError) -> LoadedRecording {
        try collect(RecordingChunkReader(contentsOf: url, options: options), placement: options.placement)
    }

    /// Parses a recording from bytes; `file` names them in errors and warnings.
    public static func parse(_ data: Data, file: String, options: RecordingReadOptions) throws(FileReadError) -> LoadedRecording {
        try collect(RecordingChunkReader(data: data, file: file, options: options), placement: options.placement)
    }

    private static func collect(_ reader: RecordingChunkReader, placement: Placement) throws(FileReadError) -> LoadedRecording {
        var segments: [Recording] = []
        var parts: [RecordingChunk] = []
        while let chunk = try reader.next() {
            parts.append(chunk)
            if chunk.endsSegment {
                segments.append(try join(parts, placement: placement, unit: reader.sourceUnit, file: reader.file))
                parts.removeAll()
            }
        }
        if !parts.isEmpty {
            segments.append(try join(parts, placement: placement, unit: reader.sourceUnit, file: reader.file))
        }
        guard !segments.isEmpty else { throw FileReadError(file: reader.file, reason: .noData) }
        return LoadedRecording(segments: segments, warnings: reader.warnings, format: reader.format)
    }

    private static func join(
        _ parts: [RecordingChunk], placement: Placement, unit: AccelerationUnit, file: String
    ) throws(FileReadError) -> Recording {
        func channel(_ pick: (RecordingChunk) -> [Float]) -> [Float] {
            if parts.count == 1 { return pick(parts[0]) }
            var values: [Float] = []
            values.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for part in parts { values += pick(part) }
            return values
        }
        let acceleration = TriaxialSignal(
            x: channel { $0.acceleration.x }, y: channel { $0.acceleration.y }, z: channel { $0.acceleration.z })
        let gyroscope = parts[0].angularVelocity == nil ? nil : TriaxialSignal(
            x: channel { $0.angularVelocity?.x ?? [] }, y: channel { $0.angularVelocity?.y ?? [] },
            z: channel { $0.angularVelocity?.z ?? [] })
        do {
            return try Recording(
                sampleRate: parts[0].sampleRate, startTime: parts[0].segmentStartTime, acceleration: acceleration,
                angularVelocity: gyroscope, placement: placement, sourceUnit: unit)
        } catch {
            throw FileReadError(file: file, reason: .unusableTimeBase(error.description))
        }
    }
}
