/// How to interpret a recording file.
public struct RecordingReadOptions: Sendable, Equatable {
    /// Where the sensor was worn.
    public var placement: Placement
    /// The acceleration unit, or `nil` to tell g from m/s² by the data (the median magnitude of a
    /// body-worn accelerometer is about 1 g).
    public var accelerationUnit: AccelerationUnit?
    /// The longest gap in the timestamps, in seconds, that is bridged by linear interpolation.
    /// A longer gap is refused with an error naming its line.
    public var maximumInterpolatedGapSeconds: Double

    /// Creates read options.
    public init(placement: Placement, accelerationUnit: AccelerationUnit? = nil, maximumInterpolatedGapSeconds: Double = 1.0) {
        self.placement = placement
        self.accelerationUnit = accelerationUnit
        self.maximumInterpolatedGapSeconds = maximumInterpolatedGapSeconds
    }
}

/// A recording as read from a file, with every repair the reader made listed as a warning.
public struct LoadedRecording: Sendable, Equatable {
    /// The uniformly sampled recording, acceleration in g.
    public var recording: Recording
    /// Repairs and observations: resampling, gaps bridged, a dropped truncated last line, unit detection.
    public var warnings: [AnalysisWarning]

    /// Creates a loaded recording.
    public init(recording: Recording, warnings: [AnalysisWarning]) {
        self.recording = recording
        self.warnings = warnings
    }
}
