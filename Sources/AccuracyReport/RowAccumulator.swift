import RetroGait

/// Pools the evaluations of several recordings into one report row.
///
/// Counts are summed; timing and contact-time errors are pooled pair by pair (so a row's median is
/// over all its matched events, not a median of medians); cadence errors are kept per recording.
struct RowAccumulator: Sendable {
    var recordings = 0
    var initialContacts = DetectionScore.zero
    var toeOffs = DetectionScore.zero
    var initialContactErrors: [Double] = []
    var toeOffErrors: [Double] = []
    var contactTimeErrors: [Double] = []
    /// Detected − truth cadence per recording, steps/min (recordings where both exist).
    var cadenceErrors: [Double] = []
    /// Truth cadence per recording, steps/min.
    var truthCadences: [Double] = []
    /// Analyses that threw, as "name: reason".
    var failures: [String] = []
    /// Labels of strike and direction over matched ICs.
    var strike: ConfusionMatrix?
    var direction: ConfusionMatrix?

    mutating func add(_ evaluation: GaitEventEvaluation) {
        recordings += 1
        initialContacts = initialContacts + evaluation.initialContacts.detection
        toeOffs = toeOffs + evaluation.toeOffs.detection
        initialContactErrors += evaluation.initialContacts.matching.pairs.map(\.error)
        toeOffErrors += evaluation.toeOffs.matching.pairs.map(\.error)
        contactTimeErrors += evaluation.contactTime.pairs.map(\.error)
        if let error = evaluation.cadence.errorStepsPerMinute { cadenceErrors.append(error) }
        if let truth = evaluation.cadence.truthStepsPerMinute { truthCadences.append(truth) }
        strike = strike.map { $0 + evaluation.strike } ?? evaluation.strike
        direction = direction.map { $0 + evaluation.direction } ?? evaluation.direction
    }

    mutating func addFailure(_ name: String, _ reason: String) {
        recordings += 1
        failures.append("\(name): \(reason)")
    }

    mutating func merge(_ other: RowAccumulator) {
        recordings += other.recordings
        initialContacts = initialContacts + other.initialContacts
        toeOffs = toeOffs + other.toeOffs
        initialContactErrors += other.initialContactErrors
        toeOffErrors += other.toeOffErrors
        contactTimeErrors += other.contactTimeErrors
        cadenceErrors += other.cadenceErrors
        truthCadences += other.truthCadences
        failures += other.failures
        if let s = other.strike { strike = strike.map { $0 + s } ?? s }
        if let d = other.direction { direction = direction.map { $0 + d } ?? d }
    }

    var initialContactTiming: TimingErrorStatistics { TimingErrorStatistics(errors: initialContactErrors) }
    var toeOffTiming: TimingErrorStatistics { TimingErrorStatistics(errors: toeOffErrors) }
    var contactTime: TimingErrorStatistics { TimingErrorStatistics(errors: contactTimeErrors) }

    /// Median and largest |cadence error| over the recordings, steps/min.
    var cadenceAbsoluteError: (median: Double, worst: Double)? {
        let absolute = cadenceErrors.map(abs).sorted()
        guard !absolute.isEmpty else { return nil }
        let middle = absolute.count / 2
        let median = absolute.count % 2 == 1 ? absolute[middle] : (absolute[middle - 1] + absolute[middle]) / 2
        return (median, absolute[absolute.count - 1])
    }
}
