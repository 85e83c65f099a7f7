import RetroGait

/// One file of a study as one flat row: the columns of `summary.csv` written by `retrogait batch`,
/// also printed by `retrogait analyze --format csv|ndjson`.
///
/// JSON keys and CSV columns are the same snake_case names with units in them (`cadence_spm`,
/// `median_contact_ms`); an unknown value is `null` in JSON and an empty CSV field.
public struct StudySummaryRow: Sendable, Codable, Equatable {
    /// The recording's path as given (or as found in a folder).
    public var file: String
    /// The layout the file was read as.
    public var format: RecordingFormat
    /// How many segments the file was split into at long gaps.
    public var segments: Int
    /// Where the sensor was worn.
    public var placement: Placement
    /// Seconds of samples, summed over the segments.
    public var durationSeconds: Double
    /// Sample rate in Hz (of the longest segment).
    public var sampleRateHz: Double
    /// Seconds spent in detected gait.
    public var gaitDurationSeconds: Double
    /// Steps of either foot.
    public var steps: Int
    /// Initial contacts the detector found.
    public var detectedContacts: Int
    /// Median cadence in steps per minute.
    public var cadenceStepsPerMinute: Double?
    /// Cadence from the dominant frequency, steps per minute.
    public var spectralCadenceStepsPerMinute: Double?
    /// Step-time coefficient of variation (0.03 = 3 %).
    public var stepTimeCoefficientOfVariation: Double?
    /// Median ground-contact time in ms.
    public var medianContactMilliseconds: Double?
    /// Median flight time in ms.
    public var medianFlightMilliseconds: Double?
    /// Median duty factor, 0…1.
    public var medianDutyFactor: Double?
    /// Left foot's share of the summed median contact times, in percent.
    public var contactBalanceLeftPercent: Double?
    /// Steps of the left foot.
    public var leftSteps: Int
    /// Steps of the right foot.
    public var rightSteps: Int
    /// Steps with a measured contact time.
    public var stepsWithContactTime: Int
    /// Walking and running bouts.
    public var gaitBouts: Int
    /// Seconds of walking and running bouts whose direction is forward.
    public var forwardGaitSeconds: Double
    /// Seconds of walking and running bouts whose direction is backward.
    public var backwardGaitSeconds: Double
    /// The codes of the warnings (`resampled`, `no-gait-detected`, …), in order, without repeats.
    public var warnings: [String]

    /// The row of a file's analysis.
    public init(file: String, analysis: RecordingAnalysis) {
        self.init(file: file, format: analysis.format, segments: analysis.segments.count, summary: analysis.summary,
                  bouts: analysis.bouts)
    }

    /// The row of a file's summary and bouts.
    public init(file: String, format: RecordingFormat, segments: Int, summary: GaitSummary, bouts: [BoutSummary]) {
        self.file = file
        self.format = format
        self.segments = segments
        placement = summary.placement
        durationSeconds = summary.durationSeconds
        sampleRateHz = summary.sampleRateHz
        gaitDurationSeconds = summary.gaitDurationSeconds
        steps = summary.steps
        detectedContacts = summary.detectedContacts
        cadenceStepsPerMinute = summary.cadenceStepsPerMinute
        spectralCadenceStepsPerMinute = summary.spectralCadenceStepsPerMinute
        stepTimeCoefficientOfVariation = summary.stepTimeCoefficientOfVariation
        medianContactMilliseconds = summary.medianContactMilliseconds
        medianFlightMilliseconds = summary.medianFlightMilliseconds
        medianDutyFactor = summary.medianDutyFactor
        contactBalanceLeftPercent = summary.contactBalanceLeftPercent
        leftSteps = summary.leftSteps
        rightSteps = summary.rightSteps
        stepsWithContactTime = summary.stepsWithContactTime
        let gait = bouts.map(\.bout).filter { $0.activity != .standing }
        gaitBouts = gait.count
        forwardGaitSeconds = gait.filter { $0.direction == .forward }.reduce(0) { $0 + $1.duration }
        backwardGaitSeconds = gait.filter { $0.direction == .backward }.reduce(0) { $0 + $1.duration }
        var codes: [String] = []
        for warning in summary.warnings where !codes.contains(warning.code) { codes.append(warning.code) }
        warnings = codes
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case file, format, segments, placement
        case durationSeconds = "duration_s"
        case sampleRateHz = "sample_rate_hz"
        case gaitDurationSeconds = "gait_duration_s"
        case steps
        case detectedContacts = "detected_contacts"
        case cadenceStepsPerMinute = "cadence_spm"
        case spectralCadenceStepsPerMinute = "spectral_cadence_spm"
        case stepTimeCoefficientOfVariation = "step_time_cv"
        case medianContactMilliseconds = "median_contact_ms"
        case medianFlightMilliseconds = "median_flight_ms"
        case medianDutyFactor = "median_duty_factor"
        case contactBalanceLeftPercent = "contact_balance_left_pct"
        case leftSteps = "left_steps"
        case rightSteps = "right_steps"
        case stepsWithContactTime = "steps_with_contact_time"
        case gaitBouts = "gait_bouts"
        case forwardGaitSeconds = "forward_gait_s"
        case backwardGaitSeconds = "backward_gait_s"
        case warnings
    }

    /// Encodes every field, unknown values as `null`, so every row has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(format, forKey: .format)
        try container.encode(segments, forKey: .segments)
        try container.encode(placement, forKey: .placement)
        try container.encode(durationSeconds, forKey: .durationSeconds)
        try container.encode(sampleRateHz, forKey: .sampleRateHz)
        try container.encode(gaitDurationSeconds, forKey: .gaitDurationSeconds)
        try container.encode(steps, forKey: .steps)
        try container.encode(detectedContacts, forKey: .detectedContacts)
        try container.encode(cadenceStepsPerMinute, forKey: .cadenceStepsPerMinute)
        try container.encode(spectralCadenceStepsPerMinute, forKey: .spectralCadenceStepsPerMinute)
        try container.encode(stepTimeCoefficientOfVariation, forKey: .stepTimeCoefficientOfVariation)
        try container.encode(medianContactMilliseconds, forKey: .medianContactMilliseconds)
        try container.encode(medianFlightMilliseconds, forKey: .medianFlightMilliseconds)
        try container.encode(medianDutyFactor, forKey: .medianDutyFactor)
        try container.encode(contactBalanceLeftPercent, forKey: .contactBalanceLeftPercent)
        try container.encode(leftSteps, forKey: .leftSteps)
        try container.encode(rightSteps, forKey: .rightSteps)
        try container.encode(stepsWithContactTime, forKey: .stepsWithContactTime)
        try container.encode(gaitBouts, forKey: .gaitBouts)
        try container.encode(forwardGaitSeconds, forKey: .forwardGaitSeconds)
        try container.encode(backwardGaitSeconds, forKey: .backwardGaitSeconds)
        try container.encode(warnings, forKey: .warnings)
    }
}
