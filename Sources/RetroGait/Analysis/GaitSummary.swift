/// The headline numbers of an analysis, as printed by `retrogait analyze` and written as JSON.
///
/// JSON field names are snake_case with units in the names (`duration_s`, `cadence_spm`).
public struct GaitSummary: Sendable, Codable, Equatable {
    /// Where the sensor was worn.
    public var placement: Placement
    /// Length of the recording in seconds.
    public var durationSeconds: Double
    /// Sample rate the analysis ran at, in Hz.
    public var sampleRateHz: Double
    /// Number of steps of either foot. For a foot or shank sensor, which sees only its own foot's
    /// contacts, this is twice ``detectedContacts``.
    public var steps: Int
    /// Number of initial contacts the detector found (one foot's for a foot or shank sensor).
    public var detectedContacts: Int
    /// Median cadence over the detected steps, in steps per minute; `nil` when there are fewer than two steps.
    public var cadenceStepsPerMinute: Double?
    /// Cadence from the dominant frequency of the signal during gait, in steps per minute, as a cross-check.
    public var spectralCadenceStepsPerMinute: Double?
    /// Seconds of the recording spent in detected gait.
    public var gaitDurationSeconds: Double
    /// Everything the user should know about the input and the result.
    public var warnings: [AnalysisWarning]
    /// Cadence over time, one point per step with a known step time (see ``CadenceSample``).
    public var cadenceSeries: [CadenceSample] = []
    /// Step-time variability: standard deviation over mean of the step times, `nil` with fewer than two.
    public var stepTimeCoefficientOfVariation: Double?
    /// Median ground-contact time in ms, over the steps whose toe-off was found.
    public var medianContactMilliseconds: Double?
    /// Median flight (aerial) time in ms; 0 in walking.
    public var medianFlightMilliseconds: Double?
    /// Median duty factor (contact over stride time), 0…1.
    public var medianDutyFactor: Double?
    /// Contact-time balance: the left foot's median contact time as a percentage of the sum of both
    /// feet's medians (50 = symmetric); `nil` unless steps of both feet have contact times.
    public var contactBalanceLeftPercent: Double?
    /// Number of detected steps of the left and the right foot (steps of an unknown foot count in neither).
    public var leftSteps: Int = 0
    /// Number of detected steps of the right foot.
    public var rightSteps: Int = 0
    /// Number of steps whose contact time was measured (toe-off found).
    public var stepsWithContactTime: Int = 0

    /// Creates a summary.
    public init(
        placement: Placement,
        durationSeconds: Double,
        sampleRateHz: Double,
        steps: Int,
        detectedContacts: Int,
        cadenceStepsPerMinute: Double?,
        spectralCadenceStepsPerMinute: Double?,
        gaitDurationSeconds: Double,
        warnings: [AnalysisWarning]
    ) {
        self.placement = placement
        self.durationSeconds = durationSeconds
        self.sampleRateHz = sampleRateHz
        self.steps = steps
        self.detectedContacts = detectedContacts
        self.cadenceStepsPerMinute = cadenceStepsPerMinute
        self.spectralCadenceStepsPerMinute = spectralCadenceStepsPerMinute
        self.gaitDurationSeconds = gaitDurationSeconds
        self.warnings = warnings
    }

    mutating func apply(_ statistics: StepStatistics) {
        cadenceSeries = statistics.cadenceSeries
        stepTimeCoefficientOfVariation = statistics.stepTimeCoefficientOfVariation
        medianContactMilliseconds = statistics.medianContactMilliseconds
        medianFlightMilliseconds = statistics.medianFlightMilliseconds
        medianDutyFactor = statistics.medianDutyFactor
        contactBalanceLeftPercent = statistics.contactBalanceLeftPercent
        leftSteps = statistics.leftSteps
        rightSteps = statistics.rightSteps
        stepsWithContactTime = statistics.stepsWithContactTime
    }

    enum CodingKeys: String, CodingKey {
        case placement
        case durationSeconds = "duration_s"
        case sampleRateHz = "sample_rate_hz"
        case steps
        case detectedContacts = "detected_contacts"
        case cadenceStepsPerMinute = "cadence_spm"
        case spectralCadenceStepsPerMinute = "spectral_cadence_spm"
        case gaitDurationSeconds = "gait_duration_s"
        case warnings
        case cadenceSeries = "cadence_series"
        case stepTimeCoefficientOfVariation = "step_time_cv"
        case medianContactMilliseconds = "median_contact_ms"
        case medianFlightMilliseconds = "median_flight_ms"
        case medianDutyFactor = "median_duty_factor"
        case contactBalanceLeftPercent = "contact_balance_left_pct"
        case leftSteps = "left_steps"
        case rightSteps = "right_steps"
        case stepsWithContactTime = "steps_with_contact_time"
    }

    /// Decodes a summary; the step-level fields added later may be missing (older JSON).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        placement = try container.decode(Placement.self, forKey: .placement)
        durationSeconds = try container.decode(Double.self, forKey: .durationSeconds)
        sampleRateHz = try container.decode(Double.self, forKey: .sampleRateHz)
        steps = try container.decode(Int.self, forKey: .steps)
        detectedContacts = try container.decode(Int.self, forKey: .detectedContacts)
        cadenceStepsPerMinute = try container.decodeIfPresent(Double.self, forKey: .cadenceStepsPerMinute)
        spectralCadenceStepsPerMinute = try container.decodeIfPresent(Double.self, forKey: .spectralCadenceStepsPerMinute)
        gaitDurationSeconds = try container.decode(Double.self, forKey: .gaitDurationSeconds)
        warnings = try container.decode([AnalysisWarning].self, forKey: .warnings)
        cadenceSeries = try container.decodeIfPresent([CadenceSample].self, forKey: .cadenceSeries) ?? []
        stepTimeCoefficientOfVariation = try container.decodeIfPresent(Double.self, forKey: .stepTimeCoefficientOfVariation)
        medianContactMilliseconds = try container.decodeIfPresent(Double.self, forKey: .medianContactMilliseconds)
        medianFlightMilliseconds = try container.decodeIfPresent(Double.self, forKey: .medianFlightMilliseconds)
        medianDutyFactor = try container.decodeIfPresent(Double.self, forKey: .medianDutyFactor)
        contactBalanceLeftPercent = try container.decodeIfPresent(Double.self, forKey: .contactBalanceLeftPercent)
        leftSteps = try container.decodeIfPresent(Int.self, forKey: .leftSteps) ?? 0
        rightSteps = try container.decodeIfPresent(Int.self, forKey: .rightSteps) ?? 0
        stepsWithContactTime = try container.decodeIfPresent(Int.self, forKey: .stepsWithContactTime) ?? 0
    }

    /// Encodes every field, writing unknown cadences as `null` so the JSON always has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(placement, forKey: .placement)
        try container.encode(durationSeconds, forKey: .durationSeconds)
        try container.encode(sampleRateHz, forKey: .sampleRateHz)
        try container.encode(steps, forKey: .steps)
        try container.encode(detectedContacts, forKey: .detectedContacts)
        try container.encode(cadenceStepsPerMinute, forKey: .cadenceStepsPerMinute)
        try container.encode(spectralCadenceStepsPerMinute, forKey: .spectralCadenceStepsPerMinute)
        try container.encode(gaitDurationSeconds, forKey: .gaitDurationSeconds)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(cadenceSeries, forKey: .cadenceSeries)
        try container.encode(stepTimeCoefficientOfVariation, forKey: .stepTimeCoefficientOfVariation)
        try container.encode(medianContactMilliseconds, forKey: .medianContactMilliseconds)
        try container.encode(medianFlightMilliseconds, forKey: .medianFlightMilliseconds)
        try container.encode(medianDutyFactor, forKey: .medianDutyFactor)
        try container.encode(contactBalanceLeftPercent, forKey: .contactBalanceLeftPercent)
        try container.encode(leftSteps, forKey: .leftSteps)
        try container.encode(rightSteps, forKey: .rightSteps)
        try container.encode(stepsWithContactTime, forKey: .stepsWithContactTime)
    }
}
