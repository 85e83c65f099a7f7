/// The updates of a ``StreamingAnalyzer`` fed from an `AsyncSequence` of ``SampleChunk``s.
///
/// Each iterator owns its own analyzer, created on its first `next()`, so the analysis runs in the
/// task that iterates, and nothing mutable is shared between tasks. The sequence ends after the
/// chunks end and the analyzer's last decisions have been delivered; an error of the chunks or of the
/// analyzer ends it with that error.
public struct StreamingUpdates<Chunks: AsyncSequence>: AsyncSequence where Chunks.Element == SampleChunk {
    /// Each element is one decided update.
    public typealias Element = StreamingUpdate

    let chunks: Chunks
    let configuration: StreamingAnalyzer.Configuration
    let sampleRate: Double
    let startTime: Double
    let hasGyroscope: Bool

    /// Iterates the updates, analysing chunks as they are needed.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var chunks: Chunks.AsyncIterator
        let sequence: StreamingUpdates
        var analyzer: StreamingAnalyzer?
        var ready: [StreamingUpdate] = []
        var nextReady = 0
        var ended = false

        /// The next update, or nil once the chunks ended and everything is delivered.
        public mutating func next() async throws -> StreamingUpdate? {
            while true {
                if nextReady < ready.count {
                    defer { nextReady += 1 }
                    return ready[nextReady]
                }
                if ended { return nil }
                let analyzer = try self.analyzer ?? StreamingAnalyzer(
                    configuration: sequence.configuration, sampleRate: sequence.sampleRate,
                    startTime: sequence.startTime, hasGyroscope: sequence.hasGyroscope)
                self.analyzer = analyzer
                if let chunk = try await chunks.next() {
                    ready = try analyzer.push(chunk)
                } else {
                    ready = try analyzer.finish()
                    ended = true
                }
                nextReady = 0
            }
        }
    }

    /// An iterator with its own analyzer.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(chunks: chunks.makeAsyncIterator(), sequence: self)
    }
}

extension AsyncSequence where Element == SampleChunk {
    /// The gait updates of these chunks: events, steps and bouts as a ``StreamingAnalyzer`` decides them.
    ///
    /// ```swift
    /// for try await update in sensorChunks.gaitUpdates(
    ///     configuration: .init(analyzer: .init(placement: .wrist)), sampleRate: 50) {
    ///     if case .step(let step) = update { show(step) }
    /// }
    /// ```
    public func gaitUpdates(
        configuration: StreamingAnalyzer.Configuration, sampleRate: Double, startTime: Double = 0,
        hasGyroscope: Bool = false
    ) -> StreamingUpdates<Self> {
        StreamingUpdates(
            chunks: self, configuration: configuration, sampleRate: sampleRate, startTime: startTime,
            hasGyroscope: hasGyroscope)
    }
}
