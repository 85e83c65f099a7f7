/// The stages of ``GaitAnalyzer/analyze(_:)`` run one at a time on precomputed inputs, so the benchmark
/// suite can time and count each (`@_spi(Benchmarking) import RetroGait`). Not part of the public API.
///
/// The initialiser runs the whole pipeline once and keeps every stage's input; each `run…` method then
/// repeats one stage and returns a small number derived from its output (so the work cannot be
/// optimised away).
@_spi(Benchmarking)
public struct AnalysisStages {
    private let recording: Recording
    private let configuration: GaitAnalyzer.Configuration
    private let detector: any ContactDetector
    private let signals: MotionSignals
    private let rhythmSignal: [Float]
    private let segments: [GaitSegment]
    private let contacts: [DetectedContact]

    /// Prepares the stages' inputs for `recording` (at least one second long).
    public init(_ recording: Recording, configuration: GaitAnalyzer.Configuration) throws {
        self.recording = recording
        self.configuration = configuration
        detector = GaitAnalyzer.detector(for: configuration.placement)
        signals = try MotionSignals(recording)
        rhythmSignal = detector.rhythmSignal(signals)
        segments = RhythmEstimator(unit: detector.eventUnit).segments(of: rhythmSignal, sampleRate: recording.sampleRate)
        contacts = GaitAnalyzer.contacts(
            in: segments, signals: signals, recording: recording, placement: configuration.placement)
    }

    /// Preprocessing: noise and gravity filters, magnitude, vertical and jerk signals.
    public func runPreprocessing() throws -> Int {
        try MotionSignals(recording).vertical.count
    }

    /// Rhythm: sliding-window autocorrelation and its grouping into gait segments.
    public func runRhythm() -> Int {
        RhythmEstimator(unit: detector.eventUnit).segments(of: rhythmSignal, sampleRate: recording.sampleRate).count
    }

    /// Events: the detector's contacts (and toe-offs) in every segment, and trunk sides.
    public func runContacts() -> Int {
        let found = GaitAnalyzer.contacts(in: segments, signals: signals, recording: recording, placement: configuration.placement)
        return found.count + found.count { $0.side != .unknown }
    }

    /// Classifiers and bouts: foot strike, activity, direction and bout assembly.
    public func runClassification() -> Int {
        let result = SessionClassifier(placement: configuration.placement, mounting: configuration.mounting).classify(
            recording, contacts: contacts, vertical: signals.vertical, magnitude: signals.magnitude,
            stepsPerEvent: detector.eventUnit.stepsPerEvent)
        return result.bouts.count + result.strikes.count
    }

    /// Per-step metrics and summaries: steps, their statistics and the per-bout summaries.
    public func runSteps() -> Int {
        let side = configuration.eventSide
        let steps = StepBuilder.steps(
            contacts: contacts, segments: segments, unit: detector.eventUnit,
            sampleRate: recording.sampleRate, startTime: recording.startTime, side: side)
        var summary = GaitSummary(
            placement: configuration.placement, durationSeconds: recording.duration, sampleRateHz: recording.sampleRate,
            steps: steps.count, detectedContacts: contacts.count, cadenceStepsPerMinute: nil,
            spectralCadenceStepsPerMinute: nil, gaitDurationSeconds: 0, warnings: [])
        summary.apply(StepStatistics(steps))
        return steps.count + summary.steps
    }
}
