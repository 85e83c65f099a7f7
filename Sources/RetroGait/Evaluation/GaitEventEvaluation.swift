/// Everything ``GaitEventEvaluator`` measured: detection, timing, contact time, classification, cadence.
///
/// JSON field names are snake_case with units (`tolerance_ms`, `median_abs_error_ms`, `truth_spm`).
public struct GaitEventEvaluation: Sendable, Codable, Equatable {
    /// The matching tolerance in milliseconds.
    public var toleranceMs: Double
    /// How sides were handled.
    public var sides: EventEvaluationOptions.SideHandling
    /// Initial contacts (steps).
    public var initialContacts: EventKindEvaluation
    /// Toe-offs (final contacts).
    public var toeOffs: EventKindEvaluation
    /// Contact-time agreement over matched initial contacts.
    public var contactTime: ContactTimeComparison
    /// Foot strike (truth rows × detected columns) over matched initial contacts.
    public var strike: ConfusionMatrix
    /// Direction of travel over matched initial contacts.
    public var direction: ConfusionMatrix
    /// Median cadence of the scored truth and detected initial contacts.
    public var cadence: CadenceComparison
    /// Per-foot figures with ``EventEvaluationOptions/SideHandling/separate``; empty when pooled.
    public var perSide: [SideEvaluation]

    /// Creates an evaluation result.
    public init(
        toleranceMs: Double,
        sides: EventEvaluationOptions.SideHandling,
        initialContacts: EventKindEvaluation,
        toeOffs: EventKindEvaluation,
        contactTime: ContactTimeComparison,
        strike: ConfusionMatrix,
        direction: ConfusionMatrix,
        cadence: CadenceComparison,
        perSide: [SideEvaluation]
    ) {
        self.toleranceMs = toleranceMs
        self.sides = sides
        self.initialContacts = initialContacts
        self.toeOffs = toeOffs
        self.contactTime = contactTime
        self.strike = strike
        self.direction = direction
        self.cadence = cadence
        self.perSide = perSide
    }

    enum CodingKeys: String, CodingKey {
        case toleranceMs = "tolerance_ms"
        case sides
        case initialContacts = "initial_contacts"
        case toeOffs = "toe_offs"
        case contactTime = "contact_time"
        case strike, direction, cadence
        case perSide = "per_side"
    }
}
