import RetroGait

/// How every recording of a study is read and analysed.
public struct StudySettings: Sendable, Equatable {
    /// How to read the files.
    public var readOptions: RecordingReadOptions
    /// How to analyse them.
    public var analyzer: GaitAnalyzer.Configuration

    /// Creates settings.
    public init(readOptions: RecordingReadOptions, analyzer: GaitAnalyzer.Configuration) {
        self.readOptions = readOptions
        self.analyzer = analyzer
    }

    /// A stable text of the settings, stored with each file's summary: a file analysed with other
    /// settings is analysed again.
    public var fingerprint: String {
        "placement=\(analyzer.placement.rawValue) side=\(analyzer.sensorSide.rawValue) "
            + "mounting=\(String(describing: analyzer.mounting)) read=\(String(describing: readOptions))"
    }
}
