/// Three equally long channels of one sensor (x, y, z in the sensor's own frame), structure-of-arrays.
public struct TriaxialSignal: Sendable, Codable, Equatable {
    /// Samples of the sensor's x axis.
    public var x: [Float]
    /// Samples of the sensor's y axis.
    public var y: [Float]
    /// Samples of the sensor's z axis.
    public var z: [Float]

    /// Creates a signal from three channels. Use ``Recording/init(sampleRate:startTime:acceleration:angularVelocity:placement:sourceUnit:)``
    /// to have the channel lengths checked.
    public init(x: [Float], y: [Float], z: [Float]) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The number of samples (the length of the shortest channel).
    public var count: Int { min(x.count, y.count, z.count) }

    /// Whether all three channels have the same length.
    public var hasEqualChannelLengths: Bool { x.count == y.count && y.count == z.count }

    /// The Euclidean norm of each sample, √(x² + y² + z²). O(n).
    public func magnitude() -> [Float] {
        let n = count
        return [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n {
                let (a, b, c) = (x[i], y[i], z[i])
                buffer[i] = (a * a + b * b + c * c).squareRoot()
            }
            initialized = n
        }
    }
}
