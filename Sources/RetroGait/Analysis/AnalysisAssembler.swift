/// Collects what ``BlockwiseAnalysis`` decides, window after window, and builds the ``GaitAnalysis``.
///
/// Holds a compact record per step (the summary's medians and the bouts' figures come from them) in a
/// ``SpillingBuffer`` (memory bounded: beyond 65 536 records they go to a temporary file), the bouts
/// and a few counters; the events and full steps only when asked to (``keepsDetails``). A live
/// stream, which builds no summary, keeps none of them (``keepsSummaryInputs``): only the open bout and
/// the counters, so its memory does not grow with the number of steps.
final class AnalysisAssembler {
    let placement: Placement
    let sampleRate: Double
    let unit: RhythmEstimator.EventUnit
    /// Whether the events and steps themselves are kept for the result.
    let keepsDetails: Bool
    private(set) var events: [GaitEvent] = []
    private(set) var steps: [Step] = []
    /// Where this analysis's step records go: ``records`` from ``recordsStart`` on (the buffer may be
    /// shared with the analyses of a file's earlier segments).
    let recordBuffer: SpillingBuffer<StepRecord>
    let recordsStart: Int
    /// This analysis's step records, in time order.
    var records: SpillingBuffer<StepRecord>.Values { recordBuffer.values(in: recordsStart..<recordBuffer.count) }
    private(set) var contacts = 0
    /// Whether the step records, cadence intervals and closed bouts the summary needs are kept.
    let keepsSummaryInputs: Bool
    /// Intervals between consecutive contacts of one rhythmic segment, in seconds.
    let cadenceIntervals: SpillingBuffer<Double>
    /// The most values a buffer or a median holds in memory: unlimited when the steps themselves are
    /// kept (they cost more than their records), else ``SpillingBuffer/defaultMemoryLimit``.
    let spillLimit: Int
    /// Samples inside rhythmic segments.
    var gaitSamples = 0
    /// Samples decided.
    var totalSamples = 0
    /// The longest rhythmic segment seen, in samples, and its spectral cadence.
    var longestSegmentLength = 0
    var spectralCadence: Double?
    private var closedBouts: [ClassifiedBout] = []
    /// The first failure to read back values moved to a temporary file while building ``analysis()``.
    private(set) var temporaryStorageFailure: TemporaryStorageError?
    private var openBout: ClassifiedBout?

    /// A bout and how sure its direction is.
    struct ClassifiedBout {
        var bout: Bout
        var isGait: Bool
        var directionConfidence: Double
    }

    /// Whether a bout keeps its direction through pieces of undecided direction (a live stream, whose
    /// directions are settled as it goes): only a change from one definite direction to the other
    /// then starts a new bout, and an undecided bout takes the direction decided later in it.
    let holdsDirection: Bool

    init(
        placement: Placement, sampleRate: Double, unit: RhythmEstimator.EventUnit, keepsDetails: Bool,
        holdsDirection: Bool = false, keepsSummaryInputs: Bool = true, records: SpillingBuffer<StepRecord> = SpillingBuffer()
    ) {
        recordBuffer = records
        recordsStart = records.count
        // Kept steps already cost more than their records: spilling pays only when they are not kept.
        spillLimit = keepsDetails ? .max : SpillingBuffer<Double>.defaultMemoryLimit
        cadenceIntervals = SpillingBuffer(memoryLimit: spillLimit)
        self.placement = placement
        self.sampleRate = sampleRate
        self.unit = unit
        self.keepsDetails = keepsDetails
        self.holdsDirection = holdsDirection
        self.keepsSummaryInputs = keepsSummaryInputs
    }

    /// Everything held per event, step or bout (0 for a live stream, whatever its length).
    var retainedItems: Int {
        events.count + steps.count + (recordBuffer.count - recordsStart) + cadenceIntervals.count + closedBouts.count
    }

    var stepsPerEvent: Int { unit.stepsPerEvent }

    func add(_ event: GaitEvent) {
        if event.kind == .initialContact { contacts += 1 }
        if keepsDetails { events.append(event) }
    }

    func add(_ step: Step, isInGaitBout: Bool) {
        if keepsDetails { steps.append(step) }
        if keepsSummaryInputs { recordBuffer.append(StepRecord(step, isInGaitBout: isInGaitBout)) }
    }

    /// Adds the interval, in seconds, between two consecutive contacts of one rhythmic segment.
    func addCadenceInterval(_ seconds: Double) {
        if keepsSummaryInputs { cadenceIntervals.append(seconds) }
    }

    /// Extends the open bout with `piece` when it continues it (same activity and direction, and not
    /// cut from it: a travel reversal or a cadence jump), else closes the open bout and returns it.
    func add(boutPiece piece: Bout, isGait: Bool, directionConfidence: Double, startsAtChange: Bool = false) -> Bout? {
        if var open = openBout, !startsAtChange, open.bout.activity == piece.activity,
           continues(open.bout.direction, with: piece.direction), piece.startTime <= open.bout.endTime + 0.5 / sampleRate {
            if open.bout.direction == .unknown { open.bout.direction = piece.direction }
            let (a, b) = (open.bout.duration, piece.endTime - open.bout.endTime)
            if a + b > 0 {
                open.directionConfidence = (open.directionConfidence * a + directionConfidence * b) / (a + b)
            }
            open.bout.endTime = max(open.bout.endTime, piece.endTime)
            openBout = open
            return nil
        }
        let closed = closeOpenBout()
        openBout = ClassifiedBout(bout: piece, isGait: isGait, directionConfidence: directionConfidence)
        return closed
    }

    /// Whether a piece judged `next` continues a bout going `direction`.
    private func continues(_ direction: Direction, with next: Direction) -> Bool {
        direction == next || (holdsDirection && (direction == .unknown || next == .unknown))
    }

    /// Closes the open bout, if any, and returns it.
    func closeOpenBout() -> Bout? {
        guard let open = openBout else { return nil }
        if keepsSummaryInputs { closedBouts.append(open) }
        openBout = nil
        return open.bout
    }

    /// The analysis of everything decided (after the open bout is closed).
    func analysis() -> GaitAnalysis {
        let stepsPerEvent = stepsPerEvent
        var warnings: [AnalysisWarning] = []
        if contacts == 0 {
            warnings.append(AnalysisWarning(
                code: "no-gait-detected",
                message: "no walking or running was found in the recording; the result is empty"))
        }
        var summary = GaitSummary(
            placement: placement,
            durationSeconds: Double(totalSamples) / sampleRate,
            sampleRateHz: sampleRate,
            steps: contacts * stepsPerEvent,
            detectedContacts: contacts,
            cadenceStepsPerMinute: OrderStatistics.median(of: cadenceIntervals, memoryLimit: spillLimit).map { 60 * Double(stepsPerEvent) / $0 },
            spectralCadenceStepsPerMinute: spectralCadence,
            gaitDurationSeconds: Double(gaitSamples) / sampleRate,
            warnings: warnings)
        summary.apply(StepStatistics(records, includingCadenceSeries: keepsDetails, medianMemoryLimit: spillLimit))
        let bouts = boutSummaries()
        summary.warnings += BoutSummaries.warnings(bouts)
        temporaryStorageFailure = temporaryStorageFailure ?? recordBuffer.readFailure ?? cadenceIntervals.readFailure
        return GaitAnalysis(events: events.sorted { $0.time < $1.time }, summary: summary, steps: steps, bouts: bouts)
    }

    /// One summary per bout; a gait bout's figures come from the steps of its contacts that lie in it.
    private func boutSummaries() -> [BoutSummary] {
        var summaries: [BoutSummary] = []
        summaries.reserveCapacity(closedBouts.count)
        let records = recordBuffer
        var next = recordsStart
        // One buffer for every bout's own steps, bounded in memory however long the bout.
        let own = SpillingBuffer<StepRecord>(memoryLimit: spillLimit)
        for entry in closedBouts {
            guard entry.isGait else { summaries.append(BoutSummary(bout: entry.bout)); continue }
            while next < records.endIndex, records[next].initialContactTime < entry.bout.startTime { next += 1 }
            own.removeAll()
            var index = next
            while index < records.endIndex, records[index].initialContactTime < entry.bout.endTime {
                if records[index].isInGaitBout { own.append(records[index]) }
                index += 1
            }
            summaries.append(BoutSummaries.summary(
                of: entry.bout, directionConfidence: entry.directionConfidence, steps: own, stepsPerEvent: stepsPerEvent,
                medianMemoryLimit: spillLimit))
        }
        temporaryStorageFailure = temporaryStorageFailure ?? own.readFailure
        return summaries
    }
}
