/// One bout of a session with its own figures, as in `retrogait analyze --bouts-csv`.
///
/// Gait bouts carry their steps' figures; standing bouts have zero steps and `nil` figures. JSON keys
/// are snake_case with units (`start_s`, `cadence_spm`, `contact_ms_median`).
public struct BoutSummary: Sendable, Codable, Equatable {
    /// Start, end, activity and direction.
    public var bout: Bout
    /// How sure the direction is, 0…1 (0 when unknown).
    public var directionConfidence: Double
    /// Number of steps of either foot (twice the contacts seen by a foot or shank sensor).
    public var steps: Int
    /// Median cadence within the bout, steps per minute.
    public var cadenceStepsPerMinute: Double?
    /// Median ground-contact time within the bout, ms, over steps whose toe-off was found.
    public var medianContactMilliseconds: Double?
    /// How many of the bout's classified contacts landed on the toe, midfoot or heel (unknown ones
    /// are not counted).
    public var toeStrikes: Int
    /// How many of the bout's classified contacts landed on the midfoot (whole foot at once).
    public var midStrikes: Int
    /// How many of the bout's classified contacts landed on the heel.
    public var heelStrikes: Int

    /// Creates a bout summary.
    public init(
        bout: Bout, directionConfidence: Double = 0, steps: Int = 0, cadenceStepsPerMinute: Double? = nil,
        medianContactMilliseconds: Double? = nil, toeStrikes: Int = 0, midStrikes: Int = 0, heelStrikes: Int = 0
    ) {
        self.bout = bout
        self.directionConfidence = directionConfidence
        self.steps = steps
        self.cadenceStepsPerMinute = cadenceStepsPerMinute
        self.medianContactMilliseconds = medianContactMilliseconds
        self.toeStrikes = toeStrikes
        self.midStrikes = midStrikes
        self.heelStrikes = heelStrikes
    }

    /// Share of classified contacts that were toe strikes, percent; `nil` with none classified.
    public var toePercent: Double? { percent(toeStrikes) }
    /// Share of classified contacts that were heel strikes, percent; `nil` with none classified.
    public var heelPercent: Double? { percent(heelStrikes) }

    private func percent(_ count: Int) -> Double? {
        let total = toeStrikes + midStrikes + heelStrikes
        return total > 0 ? 100 * Double(count) / Double(total) : nil
    }

    enum CodingKeys: String, CodingKey {
        case startTime = "start_s", endTime = "end_s", activity, direction
        case directionConfidence = "direction_confidence", steps
        case cadenceStepsPerMinute = "cadence_spm", medianContactMilliseconds = "contact_ms_median"
        case toeStrikes = "toe_strikes", midStrikes = "mid_strikes", heelStrikes = "heel_strikes"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            bout: Bout(
                startTime: try c.decode(Double.self, forKey: .startTime),
                endTime: try c.decode(Double.self, forKey: .endTime),
                activity: try c.decode(Activity.self, forKey: .activity),
                direction: try c.decode(Direction.self, forKey: .direction)),
            directionConfidence: try c.decode(Double.self, forKey: .directionConfidence),
            steps: try c.decode(Int.self, forKey: .steps),
            cadenceStepsPerMinute: try c.decodeIfPresent(Double.self, forKey: .cadenceStepsPerMinute),
            medianContactMilliseconds: try c.decodeIfPresent(Double.self, forKey: .medianContactMilliseconds),
            toeStrikes: try c.decode(Int.self, forKey: .toeStrikes),
            midStrikes: try c.decode(Int.self, forKey: .midStrikes),
            heelStrikes: try c.decode(Int.self, forKey: .heelStrikes))
    }

    /// Encodes every field, unknown figures as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(bout.startTime, forKey: .startTime)
        try c.encode(bout.endTime, forKey: .endTime)
        try c.encode(bout.activity, forKey: .activity)
        try c.encode(bout.direction, forKey: .direction)
        try c.encode(directionConfidence, forKey: .directionConfidence)
        try c.encode(steps, forKey: .steps)
        try c.encode(cadenceStepsPerMinute, forKey: .cadenceStepsPerMinute)
        try c.encode(medianContactMilliseconds, forKey: .medianContactMilliseconds)
        try c.encode(toeStrikes, forKey: .toeStrikes)
        try c.encode(midStrikes, forKey: .midStrikes)
        try c.encode(heelStrikes, forKey: .heelStrikes)
    }
}
