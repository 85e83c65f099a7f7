import Foundation
import RetroGait

/// `retrogait analyze -`: reads a recording from standard input as it arrives, analyses it with a
/// ``StreamingAnalyzer`` and prints one NDJSON line per event the moment it is decided (flushed, so a
/// pipe reader sees it at once).
struct LiveEventPrinter {
    var configuration: StreamingAnalyzer.Configuration
    var file: String

    /// One event as printed: `{"confidence":…,"direction":…,"event":…,"foot":…,"segment":…,"strike":…,"time_s":…}`,
    /// with `"late":true` for an event found only after the latency bound and `"retracted":true` for an
    /// event printed earlier that is withdrawn (a line equal to the earlier one but for that key).
    struct Line: Encodable {
        var time: Double
        var event: String
        var foot: String
        var strike: String
        var direction: String
        var confidence: Double
        var segment: Int
        /// `true` for an event found only after the latency bound (a correction); absent otherwise.
        var late: Bool?
        /// `true` for an event printed earlier and now withdrawn; absent otherwise.
        var retracted: Bool?

        enum CodingKeys: String, CodingKey {
            case time = "time_s", event, foot, strike, direction, confidence, segment, late, retracted
        }
    }

    /// Runs until standard input ends; every segment (a stretch between gaps too long to bridge) gets
    /// its own analyzer. An error of the input ends the run with the error, after the events of every
    /// row before it are printed (the analyzer is finished at the last good row).
    func run(reader: RecordingChunkReader) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var analyzer: StreamingAnalyzer?
        var segment = -1
        func printEvents(_ updates: [StreamingUpdate]) throws {
            for update in updates {
                let event: GaitEvent, isLate: Bool, isRetracted: Bool
                switch update {
                case .event(let timely): (event, isLate, isRetracted) = (timely, false, false)
                case .lateEvent(let late): (event, isLate, isRetracted) = (late, true, false)
                case .retraction(let withdrawn): (event, isLate, isRetracted) = (withdrawn, false, true)
                case .step, .bout: continue
                }
                let line = Line(
                    time: event.time, event: event.kind.rawValue, foot: event.side.rawValue, strike: event.strike.rawValue,
                    direction: event.direction.rawValue, confidence: (event.confidence * 1000).rounded() / 1000, segment: segment,
                    late: isLate ? true : nil, retracted: isRetracted ? true : nil)
                FileHandle.standardOutput.write(try encoder.encode(line) + Data("\n".utf8))
            }
        }
        while let chunk = try nextChunk(reader, finishing: analyzer, printer: printEvents) {
            if chunk.segment != segment {
                if let analyzer { try printEvents(analyzer.finish()) }
                segment = chunk.segment
                analyzer = try StreamingAnalyzer(
                    configuration: configuration, sampleRate: chunk.sampleRate, startTime: chunk.segmentStartTime,
                    hasGyroscope: chunk.angularVelocity != nil)
            }
            guard let current = analyzer else { continue }
            try printEvents(current.push(SampleChunk(acceleration: chunk.acceleration, angularVelocity: chunk.angularVelocity)))
        }
        if let analyzer { try printEvents(analyzer.finish()) }
        for warning in reader.warnings {
            FileHandle.standardError.write(Data("warning: \(file): \(warning.message)\n".utf8))
        }
    }

    /// The reader's next chunk; when it throws, the analyzer is finished first, so the events of the
    /// rows before the error are printed before the error is reported.
    private func nextChunk(
        _ reader: RecordingChunkReader, finishing analyzer: StreamingAnalyzer?, printer: ([StreamingUpdate]) throws -> Void
    ) throws -> RecordingChunk? {
        do {
            return try reader.next()
        } catch {
            if let analyzer { try printer(analyzer.finish()) }
            throw error
        }
    }
}
