/// The samples of the current analysis window: a fixed-capacity store of three acceleration and,
/// optionally, three angular-velocity channels, allocated once.
///
/// Appending never allocates; ``dropFirst(_:)`` shifts the kept samples to the front. The capacity
/// is fixed at creation, which bounds the memory of a stream of any length.
final class SampleWindowBuffer {
    /// The most samples the buffer holds.
    let capacity: Int
    /// Whether angular-velocity channels are kept.
    let hasGyroscope: Bool
    /// Samples held.
    private(set) var count = 0
    private let channels: [UnsafeMutablePointer<Float>]

    init(capacity: Int, hasGyroscope: Bool) {
        self.capacity = max(1, capacity)
        self.hasGyroscope = hasGyroscope
        channels = (0..<(hasGyroscope ? 6 : 3)).map { _ in
            let pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(1, capacity))
            pointer.initialize(repeating: 0, count: max(1, capacity))
            return pointer
        }
    }

    deinit { for channel in channels { channel.deallocate() } }

    /// Room left.
    var freeSpace: Int { capacity - count }

    /// Appends one sample (the gyroscope values are ignored without gyroscope channels).
    @inline(__always)
    func append(_ acceleration: SIMD3<Float>, _ angularVelocity: SIMD3<Float>) {
        channels[0][count] = acceleration.x
        channels[1][count] = acceleration.y
        channels[2][count] = acceleration.z
        if hasGyroscope {
            channels[3][count] = angularVelocity.x
            channels[4][count] = angularVelocity.y
            channels[5][count] = angularVelocity.z
        }
        count += 1
    }

    /// Appends samples `range` of the given channels (at most ``freeSpace`` of them).
    func append(_ acceleration: TriaxialSignal, _ angularVelocity: TriaxialSignal?, range: Range<Int>) {
        precondition(range.count <= freeSpace, "the window buffer is full")
        func copy(_ source: [Float], to channel: Int) {
            source.withUnsafeBufferPointer { values in
                (channels[channel] + count).update(from: values.baseAddress! + range.lowerBound, count: range.count)
            }
        }
        guard !range.isEmpty else { return }
        copy(acceleration.x, to: 0)
        copy(acceleration.y, to: 1)
        copy(acceleration.z, to: 2)
        if hasGyroscope, let angularVelocity {
            copy(angularVelocity.x, to: 3)
            copy(angularVelocity.y, to: 4)
            copy(angularVelocity.z, to: 5)
        }
        count += range.count
    }

    /// Forgets the first `length` samples.
    func dropFirst(_ length: Int) {
        let length = min(length, count)
        guard length > 0 else { return }
        for channel in channels { channel.update(from: channel + length, count: count - length) }
        count -= length
    }

    /// The samples `range` as a recording.
    func recording(_ range: Range<Int>, sampleRate: Double, startTime: Double, placement: Placement) throws(RecordingError) -> Recording {
        func array(_ channel: Int) -> [Float] {
            Array(UnsafeBufferPointer(start: channels[channel] + range.lowerBound, count: range.count))
        }
        return try Recording(
            sampleRate: sampleRate, startTime: startTime,
            acceleration: TriaxialSignal(x: array(0), y: array(1), z: array(2)),
            angularVelocity: hasGyroscope ? TriaxialSignal(x: array(3), y: array(4), z: array(5)) : nil,
            placement: placement)
    }
}
