import GaitDSP

/// Finds steps in a recording and summarises them.
///
/// ```swift
/// let loaded = try RecordingReader.read(contentsOf: url, options: .init(placement: .foot))
/// let analysis = try GaitAnalyzer(configuration: .init(placement: .foot)).analyze(loaded.recording)
/// print(analysis.summary.cadenceStepsPerMinute ?? 0)
/// ```
///
/// The analysis never assumes the direction of travel: rhythm comes from autocorrelation, contacts
/// from the shape of orientation-independent signals (see ``Placement`` for what each sensor sees).
/// Cost is O(n log w) for n samples and a 5 s analysis window.
public struct GaitAnalyzer: Sendable {
    /// What the analyzer needs to know about the recording.
    public struct Configuration: Sendable, Equatable {
        /// Where the sensor was worn; decides the detector.
        public var placement: Placement
        /// For a foot or shank sensor, which foot it was on (labels the events); `.unknown` if not known.
        public var sensorSide: Side
        /// How the sensor sits on the body, when known; with a forward axis the direction of travel
        /// is decided by physics instead of inferred (see ``SensorMounting``).
        public var mounting: SensorMounting

        /// Creates a configuration.
        public init(placement: Placement, sensorSide: Side = .unknown, mounting: SensorMounting = .unknown) {
            self.placement = placement
            self.sensorSide = sensorSide
            self.mounting = mounting
        }
    }

    /// The lowest sample rate the detectors are designed for, in Hz.
    public static let minimumSampleRate = 15.0

    /// The configuration in use.
    public let configuration: Configuration

    /// Creates an analyzer.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Analyses a recording. Its own ``Recording/placement`` is ignored in favour of the configuration's.
    ///
    /// A recording without gait gives an empty, valid result with a `no-gait-detected` warning.
    /// - Throws: ``AnalysisError`` when the sample rate is below ``minimumSampleRate``.
    public func analyze(_ recording: Recording) throws(AnalysisError) -> GaitAnalysis {
        guard recording.sampleRate >= Self.minimumSampleRate else {
            throw .sampleRateTooLow(recording.sampleRate, minimum: Self.minimumSampleRate)
        }
        let placement = configuration.placement
        let detector = Self.detector(for: placement)
        var segments: [GaitSegment] = []
        var contacts: [DetectedContact] = []
        var spectralCadence: Double?
        var motion: MotionSignals?
        if recording.count >= Int(recording.sampleRate) {
            let signals: MotionSignals
            do {
                signals = try MotionSignals(recording)
            } catch {
                throw .signalProcessing(String(describing: error))
            }
            let rhythm = RhythmEstimator(unit: detector.eventUnit)
            let rhythmSignal = detector.rhythmSignal(signals)
            segments = rhythm.segments(of: rhythmSignal, sampleRate: recording.sampleRate)
            contacts = segments.flatMap { detector.contacts(in: $0, signals: signals) }
            if placement == .lowerBack {
                for (index, side) in TrunkSides.sides(of: contacts, recording: recording, segments: segments).enumerated() {
                    contacts[index].side = side
                }
            }
            motion = signals
            spectralCadence = Self.spectralCadence(rhythmSignal, segments: segments, unit: detector.eventUnit,
                                                   sampleRate: recording.sampleRate)
        }
        let side = placement == .foot || placement == .shank ? configuration.sensorSide : .unknown
        let stepsPerEvent = detector.eventUnit == .stride ? 2 : 1
        let classification = SessionClassifier(placement: placement, mounting: configuration.mounting).classify(
            recording, contacts: contacts, vertical: motion?.vertical ?? [], magnitude: motion?.magnitude ?? [],
            stepsPerEvent: stepsPerEvent)
        let events = Self.events(from: contacts, recording: recording, side: side, labels: classification)
        var warnings: [AnalysisWarning] = []
        if contacts.isEmpty {
            warnings.append(AnalysisWarning(
                code: "no-gait-detected",
                message: "no walking or running was found in the recording; the result is empty"))
        }
        var summary = GaitSummary(
            placement: placement,
            durationSeconds: recording.duration,
            sampleRateHz: recording.sampleRate,
            steps: contacts.count * stepsPerEvent,
            detectedContacts: contacts.count,
            cadenceStepsPerMinute: CadenceEstimator.medianCadence(
                contacts: contacts, segments: segments, stepsPerContact: stepsPerEvent, sampleRate: recording.sampleRate),
            spectralCadenceStepsPerMinute: spectralCadence,
            gaitDurationSeconds: segments.reduce(0) { $0 + Double($1.range.count) } / recording.sampleRate,
            warnings: warnings)
        var steps = StepBuilder.steps(
            contacts: contacts, segments: segments, unit: detector.eventUnit,
            sampleRate: recording.sampleRate, startTime: recording.startTime, side: side)
        for index in steps.indices {
            steps[index].strike = classification.strikes[index].strike
            steps[index].direction = classification.directions[index]
        }
        summary.apply(StepStatistics(steps))
        let bouts = BoutSummaries.make(classification.bouts, steps: steps, stepsPerEvent: stepsPerEvent)
        summary.warnings += BoutSummaries.warnings(steps)
        return GaitAnalysis(events: events, summary: summary, steps: steps, bouts: bouts)
    }

    /// Initial contacts and, where found, toe-offs, in time order.
    private static func events(
        from contacts: [DetectedContact], recording: Recording, side: Side, labels: SessionClassifier.Result
    ) -> [GaitEvent] {
        func event(
            _ kind: GaitEventKind, at position: Double, confidence: Double, strike: FootStrike, direction: Direction,
            side contactSide: Side
        ) -> GaitEvent {
            GaitEvent(
                kind: kind,
                time: recording.startTime + position / recording.sampleRate,
                sampleIndex: min(recording.count - 1, max(0, Int(position.rounded()))),
                side: contactSide == .unknown ? side : contactSide,
                strike: strike,
                direction: direction,
                confidence: confidence)
        }
        var events: [GaitEvent] = []
        events.reserveCapacity(contacts.count * 2)
        for (index, contact) in contacts.enumerated() {
            let direction = labels.directions[index]
            events.append(event(
                .initialContact, at: contact.position, confidence: contact.confidence,
                strike: labels.strikes[index].strike, direction: direction, side: contact.side))
            if let toeOff = contact.toeOffPosition {
                events.append(event(
                    .toeOff, at: toeOff, confidence: contact.confidence, strike: .unknown, direction: direction,
                    side: contact.side))
            }
        }
        return events.sorted { $0.time < $1.time }
    }

    static func detector(for placement: Placement) -> any ContactDetector {
        switch placement {
        case .foot: SwingBoundaryDetector(stanceIsStill: true)
        case .shank: SwingBoundaryDetector(stanceIsStill: false)
        case .lowerBack: LoadingOnsetDetector()
        case .wrist: LoadingOnsetDetector(walkingOnsetSlope: nil)
        }
    }

    private static func spectralCadence(
        _ signal: [Float], segments: [GaitSegment], unit: RhythmEstimator.EventUnit, sampleRate: Double
    ) -> Double? {
        guard let longest = segments.max(by: { $0.range.count < $1.range.count }) else { return nil }
        let eventFrequency = sampleRate / longest.eventPeriod
        let band = (0.7 * eventFrequency)...(1.3 * eventFrequency)
        guard let frequency = Spectrum.dominantFrequency(of: Array(signal[longest.range]), sampleRate: sampleRate, in: band) else {
            return nil
        }
        return frequency * 60 * (unit == .stride ? 2 : 1)
    }
}

/// Why an analysis could not be run at all.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The recording is sampled too slowly to resolve contacts.
    case sampleRateTooLow(Double, minimum: Double)
    /// A filter could not be designed for the recording's rate.
    case signalProcessing(String)

    /// One sentence saying why the analysis could not run.
    public var description: String {
        switch self {
        case let .sampleRateTooLow(rate, minimum):
            "the sample rate \(rate) Hz is too low to find steps; at least \(minimum) Hz is needed"
        case .signalProcessing(let why):
            "signal processing failed: \(why)"
        }
    }
}
