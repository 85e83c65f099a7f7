import GaitSimulator
import RetroGait

/// One simulated session pushed through a ``StreamingAnalyzer``, with what came out and when.
struct StreamRun {
    /// Every update in the order it was reported.
    var updates: [StreamingUpdate] = []
    /// Per reported event: seconds from the event to the newest sample pushed when it was reported.
    var latencies: [(event: GaitEvent, seconds: Double)] = []
    /// The same for the late events (found after the latency bound), corrections of a retracted
    /// event's time excepted.
    var lateLatencies: [(event: GaitEvent, seconds: Double)] = []
    /// Per event reported in any way (timely, late or as a correction): when it was reported, in stream
    /// time (seconds of samples pushed).
    var reportTimes: [(event: GaitEvent, at: Double)] = []
    /// Events reported again at a corrected time right after their retraction (late, or in time when a
    /// window moved the newest event while it could still be reported within the bound).
    var corrections: [GaitEvent] = []

    /// The events reported within the latency bound.
    var events: [GaitEvent] { updates.compactMap { if case .event(let event) = $0 { event } else { nil } } }
    /// Every event as first reported, timely or late, in the order reported (corrections excepted).
    var allEvents: [GaitEvent] {
        var events: [GaitEvent] = []
        var previous: StreamingUpdate?
        for update in updates {
            switch update {
            case .event(let event), .lateEvent(let event): if case .retraction = previous {} else { events.append(event) }
            case .step, .bout, .retraction: break
            }
            previous = update
        }
        return events
    }
    /// The events withdrawn after their review.
    var retractions: [GaitEvent] { updates.compactMap { if case .retraction(let event) = $0 { event } else { nil } } }
    /// What the stream finally holds: every event reported, corrections included, without those retracted.
    var finalEvents: [GaitEvent] {
        var events = allEvents + corrections
        for withdrawn in retractions {
            if let index = events.firstIndex(of: withdrawn) { events.remove(at: index) }
        }
        return events
    }
    /// The events found only after the latency bound (corrections excepted).
    var lateEvents: [GaitEvent] { lateLatencies.map(\.event) }
    var steps: [Step] { updates.compactMap { if case .step(let step) = $0 { step } else { nil } } }
    var bouts: [Bout] { updates.compactMap { if case .bout(let bout) = $0 { bout } else { nil } } }

    /// `recording`'s batch events with `configuration`, and its stream with the same configuration, one
    /// sample per push: what a live stream is held to.
    static func againstBatch(
        _ recording: Recording, configuration: GaitAnalyzer.Configuration
    ) throws -> (batch: [GaitEvent], stream: StreamRun) {
        let batch = try GaitAnalyzer(configuration: configuration).analyze(recording).events
        return (batch, try run(recording, configuration: .init(analyzer: configuration)))
    }

    /// Pushes `recording` in chunks of the given lengths (cycled; 1 means one sample at a time).
    static func run(
        _ recording: Recording, configuration: StreamingAnalyzer.Configuration, chunkLengths: [Int] = [1]
    ) throws -> StreamRun {
        let analyzer = try StreamingAnalyzer(
            configuration: configuration, sampleRate: recording.sampleRate, startTime: recording.startTime,
            hasGyroscope: recording.angularVelocity != nil)
        var run = StreamRun()
        func take(_ updates: [StreamingUpdate]) {
            let now = recording.startTime + Double(analyzer.samplesReceived - 1) / recording.sampleRate
            for update in updates {
                let followsRetraction = if case .retraction = run.updates.last { true } else { false }
                run.updates.append(update)
                if case .event(let event) = update { run.reportTimes.append((event, now)) }
                if case .lateEvent(let event) = update { run.reportTimes.append((event, now)) }
                if case .event(let event) = update {
                    run.latencies.append((event, now - event.time))
                    if followsRetraction { run.corrections.append(event) }
                }
                if case .lateEvent(let event) = update {
                    if followsRetraction { run.corrections.append(event) } else { run.lateLatencies.append((event, now - event.time)) }
                }
            }
        }
        let acc = recording.acceleration
        let gyro = recording.angularVelocity
        var start = 0
        var turn = 0
        while start < recording.count {
            let length = max(1, chunkLengths[turn % chunkLengths.count])
            turn += 1
            let end = min(recording.count, start + length)
            if length == 1 {
                take(try analyzer.push(
                    acceleration: SIMD3(acc.x[start], acc.y[start], acc.z[start]),
                    angularVelocity: gyro.map { SIMD3($0.x[start], $0.y[start], $0.z[start]) }))
            } else {
                func part(_ signal: TriaxialSignal) -> TriaxialSignal {
                    TriaxialSignal(x: Array(signal.x[start..<end]), y: Array(signal.y[start..<end]), z: Array(signal.z[start..<end]))
                }
                take(try analyzer.push(SampleChunk(acceleration: part(acc), angularVelocity: gyro.map(part))))
            }
            start = end
        }
        take(try analyzer.finish())
        return run
    }

    /// A simulated session.
    /// The batch analysis of a whole simulated session and a stream of `range` of it (samples; start it at
    /// least the windows' 12 s of history before the events of interest, so its windows are the whole
    /// session's there).
    static func part(
        _ range: Range<Int>, of script: String, placement: Placement, seed: UInt64, gyroscope: Bool = false
    ) throws -> (batch: [GaitEvent], stream: StreamRun) {
        let whole = try simulate(script, placement: placement, seed: seed, gyroscope: gyroscope)
        func cut(_ signal: TriaxialSignal) -> TriaxialSignal {
            TriaxialSignal(x: Array(signal.x[range]), y: Array(signal.y[range]), z: Array(signal.z[range]))
        }
        let recording = try Recording(
            sampleRate: whole.sampleRate, startTime: Double(range.lowerBound) / whole.sampleRate,
            acceleration: cut(whole.acceleration), angularVelocity: whole.angularVelocity.map(cut), placement: placement)
        let configuration = GaitAnalyzer.Configuration(placement: placement, sensorSide: .left)
        let batch = try GaitAnalyzer(configuration: configuration).analyze(whole).events
        return (batch, try run(recording, configuration: .init(analyzer: configuration)))
    }

    static func simulate(
        _ script: String, placement: Placement, rate: Double = 100, seed: UInt64 = 3, gyroscope: Bool = false
    ) throws -> Recording {
        GaitSimulator.simulate(
            try SessionScript(parsing: script),
            options: SimulationOptions(placement: placement, sampleRate: rate, seed: seed, includeGyroscope: gyroscope)
        ).recording
    }
}

/// How closely one list of events of a kind reproduces a reference list.
struct EventAgreement: CustomStringConvertible {
    var reference: Int
    var candidate: Int
    /// Reference events with a candidate of the same kind within one sample.
    var withinOneSample: Int
    /// Reference events with a candidate within 20 ms.
    var within20ms: Int
    /// F1 of the candidate against the reference with a ±20 ms window.
    var f1: Double

    init(reference: [GaitEvent], candidate: [GaitEvent], kind: GaitEventKind, sampleRate: Double) {
        let a = reference.filter { $0.kind == kind }.map(\.time)
        let b = candidate.filter { $0.kind == kind }.map(\.time).sorted()
        self.reference = a.count
        self.candidate = b.count
        func nearest(_ t: Double) -> Double {
            var low = 0, high = b.count
            while low < high { let mid = (low + high) / 2; if b[mid] < t { low = mid + 1 } else { high = mid } }
            var best = Double.infinity
            for index in [low - 1, low] where index >= 0 && index < b.count { best = min(best, abs(b[index] - t)) }
            return best
        }
        withinOneSample = a.count { nearest($0) <= 1.0001 / sampleRate }
        within20ms = a.count { nearest($0) <= 0.020 + 1e-9 }
        f1 = EventMatcher.match(truth: a, detected: b, tolerance: 0.020).score.f1 ?? (a.isEmpty && b.isEmpty ? 1 : 0)
    }

    var shareWithinOneSample: Double { reference == 0 ? 1 : Double(withinOneSample) / Double(reference) }
    var shareWithin20ms: Double { reference == 0 ? 1 : Double(within20ms) / Double(reference) }

    var description: String {
        "reference \(reference), candidate \(candidate), ±1 sample \(withinOneSample) "
            + "(\(String(format: "%.3f", shareWithinOneSample))), ±20 ms \(within20ms), F1 \(String(format: "%.3f", f1))"
    }
}
