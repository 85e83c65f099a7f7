/// A recording as read from a file, with every repair the reader made listed as a warning.
///
/// A gap in the timestamps longer than ``RecordingReadOptions/maximumInterpolatedGapSeconds`` is not
/// bridged: the file is split there, and each stretch becomes one uniformly sampled recording in
/// ``segments``. ``recording`` is the longest of them; when there is more than one, a `split-at-gap`
/// warning says so, and callers that analyse whole files should analyse every segment.
public struct LoadedRecording: Sendable, Equatable {
    /// The uniformly sampled stretches of the file in time order, acceleration in g. Never empty.
    public var segments: [Recording]
    /// Repairs and observations: resampling, gaps bridged or split, rows dropped, values repaired,
    /// clipping, unit detection.
    public var warnings: [AnalysisWarning]
    /// The layout the file was read as.
    public var format: RecordingFormat

    /// The longest segment (the first of equally long ones): the whole file when it has no long gap.
    public var recording: Recording {
        get { segments.max { $0.count < $1.count } ?? segments[0] }
        set { segments = [newValue] }
    }

    /// Creates a loaded recording of one segment.
    public init(recording: Recording, warnings: [AnalysisWarning], format: RecordingFormat = .canonical) {
        self.segments = [recording]
        self.warnings = warnings
        self.format = format
    }

    /// Creates a loaded recording of several segments. `segments` must not be empty.
    public init(segments: [Recording], warnings: [AnalysisWarning], format: RecordingFormat) {
        precondition(!segments.isEmpty, "a loaded recording has at least one segment")
        self.segments = segments
        self.warnings = warnings
        self.format = format
    }
}
