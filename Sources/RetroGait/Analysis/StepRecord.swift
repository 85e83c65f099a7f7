/// The figures of a step that summaries are computed from (``StepStatistics``, bout summaries).
protocol StepFigures {
    var initialContactTime: Double { get }
    var contactMilliseconds: Double? { get }
    var flightMilliseconds: Double? { get }
    var stepMilliseconds: Double? { get }
    var dutyFactor: Double? { get }
    var side: Side { get }
    var strike: FootStrike { get }
    var direction: Direction { get }
}

extension Step: StepFigures {}

/// A ``Step`` reduced to its summary figures (48 bytes instead of over 100; values exact): what a long analysis
/// keeps per step when it does not keep the steps themselves.
struct StepRecord: StepFigures {
    var initialContactTime: Double
    private var contact: Double
    private var flight: Double
    private var step: Double
    private var duty: Double
    var side: Side
    var strike: FootStrike
    var direction: Direction
    /// Whether the step's contact belongs to a gait bout.
    var isInGaitBout: Bool

    init(_ step: Step, isInGaitBout: Bool) {
        initialContactTime = step.initialContactTime
        contact = step.contactMilliseconds ?? .nan
        flight = step.flightMilliseconds ?? .nan
        self.step = step.stepMilliseconds ?? .nan
        duty = step.dutyFactor ?? .nan
        side = step.side
        strike = step.strike
        direction = step.direction
        self.isInGaitBout = isInGaitBout
    }

    var contactMilliseconds: Double? { contact.isNaN ? nil : contact }
    var flightMilliseconds: Double? { flight.isNaN ? nil : flight }
    var stepMilliseconds: Double? { step.isNaN ? nil : step }
    var dutyFactor: Double? { duty.isNaN ? nil : duty }
}
