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
/// keeps per step when it does not keep the steps themselves. Plain bits (`BitwiseCopyable`), so a
/// ``SpillingBuffer`` can move records to a temporary file and back.
struct StepRecord: StepFigures, BitwiseCopyable {
    var initialContactTime: Double
    private var contact: Double
    private var flight: Double
    private var step: Double
    private var duty: Double
    /// Positions of the side, strike and direction in their `allCases`.
    private var sideCode: UInt8
    private var strikeCode: UInt8
    private var directionCode: UInt8
    /// Whether the step's contact belongs to a gait bout.
    var isInGaitBout: Bool

    init(_ step: Step, isInGaitBout: Bool) {
        initialContactTime = step.initialContactTime
        contact = step.contactMilliseconds ?? .nan
        flight = step.flightMilliseconds ?? .nan
        self.step = step.stepMilliseconds ?? .nan
        duty = step.dutyFactor ?? .nan
        sideCode = Self.code(step.side)
        strikeCode = Self.code(step.strike)
        directionCode = Self.code(step.direction)
        self.isInGaitBout = isInGaitBout
    }

    var contactMilliseconds: Double? { contact.isNaN ? nil : contact }
    var flightMilliseconds: Double? { flight.isNaN ? nil : flight }
    var stepMilliseconds: Double? { step.isNaN ? nil : step }
    var dutyFactor: Double? { duty.isNaN ? nil : duty }
    var side: Side { Side.allCases[Int(sideCode)] }
    var strike: FootStrike { FootStrike.allCases[Int(strikeCode)] }
    var direction: Direction { Direction.allCases[Int(directionCode)] }

    private static func code<Value: CaseIterable & Equatable>(_ value: Value) -> UInt8 where Value.AllCases == [Value] {
        UInt8(truncatingIfNeeded: Value.allCases.firstIndex(of: value) ?? 0)
    }
}
