import RetroGait

extension Recording {
    /// The same recording without its angular velocity: how the analysis does on a sensor that has no
    /// gyroscope (the data sets' foot sensors record both).
    /// - Throws: `RecordingError` as the recording's initialiser does; the channels are this recording's,
    ///   which passed it already.
    public func accelerometerOnly() throws(RecordingError) -> Recording {
        try Recording(
            sampleRate: sampleRate, startTime: startTime, acceleration: acceleration, placement: placement,
            sourceUnit: sourceUnit)
    }
}
