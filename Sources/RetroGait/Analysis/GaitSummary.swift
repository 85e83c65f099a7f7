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
    }
}
