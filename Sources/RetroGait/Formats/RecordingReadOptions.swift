/// How to interpret a recording file. Everything but the placement has a default that reads the
/// canonical format and the known app exports without help.
public struct RecordingReadOptions: Sendable, Equatable {
    /// Where the sensor was worn.
    public var placement: Placement
    /// The acceleration unit, or `nil` for the format's own unit; for the canonical and delimited
    /// formats, g and m/s² are told apart by the data (a body-worn accelerometer's median magnitude is about 1 g).
    public var accelerationUnit: AccelerationUnit?
    /// The longest gap in the timestamps, in seconds, that is bridged by linear interpolation.
    /// At a longer gap the recording is split into segments (see ``LoadedRecording/segments``).
    public var maximumInterpolatedGapSeconds: Double
    /// The layout, or `nil` to tell it from the file.
    public var format: RecordingFormat?
    /// Which columns to read, for a delimited file (also overrides the columns of the other text formats).
    public var columns: ColumnMapping?
    /// The angular velocity unit, or `nil` for the format's own (deg/s for canonical and delimited files).
    public var angularVelocityUnit: AngularVelocityUnit?
    /// The unit of a numeric time column, or `nil` for the format's own (seconds, or nanoseconds for Sensor Logger).
    public var timeUnit: TimeUnit?
    /// The sample rate in Hz of a file without a time column (rows evenly spaced); for Xsens files it
    /// overrides the rate stated on line 1.
    public var sampleRate: Double?
    /// The longest run of consecutive missing values (empty fields or `NaN`) in one channel that is
    /// repaired by linear interpolation; a longer run is refused.
    public var maximumRepairedMissingValues: Int

    /// Creates read options.
    public init(
        placement: Placement,
        accelerationUnit: AccelerationUnit? = nil,
        maximumInterpolatedGapSeconds: Double = 1.0,
        format: RecordingFormat? = nil,
        columns: ColumnMapping? = nil,
        angularVelocityUnit: AngularVelocityUnit? = nil,
        timeUnit: TimeUnit? = nil,
        sampleRate: Double? = nil,
        maximumRepairedMissingValues: Int = 5
    ) {
        self.placement = placement
        self.accelerationUnit = accelerationUnit
        self.maximumInterpolatedGapSeconds = maximumInterpolatedGapSeconds
        self.format = format
        self.columns = columns
        self.angularVelocityUnit = angularVelocityUnit
        self.timeUnit = timeUnit
        self.sampleRate = sampleRate
        self.maximumRepairedMissingValues = maximumRepairedMissingValues
    }
}
