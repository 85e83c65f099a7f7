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

        /// The side of an event whose detector tells none: the sensor's foot for a foot or shank
        /// sensor (it sees only that foot), else unknown.
        var eventSide: Side { placement == .foot || placement == .shank ? sensorSide : .unknown }
    }

    /// The lowest sample rate the detectors are designed for, in Hz.
    public static let minimumSampleRate = 15.0

    /// The configuration in use.
    public let configuration: Configuration
    /// Whether batch windows skip their quiet stretches (`QuietStretchSkipping`); false only to compare
    /// with the full path (tests and benchmarks).
    @_spi(Benchmarking) public var skipsQuietStretches = true

    /// Creates an analyzer.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Analyses a recording. Its own ``Recording/placement`` is ignored in favour of the configuration's.
    ///
    /// The analysis runs block-wise (see ``AnalysisWindowing``): a recording up to 31 minutes long is
    /// one window, analysed as a whole; a longer one goes through 30-minute windows with 30 s margins,
    /// exactly as a file streamed by ``analyze(_:keepingDetails:onUpdate:)`` would, so its working
    /// memory does not grow with its length.
    ///
    /// A recording without gait gives an empty, valid result with a `no-gait-detected` warning.
    /// - Throws: ``AnalysisError`` when the sample rate is below ``minimumSampleRate``.
    public func analyze(_ recording: Recording) throws(AnalysisError) -> GaitAnalysis {
        let analysis = try BlockwiseAnalysis(
            analyzer: self, windowing: .batch, sampleRate: recording.sampleRate, startTime: recording.startTime,
            hasGyroscope: recording.angularVelocity != nil, keepsDetails: true, recordsUpdates: false,
            expectedCount: recording.count)
        try analysis.analyzeWhole(recording)
        return analysis.assembler.analysis()
    }

    /// The contact detector for `placement`; `isLive`: for a live stream's windows, whose end is only
    /// where the stream has got to (``SwingBoundaryDetector/endIsLive``, ``LoadingOnsetDetector/endIsLive``).
    static func detector(for placement: Placement, isLive: Bool = false) -> any ContactDetector {
        switch placement {
        case .foot: SwingBoundaryDetector(stanceIsStill: true, endIsLive: isLive)
        case .shank: SwingBoundaryDetector(stanceIsStill: false, endIsLive: isLive, fallLevel: 0.45)
        case .lowerBack: LoadingOnsetDetector(endIsLive: isLive)
        case .wrist: LoadingOnsetDetector(
            walkingOnsetSlope: nil, lateStepTolerance: nil, earlyStepTolerance: 0.05,
            walkingStrideConsensus: true, walkingFlankReference: 0.8, finalLandingLevel: nil, runningSideBalance: true,
            typicalStepWidth: nil, closingStepProminence: nil, standingLiftOff: nil, standingPushOff: TrunkLiftOff(),
            endIsLive: isLive)
        }
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
