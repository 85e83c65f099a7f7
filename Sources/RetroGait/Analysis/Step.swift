/// One step: a foot's contact with the ground and the time until the next contact of either foot.
///
/// Times are on the recording's time base; durations are in milliseconds. A duration is `nil` when
/// the events it needs were not found (no toe-off, or the last step of a bout). JSON keys are
/// snake_case with units: `ic_s`, `tc_s`, `contact_ms`, `flight_ms`, `step_ms`, `duty_factor`.
public struct Step: Sendable, Codable, Equatable {
    /// Initial contact, in seconds.
    public var initialContactTime: Double
    /// Toe-off (final contact) of the same foot, in seconds, when it was found.
    public var toeOffTime: Double?
    /// Ground-contact time: initial contact to toe-off, in ms.
    public var contactMilliseconds: Double?
    /// Aerial time after this contact: toe-off to the next contact of either foot, in ms; 0 when the
    /// next contact comes before this toe-off (double support in walking).
    public var flightMilliseconds: Double?
    /// Step time: this initial contact to the next one of either foot, in ms.
    public var stepMilliseconds: Double?
    /// Contact time as a fraction of the stride time (two steps), 0…1.
    public var dutyFactor: Double?
    /// Which foot, if known.
    public var side: Side
    /// How the foot landed.
    public var strike: FootStrike
    /// Direction of travel.
    public var direction: Direction
    /// Detector confidence in 0…1.
    public var confidence: Double

    /// Creates a step.
    public init(
        initialContactTime: Double,
        toeOffTime: Double? = nil,
        contactMilliseconds: Double? = nil,
        flightMilliseconds: Double? = nil,
        stepMilliseconds: Double? = nil,
        dutyFactor: Double? = nil,
        side: Side = .unknown,
        strike: FootStrike = .unknown,
        direction: Direction = .unknown,
        confidence: Double = 1
    ) {
        self.initialContactTime = initialContactTime
        self.toeOffTime = toeOffTime
        self.contactMilliseconds = contactMilliseconds
        self.flightMilliseconds = flightMilliseconds
        self.stepMilliseconds = stepMilliseconds
        self.dutyFactor = dutyFactor
        self.side = side
        self.strike = strike
        self.direction = direction
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case initialContactTime = "ic_s"
        case toeOffTime = "tc_s"
        case contactMilliseconds = "contact_ms"
        case flightMilliseconds = "flight_ms"
        case stepMilliseconds = "step_ms"
        case dutyFactor = "duty_factor"
        case side = "foot"
        case strike, direction, confidence
    }

    /// Encodes every field, writing unknown values as `null` so each step has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(initialContactTime, forKey: .initialContactTime)
        try container.encode(toeOffTime, forKey: .toeOffTime)
        try container.encode(contactMilliseconds, forKey: .contactMilliseconds)
        try container.encode(flightMilliseconds, forKey: .flightMilliseconds)
        try container.encode(stepMilliseconds, forKey: .stepMilliseconds)
        try container.encode(dutyFactor, forKey: .dutyFactor)
        try container.encode(side, forKey: .side)
        try container.encode(strike, forKey: .strike)
        try container.encode(direction, forKey: .direction)
        try container.encode(confidence, forKey: .confidence)
    }
}
