/// Analyses a live stream of samples and reports events, steps and bouts as soon as they are decided.
///
/// ```swift
/// let analyzer = try StreamingAnalyzer(
///     configuration: .init(analyzer: .init(placement: .lowerBack)), sampleRate: 100)
/// for sample in sensor {                       // one sample, or chunks of any size
///     for update in try analyzer.push(acceleration: sample) {
///         if case .event(let event) = update { print(event.kind, event.time) }
///     }
/// }
/// let last = try analyzer.finish()              // what the end of the stream decides
/// ```
///
/// ## The algorithm
/// The streaming analyzer is the same block-wise analysis as ``GaitAnalyzer``, with a short hop
/// (see ``AnalysisWindowing``): every 0.1 s (``AnalysisWindowing/streaming(maximumLatency:)``) the
/// last 12 s of samples plus a lookahead of the latency bound minus the hop are analysed, and the
/// events of the newest 0.1 s that the window decides are reported. The detectors run unchanged;
/// they see less future than in a whole recording, so a few events differ from the batch result:
/// the equivalence tests state how many, and within how many samples the rest agree.
///
/// ## Latency
/// Every ``StreamingUpdate/event(_:)`` is reported at most ``Configuration/maximumLatencySeconds``
/// after it happened (measured in stream time: samples pushed after it): it is what the window
/// deciding its moment found. While a bout is younger than the rhythm estimator's 5 s windows, the
/// newest window looks for contacts in a segment over the bout's own active stretch at its end, with
/// that stretch's period (when it repeats itself at all), so a bout's first contacts can be reported in
/// time and its period is not pulled short by the standing before it; the review below withdraws those
/// the bout's confirmed rhythm does not keep. Such a young rhythm comes and goes from one window to the
/// next: when the window deciding a moment finds no rhythm there at all, an event that the window
/// before it found there in its lookahead is reported as that window found it. And an event farther from the
/// last report of its kind than that report's half period is another event, even where a newer window,
/// seeing a longer period (a stride where the report's window saw a step), would take the two for one.
/// An event that only a later window finds — mostly the first one or two contacts of a bout — is
/// still reported, as a ``StreamingUpdate/lateEvent(_:)`` correction, rather than dropped or passed
/// off as timely. When a later window finds the newest event of a kind more than a sample away from
/// where it was reported, the event is moved at once (withdrawn and reported again: in time when the
/// new place is still within the bound, else late), once per event. Two seconds after an event, a
/// window that sees what followed reviews it: an event it
/// no longer finds is withdrawn (``StreamingUpdate/retraction(_:)``), one it finds a few samples away is
/// withdrawn and reported again, late, where it finds it, and an event it finds that the stream never
/// reported is reported, late. The events reported minus those withdrawn agree with the batch analysis
/// (see the equivalence tests; AccuracyReport's live-stream section measures the latencies).
///
/// ### Which events come late
/// With the default bound of 0.5 s, 96–99 % of the batch analysis's events are reported in time on
/// simulated interval sessions, and 97.8–100 % of those within bouts (AccuracyReport's live-stream
/// section, per placement and per ``LiveEventContext``). The rest are reported by their review at the
/// latest, about 2.5 s after they happened (the equivalence tests check 3 s), and come from these causes:
/// - **A bout's first steps** (``LiveEventContext/boutStart``, the first two events of a kind): in
///   time 67–88 % at a foot, 79 % (initial contacts) to 96 % (toe-offs) at a shank, 83–88 % at the lower
///   back, 38 % (toe-offs) to 71 % (initial contacts) at the wrist (at least half at every placement on
///   one seed is tested); the others come
///   0.5–0.9 s late, or with the review. A step is
///   told from other movement by its rhythm, which a window sees only once a stride has repeated
///   itself: half a second after a bout's first landing, a running foot has, a trunk or arm starting
///   to walk has not. Until then a young bout's first steps are sought with the best period its short
///   active stretch gives, however weakly it repeats (for the first 1.2 s of the bout). At the lower back a
///   rhythm window that begins with standing counts as gait only once its rhythm has repeated
///   (twice its period): before that its period is the lag between two unlike events of the first steps.
/// - **A landing into rest** (``LiveEventContext/landingIntoRest``): the last landing before standing
///   is timed where the motion ends, which a window sees once the stillness has lasted (0.7–0.8 s with
///   a gyroscope on a foot): in time all at the wrist and the lower back, 10 of 12 at a foot
///   without a gyroscope (9 of 12 with one), 5 of 12 at a shank.
/// - **A lift-off from standing** (``LiveEventContext/liftOffFromRest``): a foot's or shank's first
///   toe-off of a bout ends the standing. Its detector finds it with the first swing's landing, about a
///   stride later; a live window sees the limb leave its standing band and climb into the swing sooner,
///   and takes the lift-off there as the detector will (StreamingLiftOffTests): in time all 12 at a
///   foot, with or without a gyroscope (with one, timed by the push-off rotation), and all 12 at a
///   shank. The lower back's lift-off from standing (the trunk's push-off) is taken as soon as the
///   push-off's rise is complete, before the walk's first landing: in time all 4 (10 of 12 on real walkers).
/// - **Events the detector places only with more than the bound's lookahead**: a few of a shank's
///   running toe-offs (placed early until the next stance is in view, ~0.6 s). A foot's walking
///   landings, once found only when the next swing rose (0.7–0.8 s), are found mid-stance, and a
///   running shank's swing dip is no longer taken for the newest stance (StreamingLookaheadTests), nor
///   does a running foot's swing dip thin away the stance before it (StreamingFootSwingDipTests).
/// - **A report held back or misplaced**: a spurious report within half a step of a real event keeps
///   it out, or the report lies more than 20 ms from where more context places it; a later window or
///   the review moves it (0.6–2.7 s).
///
/// ## Memory and allocation
/// Samples live in one buffer of ``bufferCapacity`` samples allocated at creation; the stream's length
/// never changes it. Pushing samples copies them into the buffer and allocates nothing; analysing a
/// window (once per hop, ten times a second of stream) allocates its working arrays and frees them.
/// The analyzer keeps no steps, bouts or per-step figures once reported — only the open bout, the
/// step waiting for its next contact, the events of the last two seconds awaiting their review and a
/// few counters — so its memory is the same after a minute and after a day.
///
/// ## Threading
/// A `StreamingAnalyzer` is a mutable object owned by one task or thread at a time: it is not
/// `Sendable`, so the compiler keeps it from being shared. Push from one place; the updates it returns
/// (``StreamingUpdate``) and its ``Configuration`` are `Sendable` and may go anywhere. To analyse an
/// `AsyncSequence` of ``SampleChunk``s from Swift concurrency, use its `gaitUpdates(configuration:sampleRate:startTime:hasGyroscope:)`
/// (a ``StreamingUpdates`` sequence), whose iterator owns its analyzer: the analysis then runs in the
/// task that iterates, and only `Sendable` chunks and updates cross between tasks.
public final class StreamingAnalyzer {
    /// What the streaming analyzer needs to know.
    public struct Configuration: Sendable, Equatable {
        /// The sensor and how it is worn, as for ``GaitAnalyzer``.
        public var analyzer: GaitAnalyzer.Configuration
        /// The most time between an event and its report, in seconds (default 0.5).
        public var maximumLatencySeconds: Double

        /// Creates a configuration.
        public init(analyzer: GaitAnalyzer.Configuration, maximumLatencySeconds: Double = 0.5) {
            self.analyzer = analyzer
            self.maximumLatencySeconds = maximumLatencySeconds
        }

        /// The windows the analysis runs on.
        public var windowing: AnalysisWindowing { .streaming(maximumLatency: maximumLatencySeconds) }
    }

    /// The configuration in use.
    public let configuration: Configuration
    /// Samples per second of the stream.
    public let sampleRate: Double
    /// Whether the stream carries angular velocity.
    public let hasGyroscope: Bool
    private let analysis: BlockwiseAnalysis
    private var isFinished = false

    /// Creates an analyzer for a stream of `sampleRate` samples per second whose first sample is at
    /// `startTime` seconds.
    /// - Throws: ``StreamingError/analysis(_:)`` when the rate is below ``GaitAnalyzer/minimumSampleRate``,
    ///   ``StreamingError/invalidLatency(_:)`` when the latency is not positive.
    public init(
        configuration: Configuration, sampleRate: Double, startTime: Double = 0, hasGyroscope: Bool = false
    ) throws(StreamingError) {
        guard configuration.maximumLatencySeconds.isFinite, configuration.maximumLatencySeconds > 0 else {
            throw .invalidLatency(configuration.maximumLatencySeconds)
        }
        self.configuration = configuration
        self.sampleRate = sampleRate
        self.hasGyroscope = hasGyroscope
        do {
            analysis = try BlockwiseAnalysis(
                analyzer: GaitAnalyzer(configuration: configuration.analyzer), windowing: configuration.windowing,
                sampleRate: sampleRate, startTime: startTime, hasGyroscope: hasGyroscope, keepsDetails: false,
                recordsUpdates: true, isLive: true)
        } catch {
            throw .analysis(error)
        }
    }

    /// The most samples the analyzer ever holds: fixed at creation, whatever the stream's length.
    public var bufferCapacity: Int { analysis.bufferCapacity }

    /// Samples pushed so far.
    public var samplesReceived: Int { analysis.received }

    /// Samples up to which events have been decided.
    public var samplesDecided: Int { analysis.decided }

    /// Events, steps and bouts held after they were reported (none once finished, and during the stream
    /// only the events awaiting review: the memory of a stream does not grow with its length).
    var retainedItems: Int { analysis.assembler.retainedItems + analysis.eventsAwaitingReview }

    /// Pushes one sample: acceleration in g, angular velocity in deg/s (required when the stream has a
    /// gyroscope, ignored otherwise). Returns what became decided (usually nothing).
    public func push(acceleration: SIMD3<Float>, angularVelocity: SIMD3<Float>? = nil) throws(StreamingError) -> [StreamingUpdate] {
        try checkOpen()
        if hasGyroscope && angularVelocity == nil { throw .gyroscopeMismatch(streamHasGyroscope: true) }
        guard Self.isFinite(acceleration), Self.isFinite(angularVelocity ?? .zero) else {
            throw .nonFiniteSample(index: analysis.received)
        }
        do {
            try analysis.push(acceleration, angularVelocity: angularVelocity ?? .zero)
        } catch {
            throw .analysis(error)
        }
        return analysis.takeUpdates()
    }

    /// Pushes a chunk of samples (any length, including zero). Returns what became decided.
    public func push(_ chunk: SampleChunk) throws(StreamingError) -> [StreamingUpdate] {
        try checkOpen()
        guard chunk.acceleration.hasEqualChannelLengths,
              chunk.angularVelocity.map({ $0.hasEqualChannelLengths && $0.count == chunk.acceleration.count }) ?? true else {
            throw .channelLengthMismatch
        }
        if hasGyroscope != (chunk.angularVelocity != nil) { throw .gyroscopeMismatch(streamHasGyroscope: hasGyroscope) }
        if let index = Self.firstNonFinite(chunk) { throw .nonFiniteSample(index: analysis.received + index) }
        do {
            try analysis.push(chunk.acceleration, angularVelocity: chunk.angularVelocity)
        } catch {
            throw .analysis(error)
        }
        return analysis.takeUpdates()
    }

    /// Ends the stream: decides the last samples (without lookahead) and returns what that decides,
    /// including the last step and bout. Pushing afterwards throws ``StreamingError/finished``.
    public func finish() throws(StreamingError) -> [StreamingUpdate] {
        try checkOpen()
        isFinished = true
        do {
            try analysis.finish()
        } catch {
            throw .analysis(error)
        }
        return analysis.takeUpdates()
    }

    private func checkOpen() throws(StreamingError) {
        if isFinished { throw .finished }
    }

    private static func isFinite(_ value: SIMD3<Float>) -> Bool {
        value.x.isFinite && value.y.isFinite && value.z.isFinite
    }

    /// The first sample of `chunk` with a NaN or infinite value in any channel, checked channel by
    /// channel without gathering the channels into an array (a push allocates nothing).
    private static func firstNonFinite(_ chunk: SampleChunk) -> Int? {
        var first = Int.max
        func check(_ channel: [Float]) {
            if let index = channel.firstIndex(where: { !$0.isFinite }) { first = min(first, index) }
        }
        check(chunk.acceleration.x)
        check(chunk.acceleration.y)
        check(chunk.acceleration.z)
        if let angularVelocity = chunk.angularVelocity {
            check(angularVelocity.x)
            check(angularVelocity.y)
            check(angularVelocity.z)
        }
        return first == .max ? nil : first
    }
}

/// A run of consecutive samples for ``StreamingAnalyzer``: acceleration in g and, when the stream
/// has a gyroscope, angular velocity in deg/s, channels of equal length.
public struct SampleChunk: Sendable, Equatable {
    /// Acceleration in g.
    public var acceleration: TriaxialSignal
    /// Angular velocity in deg/s, when the stream has a gyroscope.
    public var angularVelocity: TriaxialSignal?

    /// Creates a chunk.
    public init(acceleration: TriaxialSignal, angularVelocity: TriaxialSignal? = nil) {
        self.acceleration = acceleration
        self.angularVelocity = angularVelocity
    }

    /// The number of samples.
    public var count: Int { acceleration.count }
}

/// Why a ``StreamingAnalyzer`` refused a stream or a push.
public enum StreamingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The analysis cannot run (e.g. the sample rate is too low).
    case analysis(AnalysisError)
    /// The latency bound is not a positive number of seconds.
    case invalidLatency(Double)
    /// A chunk's channels differ in length.
    case channelLengthMismatch
    /// A push had angular velocity when the stream has none, or lacked it when the stream has it.
    case gyroscopeMismatch(streamHasGyroscope: Bool)
    /// A value was NaN or infinite; `index` counts samples from the start of the stream.
    case nonFiniteSample(index: Int)
    /// Samples were pushed after ``StreamingAnalyzer/finish()``.
    case finished

    /// One sentence saying what was wrong.
    public var description: String {
        switch self {
        case .analysis(let error): error.description
        case .invalidLatency(let value): "the latency bound must be a positive number of seconds, not \(value)"
        case .channelLengthMismatch: "the chunk's channels differ in length"
        case .gyroscopeMismatch(let expected):
            expected ? "the stream has a gyroscope but the samples pushed have no angular velocity"
                : "the stream has no gyroscope but the samples pushed have angular velocity"
        case .nonFiniteSample(let index): "sample \(index) of the stream is NaN or infinite"
        case .finished: "the stream has already been finished"
        }
    }
}
