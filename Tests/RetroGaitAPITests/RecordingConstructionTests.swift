import Foundation
import RetroGait
import Testing

/// Building a `Recording` from buffers a caller already has in memory, e.g. from a sensor API.
@Suite("Recording from buffers")
struct RecordingConstructionTests {
    @Test func buffersBecomeARecordingWithTimeBase() throws {
        let count = 250
        let recording = try Recording(
            sampleRate: 50,
            startTime: 10,
            acceleration: TriaxialSignal(
                x: [Float](repeating: 0, count: count),
                y: [Float](repeating: 0, count: count),
                z: [Float](repeating: 1, count: count)),
            placement: .wrist)
        #expect(recording.count == count)
        #expect(recording.duration == 5)
        #expect(recording.time(ofSample: 100) == 12)
        #expect(recording.angularVelocity == nil)
        #expect(recording.sourceUnit == .standardGravity)
        #expect(recording.acceleration.magnitude().allSatisfy { $0 == 1 })
    }

    @Test func channelsOfDifferentLengthsAreRefused() {
        let signal = TriaxialSignal(x: [0, 0, 0], y: [0, 0], z: [1, 1, 1])
        #expect(throws: RecordingError.channelLengthMismatch(x: 3, y: 2, z: 3)) {
            try Recording(sampleRate: 100, acceleration: signal, placement: .foot)
        }
    }

    @Test func gyroscopeOfAnotherLengthIsRefused() {
        let acceleration = TriaxialSignal(x: [0, 0], y: [0, 0], z: [1, 1])
        let gyroscope = TriaxialSignal(x: [0], y: [0], z: [0])
        #expect(throws: RecordingError.gyroscopeLengthMismatch(acceleration: 2, gyroscope: 1)) {
            try Recording(sampleRate: 100, acceleration: acceleration, angularVelocity: gyroscope, placement: .foot)
        }
    }

    @Test(arguments: [0.0, -100, .nan, .infinity])
    func unusableSampleRatesAreRefusedWithAReadableReason(rate: Double) {
        let signal = TriaxialSignal(x: [0], y: [0], z: [1])
        do {
            _ = try Recording(sampleRate: rate, acceleration: signal, placement: .lowerBack)
            Issue.record("a sample rate of \(rate) Hz was accepted")
        } catch {
            #expect(error.description.contains("sample rate"))
            #expect(error.localizedDescription == error.description)
        }
    }

    @Test func aRecordingRebuiltFromItsBuffersEqualsTheOriginal() throws {
        let original = try Fixture.loadLowerBackRun().recording
        let rebuilt = try Recording(
            sampleRate: original.sampleRate,
            startTime: original.startTime,
            acceleration: TriaxialSignal(
                x: original.acceleration.x, y: original.acceleration.y, z: original.acceleration.z),
            angularVelocity: original.angularVelocity,
            placement: original.placement,
            sourceUnit: original.sourceUnit)
        #expect(rebuilt == original)
    }
}
