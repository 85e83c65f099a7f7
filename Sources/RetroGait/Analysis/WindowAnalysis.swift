import GaitDSP

/// Everything the analysis finds in one window of samples: the unit of work of the block-wise
/// algorithm (see ``AnalysisWindowing``).
///
/// Positions are in samples from the window's first sample. The window is analysed as a recording of
/// its own: motion signals, rhythm segments, contacts, sides, then bouts, direction and strike.
struct WindowAnalysis {
    /// The window's samples.
    var recording: Recording
    /// The rhythmic segments found in the window.
    var segments: [GaitSegment]
    /// Every contact found in the window, in time order, with its side where known.
    var contacts: [DetectedContact]
    /// Bouts, per-contact strikes and directions.
    var classification: SessionClassifier.Result
    /// The signal the rhythm was estimated on (empty when the window is shorter than a second).
    var rhythmSignal: [Float]
    /// Whether one detected event is a step or a stride.
    var unit: RhythmEstimator.EventUnit
    /// A live stream's window only: a foot's or shank's lift-off from standing near the window's end,
    /// before the swing it starts has landed (``SwingBoundaryDetector/liftOffAtLiveEnd(_:acceleration:angularVelocity:sampleRate:contacts:)``).
    var liftOffAtEnd: (position: Double, confidence: Double)? = nil

    /// Steps per detected contact: 2 for a foot or shank sensor (it sees one foot), else 1.
    var stepsPerEvent: Int { unit.stepsPerEvent }

    /// Whether contact `index` belongs to a gait bout (not to a run dropped as too short or too still).
    func isInGaitBout(_ index: Int) -> Bool {
        classification.bouts.contains { $0.gait?.contacts.contains(index) ?? false }
    }

    /// The segment containing sample position `position`, if any.
    func segment(containing position: Double) -> GaitSegment? {
        segments.first { $0.range.contains(Int(position)) }
    }
}

extension GaitAnalyzer {
    /// Runs the whole pipeline on one window of samples; `seesBoutOnsets`: a live stream's window, which
    /// looks for contacts in a bout that has just begun before its rhythm is confirmed (``BoutOnsetRhythm``).
    func analyzeWindow(_ recording: Recording, seesBoutOnsets: Bool = false) throws(AnalysisError) -> WindowAnalysis {
        let placement = configuration.placement
        let detector = Self.detector(for: placement)
        var segments: [GaitSegment] = []
        var contacts: [DetectedContact] = []
        var motion: MotionSignals?
        var rhythmSignal: [Float] = []
        var liftOffAtEnd: (position: Double, confidence: Double)?
        if recording.count >= Int(recording.sampleRate) {
            let signals: MotionSignals
            do {
                // A live window is far shorter than a stretch worth skipping; a batch window skips its quiet ones.
                signals = try MotionSignals(recording, skippingQuietStretches: skipsQuietStretches && !seesBoutOnsets)
            } catch {
                throw .signalProcessing(String(describing: error))
            }
            var rhythm = RhythmEstimator(unit: detector.eventUnit)
            if seesBoutOnsets, placement == .lowerBack { rhythm.repetitionAfterStanding = StandingThenSteps() }
            rhythmSignal = detector.rhythmSignal(signals)
            segments = rhythm.segments(of: rhythmSignal, sampleRate: recording.sampleRate)
            if seesBoutOnsets {
                segments = BoutOnsetRhythm(unit: detector.eventUnit).segments(
                    of: rhythmSignal, after: segments, sampleRate: recording.sampleRate)
            }
            contacts = Self.contacts(
                in: segments, signals: signals, recording: recording, placement: placement, isLive: seesBoutOnsets)
            // A foot's young bout: its stride is longer than the swing from standing that began it.
            if seesBoutOnsets, placement == .foot, let checked = StrideLongerThanSwing.segments(
                segments, contacts: contacts, rhythmSignal: rhythmSignal, sampleRate: recording.sampleRate) {
                segments = checked
                contacts = Self.contacts(
                    in: segments, signals: signals, recording: recording, placement: placement, isLive: seesBoutOnsets)
            }
            motion = signals
            if seesBoutOnsets, let swing = Self.detector(for: placement, isLive: true) as? SwingBoundaryDetector {
                liftOffAtEnd = swing.liftOffAtLiveEnd(
                    signals.magnitude, acceleration: signals.acceleration, angularVelocity: signals.angularVelocity,
                    sampleRate: recording.sampleRate, contacts: contacts)
            } else if seesBoutOnsets, placement == .lowerBack || placement == .wrist,  // the wrist: TrunkLiftOff.droppingPushOff
                      let found = TrunkLiftOff().atLiveEnd(signals.vertical, sampleRate: recording.sampleRate, contacts: contacts) {
                liftOffAtEnd = (found.position, found.confidence)
                contacts.removeAll { $0.liftOffPosition != nil && found.standingAndPushOff.contains(Int($0.position.rounded())) }
            }
        }
        let classification = SessionClassifier(placement: placement, mounting: configuration.mounting).classify(
            recording, contacts: contacts, vertical: motion?.vertical ?? [], magnitude: motion?.magnitude ?? [],
            stepsPerEvent: detector.eventUnit.stepsPerEvent)
        return WindowAnalysis(
            recording: recording, segments: segments, contacts: contacts, classification: classification,
            rhythmSignal: rhythmSignal, unit: detector.eventUnit, liftOffAtEnd: liftOffAtEnd)
    }

    /// The contacts the placement's detector finds in every segment, in time order; a lower-back
    /// sensor's walking steps are checked against the trunk's front-back reversal
    /// (``FrontBackReversal``) and get their sides from the trunk's sideways swing (``TrunkSides``).
    /// `isLive`: a live stream's window, whose end is only where the stream has got to.
    static func contacts(
        in segments: [GaitSegment], signals: MotionSignals, recording: Recording, placement: Placement,
        isLive: Bool = false
    ) -> [DetectedContact] {
        let detector = detector(for: placement, isLive: isLive)
        var contacts = segments.flatMap { segment in
            let found = detector.contacts(in: segment, signals: signals)
            return placement == .lowerBack
                ? FrontBackReversal.refined(found, segment: segment, recording: recording, vertical: signals.vertical, endIsLive: isLive)
                : found
        }
        if placement == .lowerBack {
            for (index, side) in TrunkSides.sides(of: contacts, recording: recording, segments: segments).enumerated() {
                contacts[index].side = side
            }
        }
        return contacts
    }

    /// The spectral cadence's finest useful bin, in Hz (0.012 events a minute): the transform of a long
    /// segment is padded no further than that. A cadence that wanders over a long segment of duration T
    /// spreads the spectrum's peak into lobes 1/T apart, and the bins must stay finer than half that
    /// spacing to keep the highest lobe: 1/(2 · 1 860 s) = 0.00027 Hz for the longest segment a batch
    /// window holds. A 30-minute window's segment at 100 Hz takes 2¹⁹ points instead of 2²⁰ (with
    /// 0.0005 Hz and 2¹⁸ points, the simulated day's spectral cadence moved 174.19 → 173.74 steps/min:
    /// another lobe); segments up to 1 250 s at any rate (1 310 s at 100 Hz) are padded four times as before.
    static let spectralCadenceBinWidth = 0.0002

    /// The cadence of the dominant frequency of the rhythm signal over `segment`, in steps per minute.
    static func spectralCadence(_ window: WindowAnalysis, segment: GaitSegment) -> Double? {
        let sampleRate = window.recording.sampleRate
        let eventFrequency = sampleRate / segment.eventPeriod
        let band = (0.7 * eventFrequency)...(1.3 * eventFrequency)
        guard let frequency = Spectrum.dominantFrequency(
            of: Array(window.rhythmSignal[segment.range]), sampleRate: sampleRate, in: band,
            binWidth: spectralCadenceBinWidth) else {
            return nil
        }
        return frequency * 60 * Double(window.stepsPerEvent)
    }
}
