/// Collects uniform samples into ``RecordingChunk``s of a fixed length, converting units on the way.
///
/// A chunk is released once one more sample exists after it, so the last chunk of a segment is known
/// to be last when it is released (``RecordingChunk/endsSegment``). Memory: `chunkLength + 1` samples.
final class ChunkAssembler {
    let chunkLength: Int
    let hasGyroscope: Bool
    var sampleRate = Double.nan
    var accelerationScale: Float = 1
    var angularVelocityScale: Float = 1
    private(set) var ready: [RecordingChunk] = []
    private(set) var totalSamples = 0
    private var readIndex = 0
    private let storage: UnsafeMutablePointer<SIMD8<Float>>
    private var count = 0
    private var segment = -1
    private var segmentStart = 0.0
    private var emittedInSegment = 0

    init(chunkLength: Int, hasGyroscope: Bool) {
        self.chunkLength = max(1, chunkLength)
        self.hasGyroscope = hasGyroscope
        storage = .allocate(capacity: self.chunkLength + 1)
    }

    deinit { storage.deallocate() }

    func beginSegment(startTime: Double) {
        segment += 1
        segmentStart = startTime
        emittedInSegment = 0
        count = 0
    }

    @inline(__always)
    func append(_ values: SIMD8<Float>) {
        storage[count] = values
        count += 1
        totalSamples += 1
        if count == chunkLength + 1 { release(chunkLength, last: false) }
    }

    func endSegment() {
        if count > 0 { release(count, last: true) }
    }

    /// The next finished chunk, if any.
    func popReady() -> RecordingChunk? {
        guard readIndex < ready.count else {
            if readIndex > 0 { ready.removeAll(keepingCapacity: true); readIndex = 0 }
            return nil
        }
        defer { readIndex += 1 }
        return ready[readIndex]
    }

    private func release(_ length: Int, last: Bool) {
        func channel(_ lane: Int, _ scale: Float) -> [Float] {
            [Float](unsafeUninitializedCapacity: length) { buffer, initialized in
                if scale == 1 {
                    for index in 0..<length { buffer[index] = storage[index][lane] }
                } else {
                    for index in 0..<length { buffer[index] = storage[index][lane] * scale }
                }
                initialized = length
            }
        }
        let acceleration = TriaxialSignal(
            x: channel(0, accelerationScale), y: channel(1, accelerationScale), z: channel(2, accelerationScale))
        let gyroscope = hasGyroscope
            ? TriaxialSignal(x: channel(3, angularVelocityScale), y: channel(4, angularVelocityScale), z: channel(5, angularVelocityScale))
            : nil
        ready.append(RecordingChunk(
            segment: segment, firstSampleIndex: emittedInSegment, sampleRate: sampleRate, segmentStartTime: segmentStart,
            acceleration: acceleration, angularVelocity: gyroscope, endsSegment: last))
        emittedInSegment += length
        let remaining = count - length
        if remaining > 0 { storage.update(from: storage + length, count: remaining) }
        count = remaining
    }
}
