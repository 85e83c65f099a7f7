/// A uniformly sampled accelerometer recording (gyroscope optional) from one body-worn sensor.
///
/// Acceleration is held in g, angular velocity in degrees per second, time in seconds. Sample `i` was
/// taken at ``startTime`` + `i` / ``sampleRate``.
public struct Recording: Sendable, Codable, Equatable {
    /// Samples per second (Hz). Always finite and positive.
    public let sampleRate: Double
    /// Time of the first sample in seconds (relative or epoch, as the source had it).
    public let startTime: Double
    /// Acceleration in g, gravity included, in the sensor frame.
    public let acceleration: TriaxialSignal
    /// Angular velocity in degrees per second, in the sensor frame, when a gyroscope was recorded.
    public let angularVelocity: TriaxialSignal?
    /// Where the sensor was worn.
    public var placement: Placement
    /// The unit the acceleration was read in before conversion to g.
    public let sourceUnit: AccelerationUnit

    /// Creates a recording, checking that the channels agree in length and that the rate is usable.
    ///
    /// - Parameters:
    ///   - sampleRate: samples per second; must be finite and positive.
    ///   - startTime: time of the first sample in seconds.
    ///   - acceleration: acceleration in g.
    ///   - angularVelocity: angular velocity in deg/s, same length as `acceleration`, or `nil`.
    ///   - placement: where the sensor was worn.
    ///   - sourceUnit: the unit the data was read in (informational).
    /// - Throws: ``RecordingError`` when the channels differ in length or the rate is not positive.
    public init(
        sampleRate: Double,
        startTime: Double = 0,
        acceleration: TriaxialSignal,
        angularVelocity: TriaxialSignal? = nil,
        placement: Placement,
        sourceUnit: AccelerationUnit = .standardGravity
    ) throws(RecordingError) {
        guard sampleRate.isFinite, sampleRate > 0 else { throw .invalidSampleRate(sampleRate) }
        guard startTime.isFinite else { throw .invalidStartTime(startTime) }
        guard acceleration.hasEqualChannelLengths else {
            throw .channelLengthMismatch(x: acceleration.x.count, y: acceleration.y.count, z: acceleration.z.count)
        }
        if let angularVelocity {
            guard angularVelocity.hasEqualChannelLengths, angularVelocity.count == acceleration.count else {
                throw .gyroscopeLengthMismatch(acceleration: acceleration.count, gyroscope: angularVelocity.count)
            }
        }
        self.sampleRate = sampleRate
        self.startTime = startTime
        self.acceleration = acceleration
        self.angularVelocity = angularVelocity
        self.placement = placement
        self.sourceUnit = sourceUnit
    }

    /// The number of samples.
    public var count: Int { acceleration.count }

    /// The span covered by the samples, `count / sampleRate` seconds.
    public var duration: Double { Double(count) / sampleRate }

    /// The time in seconds of sample `index`.
    public func time(ofSample index: Int) -> Double { startTime + Double(index) / sampleRate }
}

/// Why a ``Recording`` could not be made from the given buffers.
public enum RecordingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sample rate was zero, negative, infinite or NaN.
    case invalidSampleRate(Double)
    /// The start time was infinite or NaN.
    case invalidStartTime(Double)
    /// The three acceleration channels have different lengths.
    case channelLengthMismatch(x: Int, y: Int, z: Int)
    /// The gyroscope channels do not match the acceleration in length.
    case gyroscopeLengthMismatch(acceleration: Int, gyroscope: Int)

    /// One sentence saying which value is wrong and what was expected.
    public var description: String {
        switch self {
        case .invalidSampleRate(let rate):
            "sample rate must be a positive, finite number of hertz, got \(rate)"
        case .invalidStartTime(let time):
            "start time must be finite, got \(time)"
        case let .channelLengthMismatch(x, y, z):
            "acceleration channels differ in length (x \(x), y \(y), z \(z) samples)"
        case let .gyroscopeLengthMismatch(acceleration, gyroscope):
            "gyroscope has \(gyroscope) samples but acceleration has \(acceleration)"
        }
    }
}
