import ArgumentParser
import Foundation
import RetroGait

extension RecordingFormat: ExpressibleByArgument {}
extension AngularVelocityUnit: ExpressibleByArgument {}
extension TimeUnit: ExpressibleByArgument {}

/// How to read a recording file: the options every command that reads recordings shares
/// (`analyze`, `batch`, `report`). Use with `@OptionGroup var input: InputOptions`.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("format-in"), help: ArgumentHelp(
        "The file layout: canonical, delimited, sensor-logger, phyphox or xsens (default: told from the file).",
        discussion: "Example: --format-in phyphox", valueName: "FORMAT"))
    var format: RecordingFormat?

    @Option(name: .customLong("time-column"), help: ArgumentHelp(
        "For any delimited file: the time column, by header name or 1-based position.",
        discussion: "Numbers (see --time-unit; epoch or relative) or ISO-8601 date-times. Example: --time-column timestamp",
        valueName: "NAME"))
    var timeColumn: String?

    @Option(name: .customLong("acc-columns"), help: ArgumentHelp(
        "The three acceleration columns x,y,z, by name or 1-based position.",
        discussion: "Example: --acc-columns accX,accY,accZ (or --acc-columns 2,3,4 for a file without a header)",
        valueName: "X,Y,Z"))
    var accelerationColumns: String?

    @Option(name: .customLong("gyro-columns"), help: ArgumentHelp(
        "The three angular velocity columns x,y,z, by name or 1-based position.",
        discussion: "Example: --gyro-columns gyrX,gyrY,gyrZ", valueName: "X,Y,Z"))
    var gyroscopeColumns: String?

    @Option(name: .customLong("acc-unit"), help: ArgumentHelp(
        "Acceleration unit, g or mps2 (default: the format's, or told from the data).",
        discussion: "Example: --acc-unit mps2"))
    var accelerationUnit: AccelerationUnit?

    @Option(name: .customLong("gyro-unit"), help: ArgumentHelp(
        "Angular velocity unit, dps or rps (default: dps; rps for Sensor Logger, phyphox and Xsens).",
        discussion: "Example: --gyro-unit rps"))
    var angularVelocityUnit: AngularVelocityUnit?

    @Option(name: .customLong("time-unit"), help: ArgumentHelp(
        "Unit of a numeric time column: s, ms, us or ns (default: s; ns for Sensor Logger).",
        discussion: "Example: --time-unit ms"))
    var timeUnit: TimeUnit?

    @Option(name: .customLong("rate"), help: ArgumentHelp(
        "Sample rate in Hz of a file without a time column (rows evenly spaced); overrides an Xsens file's stated rate.",
        discussion: "Example: --rate 100", valueName: "HZ"))
    var sampleRate: Double?

    @Option(name: .customLong("max-gap"), help: ArgumentHelp(
        "Longest gap in seconds bridged by interpolation; the recording is split into segments at longer gaps.",
        discussion: "Example: --max-gap 0.5", valueName: "SECONDS"))
    var maximumGap: Double = 1.0

    /// The library's read options for a sensor at `placement`.
    func readOptions(placement: Placement) throws -> RecordingReadOptions {
        var mapping: ColumnMapping?
        if let accelerationColumns {
            mapping = ColumnMapping(
                time: timeColumn, acceleration: Self.names(accelerationColumns), angularVelocity: gyroscopeColumns.map(Self.names))
        } else if timeColumn != nil || gyroscopeColumns != nil {
            throw ValidationError("--time-column and --gyro-columns need --acc-columns too")
        }
        if let sampleRate, !(sampleRate.isFinite && sampleRate > 0) {
            throw ValidationError("--rate must be a positive number of hertz")
        }
        guard maximumGap.isFinite, maximumGap >= 0 else { throw ValidationError("--max-gap must be zero or more seconds") }
        return RecordingReadOptions(
            placement: placement, accelerationUnit: accelerationUnit, maximumInterpolatedGapSeconds: maximumGap,
            format: format, columns: mapping, angularVelocityUnit: angularVelocityUnit, timeUnit: timeUnit,
            sampleRate: sampleRate)
    }

    private static func names(_ list: String) -> [String] {
        list.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
