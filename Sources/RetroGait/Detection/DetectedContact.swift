/// An initial contact found by a detector, at a fractional sample position.
struct DetectedContact: Equatable {
    /// Position in samples from the start of the recording (fractional: detectors refine between samples).
    var position: Double
    /// 0…1: how clearly the contact stands out.
    var confidence: Double
    /// Position of the toe-off that ends this contact, when the detector can find it.
    var toeOffPosition: Double? = nil
    /// Which foot, when the detector can tell (trunk sensors); `.unknown` otherwise.
    var side: Side = .unknown
    /// Position of the lift-off from standing that starts the swing into this contact: the foot's first
    /// toe-off of a bout, which ends no contact a detector finds (the foot stood still before it), when
    /// the detector can find it.
    var liftOffPosition: Double? = nil

    /// The position of this contact's event of `role`, when it has one.
    func position(of role: ContactEventRole) -> Double? {
        switch role {
        case .liftOff: liftOffPosition
        case .landing: position
        case .toeOff: toeOffPosition
        }
    }
}

/// The events a ``DetectedContact`` can carry, in time order: the lift-off from standing before it, its
/// landing (initial contact) and the toe-off that ends it.
enum ContactEventRole: CaseIterable {
    case liftOff, landing, toeOff

    /// The kind of gait event reported for this role.
    var kind: GaitEventKind { self == .landing ? .initialContact : .toeOff }
}

/// Finds initial contacts inside one rhythmic segment of a recording.
protocol ContactDetector {
    /// Whether the detector's event period is a step (either foot) or a stride (one foot).
    var eventUnit: RhythmEstimator.EventUnit { get }
    /// The signal the rhythm is estimated on.
    func rhythmSignal(_ signals: MotionSignals) -> [Float]
    /// Initial contacts within `segment`, in time order.
    func contacts(in segment: GaitSegment, signals: MotionSignals) -> [DetectedContact]
}

extension ContactDetector {
    /// A robust spread of `signal` over `range`: the distance between its 5th and 95th percentiles.
    func robustRange(_ signal: [Float], _ range: Range<Int>) -> Float {
        guard !range.isEmpty else { return 0 }
        let n = Double(range.count - 1)
        let ranked = RankSelection.values(atRanks: [Int(0.95 * n), Int(0.05 * n)], of: signal[range])
        return ranked[0] - ranked[1]
    }
}
