import Testing
import RetroGait

/// The streaming analyzer's contract: bad pushes are typed errors, the async adaptor gives the same
/// updates as pushing by hand, steps and bouts arrive complete.
@Suite("Streaming: API")
struct StreamingAnalyzerAPITests {
    static let configuration = StreamingAnalyzer.Configuration(analyzer: .init(placement: .lowerBack))

    @Test func badPushesAreTypedErrors() throws {
        #expect(throws: StreamingError.analysis(.sampleRateTooLow(10, minimum: GaitAnalyzer.minimumSampleRate))) {
            try StreamingAnalyzer(configuration: Self.configuration, sampleRate: 10)
        }
        #expect(throws: StreamingError.invalidLatency(0)) {
            try StreamingAnalyzer(configuration: .init(analyzer: .init(placement: .wrist), maximumLatencySeconds: 0), sampleRate: 50)
        }
        let analyzer = try StreamingAnalyzer(configuration: Self.configuration, sampleRate: 50)
        _ = try analyzer.push(acceleration: SIMD3(0, 0, 1))
        #expect(throws: StreamingError.nonFiniteSample(index: 1)) { try analyzer.push(acceleration: SIMD3(.nan, 0, 1)) }
        #expect(throws: StreamingError.nonFiniteSample(index: 3)) {
            try analyzer.push(SampleChunk(acceleration: .init(x: [0, 0, 0], y: [0, 0, .infinity], z: [1, 1, 1])))
        }
        #expect(throws: StreamingError.channelLengthMismatch) {
            try analyzer.push(SampleChunk(acceleration: .init(x: [0, 0], y: [0], z: [1, 1])))
        }
        #expect(throws: StreamingError.gyroscopeMismatch(streamHasGyroscope: false)) {
            try analyzer.push(SampleChunk(acceleration: .init(x: [0], y: [0], z: [1]), angularVelocity: .init(x: [0], y: [0], z: [0])))
        }
        #expect(analyzer.samplesReceived == 1)
        _ = try analyzer.finish()
        #expect(throws: StreamingError.finished) { try analyzer.push(acceleration: SIMD3(0, 0, 1)) }
        #expect(!StreamingError.finished.description.isEmpty)
    }

    @Test func asyncSequenceGivesTheSameUpdatesAsPushingByHand() async throws {
        let recording = try StreamRun.simulate("stand:2, fw-run:10, stand:3", placement: .lowerBack, rate: 50)
        let byHand = try StreamRun.run(recording, configuration: Self.configuration, chunkLengths: [37])
        let chunks = AsyncStream<SampleChunk> { continuation in
            var start = 0
            while start < recording.count {
                let end = min(recording.count, start + 37)
                let acc = recording.acceleration
                continuation.yield(SampleChunk(acceleration: TriaxialSignal(
                    x: Array(acc.x[start..<end]), y: Array(acc.y[start..<end]), z: Array(acc.z[start..<end]))))
                start = end
            }
            continuation.finish()
        }
        var updates: [StreamingUpdate] = []
        for try await update in chunks.gaitUpdates(configuration: Self.configuration, sampleRate: recording.sampleRate) {
            updates.append(update)
        }
        #expect(updates == byHand.updates)
        #expect(byHand.events.count >= 30)
    }

    /// Every initial contact gets its step, complete with the step time to the next contact of its bout,
    /// and the bouts tile the stream.
    @Test func stepsAndBoutsArriveComplete() throws {
        let recording = try StreamRun.simulate("stand:3, fw-run:15, stand:5", placement: .lowerBack, rate: 50)
        let run = try StreamRun.run(recording, configuration: Self.configuration, chunkLengths: [50])
        // One step per contact, at a time the stream reported for it (where a window moved a contact
        // before its step was complete, the step has the moved time).
        let contacts = run.allEvents.filter { $0.kind == .initialContact }
        let reported = Set((run.allEvents + run.corrections).filter { $0.kind == .initialContact }.map(\.time))
        let stepContacts = run.steps.map(\.initialContactTime)
        #expect(stepContacts.count == contacts.count)
        #expect(stepContacts.allSatisfy { reported.contains($0) })
        #expect(stepContacts == stepContacts.sorted())
        #expect(run.steps.dropLast().allSatisfy { $0.stepMilliseconds != nil } || run.steps.count < 2)
        let stepTimes = run.steps.compactMap(\.stepMilliseconds)
        #expect(stepTimes.count >= 30)
        #expect(stepTimes.allSatisfy { (200...500).contains($0) })
        #expect(run.bouts.contains { $0.activity == .running })
        #expect(run.bouts.first?.startTime == 0)
        #expect(abs((run.bouts.last?.endTime ?? 0) - recording.duration) < 1e-9)
        for (a, b) in zip(run.bouts, run.bouts.dropFirst()) {
            #expect(abs(a.endTime - b.startTime) < 1e-9)
            #expect(a.activity != b.activity || a.direction != b.direction)
        }
    }
}
