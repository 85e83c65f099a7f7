/// A run of uniformly sampled values handed out by ``RecordingChunkReader``: acceleration in g,
/// angular velocity in deg/s, in the sensor frame.
///
/// Chunks of one segment follow each other without overlap or gap: sample `i` of a chunk is sample
/// ``firstSampleIndex`` + `i` of its segment, taken at ``segmentStartTime`` + (``firstSampleIndex`` + `i`) / ``sampleRate``.
public struct RecordingChunk: Sendable, Equatable {
    /// The segment (0-based) the chunk belongs to; a new segment starts after a gap too long to interpolate.
    public var segment: Int
    /// The index within its segment of the chunk's first sample.
    public var firstSampleIndex: Int
    /// Samples per second.
    public var sampleRate: Double
    /// The time in seconds of the segment's first sample.
    public var segmentStartTime: Double
    /// Acceleration in g.
    public var acceleration: TriaxialSignal
    /// Angular velocity in deg/s, when the file has a gyroscope.
    public var angularVelocity: TriaxialSignal?
    /// Whether this is the last chunk of its segment.
    public var endsSegment: Bool

    /// The number of samples.
    public var count: Int { acceleration.count }

    /// The time in seconds of the chunk's first sample.
    public var startTime: Double { segmentStartTime + Double(firstSampleIndex) / sampleRate }

    /// Creates a chunk.
    public init(
        segment: Int, firstSampleIndex: Int, sampleRate: Double, segmentStartTime: Double,
        acceleration: TriaxialSignal, angularVelocity: TriaxialSignal?, endsSegment: Bool
    ) {
        self.segment = segment
        self.firstSampleIndex = firstSampleIndex
        self.sampleRate = sampleRate
        self.segmentStartTime = segmentStartTime
        self.acceleration = acceleration
        self.angularVelocity = angularVelocity
        self.endsSegment = endsSegment
    }
}
