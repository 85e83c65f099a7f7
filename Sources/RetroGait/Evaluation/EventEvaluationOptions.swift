/// How ``GaitEventEvaluator`` matches and scores events.
public struct EventEvaluationOptions: Sendable, Equatable, Hashable {
    /// Whether events are matched across feet or only within the same foot.
    public enum SideHandling: String, Sendable, Codable, CaseIterable, Hashable {
        /// Sides are ignored when matching (use when the detector does not know the foot, e.g. a
        /// lower-back sensor).
        case pooled
        /// An event only matches an event of the same ``Side`` (`unknown` only matches `unknown`), and
        /// the evaluation also reports each side on its own.
        case separate
    }

    /// The largest |detected − truth| for a match, in seconds (inclusive). Default 0.040 s (±40 ms).
    public var tolerance: Double
    /// Whether events are matched within each foot only. Default ``SideHandling/pooled``.
    public var sides: SideHandling
    /// The stretch of time that is scored, in seconds, or `nil` for everything.
    ///
    /// All events take part in matching, so an event just outside the window can still claim its
    /// partner. Then a pair counts (as a true positive, with its timing error) when its **truth** event lies
    /// in the window, an unmatched truth event counts as a false negative when it lies in the window,
    /// and an unmatched detection counts as a false positive when it lies in the window. Everything
    /// else is ignored. Use it to leave out the edges of a cut recording or the parts without reference.
    public var scoringWindow: ClosedRange<Double>?
    /// Steps per interval between consecutive initial contacts, for the cadence comparison
    /// (``CadenceComparison``): 1 when the truth events hold both feet, 2 when they hold one foot. Default 1.
    public var cadenceStepsPerInterval: Double
    /// Steps per interval of the detected initial contacts when they differ from the truth's (a foot
    /// sensor's strides, 2, against both feet's truth, 1); `nil` = ``cadenceStepsPerInterval``.
    public var detectedCadenceStepsPerInterval: Double?

    /// Creates options.
    public init(
        tolerance: Double = 0.040,
        sides: SideHandling = .pooled,
        scoringWindow: ClosedRange<Double>? = nil,
        cadenceStepsPerInterval: Double = 1,
        detectedCadenceStepsPerInterval: Double? = nil
    ) {
        self.detectedCadenceStepsPerInterval = detectedCadenceStepsPerInterval
        self.tolerance = tolerance
        self.sides = sides
        self.scoringWindow = scoringWindow
        self.cadenceStepsPerInterval = cadenceStepsPerInterval
    }
}
