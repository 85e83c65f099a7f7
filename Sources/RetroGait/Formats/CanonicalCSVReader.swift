import Foundation

/// Reads the canonical CSV format: a header row `t,ax,ay,az` with optional `gx,gy,gz` (any order,
/// names case-insensitive), `t` in seconds, acceleration in g or m/s², angular velocity in deg/s.
///
/// The reader never crashes on bad input: every refusal is a ``FileReadError`` naming the file and
/// line; every repair (resampling jittered timestamps, bridging a short gap, dropping a truncated
/// last line, converting m/s² to g) is reported as a warning in the ``LoadedRecording``.
/// Cost is O(n) in the file size; the file is memory-mapped, not copied.
public enum CanonicalCSVReader {
    /// Reads a recording from a file.
    public static func read(contentsOf url: URL, options: RecordingReadOptions) throws(FileReadError) -> LoadedRecording {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw FileReadError(file: url.path, reason: .unreadable(error.localizedDescription))
        }
        return try parse(data, file: url.path, options: options)
    }

    /// Parses CSV bytes. `file` is the name used in errors and warnings.
    public static func parse(_ data: Data, file: String, options: RecordingReadOptions) throws(FileReadError) -> LoadedRecording {
        let columns: RawColumns
        do {
            columns = try data.withUnsafeBytes { raw throws(FileReadError) in
                try RawColumns(bytes: raw.bindMemory(to: UInt8.self), file: file)
            }
        } catch let error as FileReadError {
            throw error
        } catch {
            throw FileReadError(file: file, reason: .unreadable(String(describing: error)))
        }
        return try assemble(columns, file: file, options: options)
    }

    private static func assemble(_ columns: RawColumns, file: String, options: RecordingReadOptions) throws(FileReadError) -> LoadedRecording {
        var warnings = columns.warnings
        let unit: AccelerationUnit
        if let given = options.accelerationUnit {
            unit = given
        } else {
            let detected = try AccelerationUnitDetector.detect(x: columns.ax, y: columns.ay, z: columns.az, file: file)
            unit = detected
            if detected == .metersPerSecondSquared {
                warnings.append(AnalysisWarning(
                    code: "acceleration-unit-detected",
                    message: "acceleration read as m/s² (median magnitude near 9.8) and converted to g"))
            }
        }
        let timeBase = try UniformTimeBase(times: columns.times, firstDataLine: columns.firstDataLine, file: file,
                                           maximumGap: options.maximumInterpolatedGapSeconds)
        warnings += timeBase.warnings
        let scale = unit.toStandardGravity
        func uniform(_ channel: [Float], scale: Float) -> [Float] {
            let values = timeBase.isUniform ? channel : timeBase.resample(channel)
            return scale == 1 ? values : values.map { $0 * scale }
        }
        let acceleration = TriaxialSignal(x: uniform(columns.ax, scale: scale), y: uniform(columns.ay, scale: scale),
                                          z: uniform(columns.az, scale: scale))
        let gyroscope = columns.hasGyroscope
            ? TriaxialSignal(x: uniform(columns.gx, scale: 1), y: uniform(columns.gy, scale: 1), z: uniform(columns.gz, scale: 1))
            : nil
        do {
            let recording = try Recording(
                sampleRate: timeBase.sampleRate, startTime: timeBase.startTime, acceleration: acceleration,
                angularVelocity: gyroscope, placement: options.placement, sourceUnit: unit)
            return LoadedRecording(recording: recording, warnings: warnings)
        } catch {
            throw FileReadError(file: file, reason: .unusableTimeBase(error.description))
        }
    }
}
