/// The block-wise analysis: samples go in (in pieces of any size), decided events, steps and bouts
/// come out. The one algorithm behind ``GaitAnalyzer`` (long windows) and ``StreamingAnalyzer``
/// (short hops); see ``AnalysisWindowing`` for how windows are cut and decided.
///
/// Memory is bounded by construction: samples live in a ``SampleWindowBuffer`` of `history + decision +
/// lookahead` samples allocated once, and each window's analysis is dropped once decided. Pushing a
/// sample never allocates; analysing a window does (once per decision span, not per sample).
final class BlockwiseAnalysis {
    let analyzer: GaitAnalyzer
    let sampleRate: Double
    let startTime: Double
    let assembler: AnalysisAssembler
    /// Events reported and awaiting their review (a live stream's last two seconds or so).
    var eventsAwaitingReview: Int { unreviewed.count }
    /// Updates decided since the last ``takeUpdates()`` (only when updates are recorded).
    private(set) var updates: [StreamingUpdate] = []
    private let recordsUpdates: Bool
    /// A live stream: an event found only after its moment was decided is reported as a late event
    /// (the latency bound) rather than as an event, and directions are held steady within a bout
    /// (``SteadyDirection``). Files and recordings have no bound and see whole bouts at once.
    private let isLive: Bool
    private var steadyDirection = SteadyDirection()
    private let history: Int
    private let decision: Int
    private let lookahead: Int
    private let buffer: SampleWindowBuffer
    /// A recording already in memory that ``analyzeWhole(_:)`` goes through window by window: its windows
    /// are taken from it directly instead of being copied into ``buffer`` first.
    private var source: Recording?
    /// The side of events whose detector tells none.
    private var placementSide: Side { analyzer.configuration.eventSide }
    /// Samples pushed so far.
    private(set) var received = 0
    /// Samples whose events are decided.
    private(set) var decided = 0
    private var bufferStart = 0
    private var lastInitialContact: Double?
    private var lastToeOff: Double?
    /// How far from ``lastInitialContact`` (``lastToeOff``) a later finding is the same event, as the
    /// window reporting it saw the rhythm (half its event period); see ``isNew(_:after:reportedWithin:separation:)``.
    private var lastInitialContactSeparation = Double.infinity
    private var lastToeOffSeparation = Double.infinity
    private var pending: PendingStep?
    private var finished = false
    /// Events reported to a live stream and not yet reviewed (see ``review(_:windowStart:before:)``).
    /// The review follows two seconds behind, so this holds at most a few seconds of events.
    private var unreviewed: [ReportedEvent] = []
    /// Samples of what followed an event that the window reviewing it sees.
    private let reviewDelay: Int
    /// Where the last review ended (a sample position): events before it have been reviewed.
    private var reviewedUpTo = -Double.infinity
    /// The position of the last initial contact that a review kept, moved or added.
    private var lastReviewedContact: Double?
    /// The position of the last toe-off that a review kept, moved or added.
    private var lastReviewedToeOff: Double?
    /// Events a live stream's windows found in their lookahead, not yet decided (see
    /// ``reportHeldOver(_:windowStart:zone:lateBefore:)``); at most a few, in a buffer reserved once.
    private var sightings: [Sighting] = []
    /// A lift-off from standing that a live window saw in its lookahead (``WindowAnalysis/liftOffAtEnd``), until
    /// the window deciding its moment (see ``liftOffAtEnd(_:windowStart:zone:)``).
    private var liftOffSighting: (position: Double, confidence: Double)?
    /// How many windows in a row, up to the one before the window deciding an event's moment, must find
    /// it in their lookahead before it is reported when that window finds no rhythm there. One: a young
    /// walk's rhythm can show in a single window (simulated backward walk, lower back, seed 3: only the
    /// window 0.1 s before the one deciding the first landing saw it; with two required, the landing
    /// came 0.69 s after it). The review withdraws such a report when the bout's rhythm does not keep it.
    static let sightingsToHoldOver = 1

    /// An event as reported, with where it lay and how far a later finding may lie to be the same event.
    private struct ReportedEvent {
        var event: GaitEvent
        var position: Double
        var separation: Double
        /// Whether a window has already moved it (``superseded(_:by:in:windowStart:lateBefore:)``): a
        /// report moves once before its review.
        var isMoved = false
    }

    /// An event found in a window's lookahead, ahead of the window that decides its moment.
    private struct Sighting {
        var kind: GaitEventKind
        /// A sample position of the stream.
        var position: Double
        var separation: Double
        var confidence: Double
        var strike: FootStrike
        var direction: Direction
        var side: Side
        var isInGaitBout: Bool
        /// Whether it may end the open step (a toe-off that is not a lift-off from standing).
        var endsOpenStep: Bool
        /// How many windows in a row found it (within a sample).
        var count: Int
    }

    /// A contact whose step waits for the next initial contact.
    private struct PendingStep {
        var contact: DetectedContact
        var strike: FootStrike
        var direction: Direction
        var isInGaitBout: Bool
    }

    /// - Parameters:
    ///   - isLive: a live stream (late events marked, directions held steady).
    ///   - expectedCount: when the stream's length is known, the buffer is no larger than it.
    ///   - stepRecords: where the step records go (shared by the segments of a file); if nil, a new
    ///     buffer that spills to a temporary file only when the steps themselves are not kept.
    init(
        analyzer: GaitAnalyzer, windowing: AnalysisWindowing, sampleRate: Double, startTime: Double,
        hasGyroscope: Bool, keepsDetails: Bool, recordsUpdates: Bool, isLive: Bool = false,
        expectedCount: Int? = nil, stepRecords: SpillingBuffer<StepRecord>? = nil
    ) throws(AnalysisError) {
        self.recordsUpdates = recordsUpdates
        self.isLive = isLive
        guard sampleRate.isFinite, sampleRate >= GaitAnalyzer.minimumSampleRate else {
            throw .sampleRateTooLow(sampleRate, minimum: GaitAnalyzer.minimumSampleRate)
        }
        self.analyzer = analyzer
        self.sampleRate = sampleRate
        self.startTime = startTime
        (history, decision, lookahead) = windowing.samples(at: sampleRate)
        reviewDelay = min(history / 2, Int((Self.reviewDelaySeconds * sampleRate).rounded()))
        if isLive {
            unreviewed.reserveCapacity(64)
            sightings.reserveCapacity(Self.sightingCapacity)
        }
        let capacity = history + decision + lookahead
        buffer = SampleWindowBuffer(capacity: min(capacity, max(1, expectedCount ?? capacity)), hasGyroscope: hasGyroscope)
        let placement = analyzer.configuration.placement
        assembler = AnalysisAssembler(
            placement: placement, sampleRate: sampleRate, unit: GaitAnalyzer.detector(for: placement).eventUnit,
            keepsDetails: keepsDetails, holdsDirection: isLive, keepsSummaryInputs: !isLive,
            records: stepRecords ?? SpillingBuffer(memoryLimit: keepsDetails ? .max : SpillingBuffer<StepRecord>.defaultMemoryLimit))
    }

    /// The most samples held at any time: the window length, fixed at creation.
    var bufferCapacity: Int { buffer.capacity }

    /// Appends samples; analyses every window that becomes complete.
    func push(_ acceleration: TriaxialSignal, angularVelocity: TriaxialSignal?) throws(AnalysisError) {
        let count = acceleration.count
        var next = 0
        while next < count {
            let room = min(buffer.freeSpace, windowEnd - received)
            let length = min(room, count - next)
            buffer.append(acceleration, angularVelocity, range: next..<(next + length))
            received += length
            next += length
            try analyzeCompleteWindows()
        }
    }

    /// Appends one sample.
    func push(_ acceleration: SIMD3<Float>, angularVelocity: SIMD3<Float>) throws(AnalysisError) {
        buffer.append(acceleration, angularVelocity)
        received += 1
        try analyzeCompleteWindows()
    }

    /// Decides everything left: the last window runs on the samples there are.
    func finish() throws(AnalysisError) {
        guard !finished else { return }
        try decideRest(in: received > decided ? windowRecording() : nil, windowStart: bufferStart)
    }

    /// Analyses a whole recording already in memory: as one window when it fits in one, without copying;
    /// else window by window, each copied once from the recording (the same windows, decided the same
    /// way, as when its samples are pushed).
    func analyzeWhole(_ recording: Recording) throws(AnalysisError) {
        if recording.count <= decision + lookahead && received == 0 && !finished {
            received = recording.count
            try decideRest(in: received > 0 ? recording : nil, windowStart: 0)
        } else if received == 0 && !finished {
            source = recording
            defer { source = nil }
            // As ``push(_:angularVelocity:)`` receives samples: up to the end of the next window, then
            // that window is analysed.
            while received < recording.count {
                received = min(recording.count, windowEnd)
                try analyzeCompleteWindows()
            }
            try finish()
        } else {
            try push(recording.acceleration, angularVelocity: recording.angularVelocity)
            try finish()
        }
    }

    /// Ends the stream: the undecided samples up to ``received`` (held in `window`, whose first sample
    /// is `windowStart`; nil when there are none) are decided, the last step and the open bout closed.
    private func decideRest(in window: Recording?, windowStart: Int) throws(AnalysisError) {
        finished = true
        if let window {
            try decide(analyzer.analyzeWindow(window, seesBoutOnsets: isLive), windowStart: windowStart, zone: decided..<received)
            decided = received
        }
        if let pending { finishStep(pending, next: nil) }
        pending = nil
        unreviewed.removeAll()
        sightings.removeAll()
        liftOffSighting = nil
        if let bout = assembler.closeOpenBout() { record(.bout(bout)) }
    }

    /// The updates decided so far, handed over once.
    func takeUpdates() -> [StreamingUpdate] {
        guard !updates.isEmpty else { return [] }
        defer { updates.removeAll(keepingCapacity: true) }
        return updates
    }

    // MARK: - Windows

    /// The end (exclusive) of the next window that can be analysed before the stream ends.
    private var windowEnd: Int { decided + decision + lookahead }

    private func analyzeCompleteWindows() throws(AnalysisError) {
        while received >= windowEnd, !finished {
            let recording = try windowRecording()
            let zone = decided..<(decided + decision)
            try decide(analyzer.analyzeWindow(recording, seesBoutOnsets: isLive), windowStart: bufferStart, zone: zone)
            decided = zone.upperBound
            let keepFrom = max(0, decided - history)
            buffer.dropFirst(keepFrom - bufferStart)
            bufferStart = keepFrom
        }
    }

    /// The undecided window's samples, from ``bufferStart`` up to ``received``.
    private func windowRecording() throws(AnalysisError) -> Recording {
        do {
            let windowStart = startTime + Double(bufferStart) / sampleRate
            let placement = analyzer.configuration.placement
            if let source {
                let range = bufferStart..<received
                func part(_ signal: TriaxialSignal) -> TriaxialSignal {
                    TriaxialSignal(x: Array(signal.x[range]), y: Array(signal.y[range]), z: Array(signal.z[range]))
                }
                return try Recording(
                    sampleRate: sampleRate, startTime: windowStart, acceleration: part(source.acceleration),
                    angularVelocity: source.angularVelocity.map(part), placement: placement)
            }
            return try buffer.recording(0..<buffer.count, sampleRate: sampleRate, startTime: windowStart, placement: placement)
        } catch {
            throw .signalProcessing(String(describing: error))
        }
    }

    // MARK: - Decisions

    /// How long after an event a live stream reviews it, in seconds.
    static let reviewDelaySeconds = 2.0

    /// Keeps what `window` found in `zone` (sample positions of the stream) and not already kept.
    private func decide(_ window: WindowAnalysis, windowStart: Int, zone: Range<Int>) {
        // The stream's last window reviews every event left: no later window will see more.
        if isLive {
            let due = finished ? Double(zone.lowerBound) : Double(zone.lowerBound - reviewDelay)
            reportMissed(window, windowStart: windowStart, before: due)
            review(window, windowStart: windowStart, before: finished ? .infinity : due)
        }
        let offset = Double(windowStart)
        let zoneEnd = Double(zone.upperBound)
        // An event reported now more than one window reach (the latency bound) after it happened.
        let lateBefore = Double(received - 1 - decision - lookahead)
        if isLive && !finished { reportHeldOver(window, windowStart: windowStart, zone: zone, lateBefore: lateBefore) }
        let initialContactFloor = lastInitialContact
        let toeOffFloor = lastToeOff
        let initialContactFloorSeparation = lastInitialContactSeparation
        let toeOffFloorSeparation = lastToeOffSeparation
        for (index, contact) in window.contacts.enumerated() {
            let position = offset + contact.position
            let separation = 0.5 * (window.segment(containing: contact.position)?.eventPeriod ?? 0)
            let strike = window.classification.strikes[index].strike
            var direction = window.classification.directions[index]
            // A lift-off from standing starts the swing into this contact: a toe-off that ends no step.
            if let found = contact.liftOffPosition, case let liftOff = offset + found, liftOff < zoneEnd {
                if isNew(liftOff, after: toeOffFloor, reportedWithin: toeOffFloorSeparation, separation: separation) {
                    if !repeatsLastToeOff(liftOff) {
                        reportToeOff(at: liftOff, confidence: contact.confidence, side: contact.side,
                                     direction: isLive ? steadyDirection.reported : direction, separation: separation,
                                     lateBefore: lateBefore, endsOpenStep: false)
                    }
                } else {
                    _ = superseded(.toeOff, by: found, in: window, windowStart: windowStart, lateBefore: lateBefore)
                }
            }
            let initialContactIsNew = isNew(
                position, after: initialContactFloor, reportedWithin: initialContactFloorSeparation, separation: separation)
            if position < zoneEnd && initialContactIsNew {
                if isLive { direction = steadyDirection.direction(ofContactAt: position / sampleRate, judged: direction) }
                if let pending {
                    let previous = pending.contact.position - offset
                    let sameSegment = previous >= 0 && StepBuilder.sameSegment(previous, contact.position, window.segments)
                    finishStep(pending, next: sameSegment ? DetectedContact(position: position, confidence: contact.confidence) : nil)
                }
                reportInitialContact(
                    at: position, confidence: contact.confidence, side: contact.side, strike: strike, direction: direction,
                    isInGaitBout: window.isInGaitBout(index), separation: separation, lateBefore: lateBefore)
            } else if position < zoneEnd,
                      let replaced = superseded(.initialContact, by: contact.position, in: window, windowStart: windowStart, lateBefore: lateBefore) {
                if pending?.contact.position == replaced { pending?.contact.position = position }
            }
            // The window's own position is handed on to ``superseded(_:by:in:windowStart:lateBefore:)``:
            // `(offset + found) - offset` may differ from `found` in its last bit, and the rule compares
            // positions exactly (a toe-off was never moved by a window, only by its review).
            if let found = contact.toeOffPosition, case let toeOff = offset + found, toeOff < zoneEnd {
                if isNew(toeOff, after: toeOffFloor, reportedWithin: toeOffFloorSeparation, separation: separation) {
                    if !repeatsLastToeOff(toeOff) {
                        if isLive { direction = steadyDirection.reported }
                        reportToeOff(at: toeOff, confidence: contact.confidence, side: contact.side, direction: direction,
                                     separation: separation, lateBefore: lateBefore)
                    }
                } else if let replaced = superseded(.toeOff, by: found, in: window, windowStart: windowStart, lateBefore: lateBefore) {
                    if pending?.contact.toeOffPosition == replaced, toeOff > pending?.contact.position ?? 0 {
                        pending?.contact.toeOffPosition = toeOff
                    }
                }
            }
        }
        // A lift-off from standing that the window sees before the swing it starts has landed, or that an
        // earlier window saw in its lookahead (``liftOffSighting``).
        if isLive, let liftOff = liftOffAtEnd(window, windowStart: windowStart, zone: zone),
           isNew(liftOff.position, after: lastToeOff, reportedWithin: lastToeOffSeparation, separation: liftOffSeparation),
           !repeatsLastToeOff(liftOff.position) {
            reportToeOff(at: liftOff.position, confidence: liftOff.confidence, side: .unknown,
                         direction: steadyDirection.reported, separation: liftOffSeparation, lateBefore: lateBefore,
                         endsOpenStep: false)
        }
        if isLive && !finished { noteSightings(window, windowStart: windowStart, after: zone.upperBound) }
        let zoneStartTime = startTime + Double(zone.lowerBound) / sampleRate
        let zoneEndTime = startTime + zoneEnd / sampleRate
        for entry in window.classification.bouts {
            var piece = entry.bout
            // A bout cut from the one before it (travel reversal, cadence jump) starts anew, unless this
            // zone clips its start.
            let cut = entry.gait?.startsAtChange == true && piece.startTime >= zoneStartTime
            piece.startTime = max(piece.startTime, zoneStartTime)
            piece.endTime = min(piece.endTime, zoneEndTime)
            guard piece.endTime > piece.startTime else { continue }
            if isLive && entry.gait != nil { piece.direction = steadyDirection.reported }
            if let closed = assembler.add(boutPiece: piece, isGait: entry.gait != nil,
                                          directionConfidence: entry.gait?.directionConfidence ?? 0,
                                          startsAtChange: cut) {
                record(.bout(closed))
            }
        }
        var longest: GaitSegment?
        for segment in window.segments {
            let lower = max(segment.range.lowerBound + windowStart, zone.lowerBound)
            let upper = min(segment.range.upperBound + windowStart, zone.upperBound)
            assembler.gaitSamples += max(0, upper - lower)
            if segment.range.count > (longest?.range.count ?? 0) { longest = segment }
        }
        if let longest, longest.range.count > assembler.longestSegmentLength {
            assembler.longestSegmentLength = longest.range.count
            assembler.spectralCadence = GaitAnalyzer.spectralCadence(window, segment: longest)
        }
        assembler.totalSamples = zone.upperBound
    }

    /// Whether an event found at `position`, where the window sees the rhythm's half period as
    /// `separation`, is another event than the last one kept of its kind (at `floor`, kept by a window
    /// that saw the half period as `floorSeparation`): it lies farther than the half period past it. A
    /// live stream takes the shorter of the two half periods, as ``superseded(_:by:in:windowStart:lateBefore:)``
    /// moves the last report only within its own: while a bout is young the windows' periods differ
    /// (a shank's first steps: a window taking the step for the stride reports a contact 0.28 s before
    /// the first landing, the next window, with the stride, finds the landing), and an event farther
    /// from the report than the report's half period, within the newer window's, was neither new nor a
    /// move, and came only with the review. Files see whole bouts in one window: the window's own.
    private func isNew(_ position: Double, after floor: Double?, reportedWithin floorSeparation: Double, separation: Double) -> Bool {
        guard let floor else { return true }
        return position > floor + (isLive ? min(separation, floorSeparation) : separation)
    }

    /// Whether a toe-off found at `position` is, within a sample, the one this analysis reported last:
    /// ``isNew(_:after:reportedWithin:separation:)`` measures a window's events from the events kept
    /// before that window, so two contacts of one window that end at the same toe-off would report it
    /// twice: a spurious contact between a bout's last landing and its toe-off (simulated foot interval
    /// sessions, the backward run's end in 3 of 30 seeds), or a bout's last contact before standing that
    /// took the next bout's lift-off from standing as its toe-off.
    private func repeatsLastToeOff(_ position: Double) -> Bool {
        guard let lastToeOff else { return false }
        return abs(position - lastToeOff) <= 1
    }

    /// How far (samples) a later finding of a lift-off from standing reported before its swing landed
    /// (``WindowAnalysis/liftOffAtEnd``) may lie to be the same event: no rhythm is known yet, and no two
    /// toe-offs of one foot lie closer than the shortest stride the rhythm estimator accepts.
    private var liftOffSeparation: Double {
        let rhythm = RhythmEstimator(unit: .stride)
        return rhythm.floorMargin * rhythm.shortestPeriodSeconds * sampleRate
    }

    /// The lift-off from standing (a sample position of the stream) that `window` decides in `zone`: the one it
    /// sees itself before the swing has landed (``WindowAnalysis/liftOffAtEnd``), or else the one an earlier
    /// window saw in its lookahead, when none of this window's contacts carries a lift-off near it. A live
    /// window sees the lift-off only while the swing's highest point so far lies before its end: the windows
    /// after the one that first saw it can end on the swing's climb or on the first landing's impact, the
    /// highest point of all, and found no lift-off until the landing was in view (voisard2023 8-4 lf with a
    /// gyroscope: seen 0.3 s after the lift-off at 5.905 s, reported with the landing 0.58 s after it).
    private func liftOffAtEnd(_ window: WindowAnalysis, windowStart: Int, zone: Range<Int>) -> (position: Double, confidence: Double)? {
        let offset = Double(windowStart)
        let zoneEnd = Double(zone.upperBound)
        if let found = window.liftOffAtEnd {
            let position = offset + found.position
            liftOffSighting = position < zoneEnd ? nil : (position, found.confidence)
            return position < zoneEnd ? (position, found.confidence) : nil
        }
        guard let sighting = liftOffSighting, sighting.position < zoneEnd else { return nil }
        liftOffSighting = nil
        let placed = window.contacts.contains { contact in
            contact.liftOffPosition.map { abs(offset + $0 - sighting.position) <= liftOffSeparation } ?? false
        }
        return placed ? nil : sighting
    }

    /// The most sightings held: more than a window's lookahead ever holds.
    private static let sightingCapacity = 32

    /// Reports the events that earlier windows found in their lookahead, ``sightingsToHoldOver`` windows
    /// in a row, and that lie in `zone`, when `window` (the one deciding their moment) finds no rhythm
    /// segment there and no event of their kind near them. While a bout is young its rhythm comes and
    /// goes from one window to the next (its active stretch barely repeats itself): the window deciding
    /// the first landing may see no rhythm where the windows before it, holding less of the bout, saw
    /// the landing. Such an event is reported in time, as the earlier windows found it, and reviewed
    /// like every other (``review(_:windowStart:before:)``): withdrawn two seconds later when the bout's
    /// rhythm does not keep it.
    private func reportHeldOver(_ window: WindowAnalysis, windowStart: Int, zone: Range<Int>, lateBefore: Double) {
        let offset = Double(windowStart)
        for sighting in sightings where sighting.count >= Self.sightingsToHoldOver {
            guard sighting.position >= Double(zone.lowerBound), sighting.position < Double(zone.upperBound),
                  window.segment(containing: sighting.position - offset) == nil,
                  Self.nearest(sighting.kind, in: window, to: sighting.position - offset, within: sighting.separation) == nil
            else { continue }
            let position = sighting.position
            if sighting.kind == .initialContact {
                guard isNew(position, after: lastInitialContact, reportedWithin: lastInitialContactSeparation,
                            separation: sighting.separation) else { continue }
                let direction = steadyDirection.direction(ofContactAt: position / sampleRate, judged: sighting.direction)
                if let pending { finishStep(pending, next: nil) }
                reportInitialContact(
                    at: position, confidence: sighting.confidence, side: sighting.side, strike: sighting.strike,
                    direction: direction, isInGaitBout: sighting.isInGaitBout, separation: sighting.separation,
                    lateBefore: lateBefore)
            } else {
                guard isNew(position, after: lastToeOff, reportedWithin: lastToeOffSeparation,
                            separation: sighting.separation) else { continue }
                reportToeOff(at: position, confidence: sighting.confidence, side: sighting.side,
                             direction: steadyDirection.reported, separation: sighting.separation, lateBefore: lateBefore,
                             endsOpenStep: sighting.endsOpenStep)
            }
        }
    }

    /// Reports a new initial contact at `position` (a sample position of the stream; `side` as the
    /// detector gave it) and opens its step; the step before must already be finished. `separation`:
    /// the half period within which a later finding is the same contact.
    private func reportInitialContact(
        at position: Double, confidence: Double, side: Side, strike: FootStrike, direction: Direction,
        isInGaitBout: Bool, separation: Double, lateBefore: Double
    ) {
        pending = PendingStep(
            contact: DetectedContact(position: position, confidence: confidence, side: side),
            strike: strike, direction: direction, isInGaitBout: isInGaitBout)
        lastInitialContact = position
        lastInitialContactSeparation = separation
        emit(event(.initialContact, at: position, confidence: confidence, strike: strike, direction: direction,
                   side: side == .unknown ? placementSide : side),
             at: position, separation: separation, isLate: position < lateBefore)
    }

    /// Reports a new toe-off at `position`, the open step's when it has none yet, follows its contact and
    /// `endsOpenStep` (a lift-off from standing ends no step: the foot stood still before it).
    private func reportToeOff(
        at position: Double, confidence: Double, side: Side, direction: Direction, separation: Double, lateBefore: Double,
        endsOpenStep: Bool = true
    ) {
        if endsOpenStep, let step = pending, step.contact.toeOffPosition == nil, position > step.contact.position {
            pending?.contact.toeOffPosition = position
        }
        lastToeOff = position
        lastToeOffSeparation = separation
        emit(event(.toeOff, at: position, confidence: confidence, strike: .unknown, direction: direction,
                   side: side == .unknown ? placementSide : side),
             at: position, separation: separation, isLate: position < lateBefore)
    }

    /// Remembers the events `window` finds after sample `after` (its lookahead), each with how many
    /// windows in a row have found it there.
    private func noteSightings(_ window: WindowAnalysis, windowStart: Int, after: Int) {
        let offset = Double(windowStart)
        let previousCount = sightings.count
        for (index, contact) in window.contacts.enumerated() {
            let separation = 0.5 * (window.segment(containing: contact.position)?.eventPeriod ?? 0)
            for role in Self.eventRoles {
                guard let found = contact.position(of: role),
                      offset + found >= Double(after), sightings.count < Self.sightingCapacity else { continue }
                let kind = role.kind
                let position = offset + found
                let earlier = sightings[..<previousCount].first { $0.kind == kind && abs($0.position - position) <= 1 }
                sightings.append(Sighting(
                    kind: kind, position: position, separation: separation, confidence: contact.confidence,
                    strike: window.classification.strikes[index].strike, direction: window.classification.directions[index],
                    side: contact.side, isInGaitBout: window.isInGaitBout(index), endsOpenStep: role == .toeOff,
                    count: (earlier?.count ?? 0) + 1))
            }
        }
        sightings.removeFirst(previousCount)
    }

    private func event(
        _ kind: GaitEventKind, at position: Double, confidence: Double, strike: FootStrike, direction: Direction, side: Side
    ) -> GaitEvent {
        GaitEvent(
            kind: kind,
            time: startTime + position / sampleRate,
            sampleIndex: min(received - 1, max(0, Int(position.rounded()))),
            side: side, strike: strike, direction: direction, confidence: confidence)
    }

    /// `reported` moved to sample `position` of the stream.
    private func event(_ reported: GaitEvent, movedTo position: Double) -> GaitEvent {
        var moved = reported
        moved.time = startTime + position / sampleRate
        moved.sampleIndex = min(received - 1, max(0, Int(position.rounded())))
        return moved
    }

    private func record(_ update: StreamingUpdate) {
        if recordsUpdates { updates.append(update) }
    }

    /// Reports `event` (at sample `position`; a later finding within `separation` samples is the same
    /// event); `isLate` when it happened more than the latency bound before the newest sample (an
    /// earlier window decided its moment without it). A live stream's events are held for review.
    private func emit(_ event: GaitEvent, at position: Double, separation: Double, isLate: Bool) {
        record(isLate && isLive ? .lateEvent(event) : .event(event))
        assembler.add(event)
        if isLive { unreviewed.append(ReportedEvent(event: event, position: position, separation: separation)) }
    }

    /// Reports, late, the events of `window` between the last review and sample `due` that the stream
    /// never reported: mostly the first contacts of a bout, which the window deciding their moment could
    /// not see before the bout's rhythm was in view, and which a contact reported after them kept from
    /// being reported when it was.
    private func reportMissed(_ window: WindowAnalysis, windowStart: Int, before due: Double) {
        let offset = Double(windowStart)
        let from = reviewedUpTo
        reviewedUpTo = max(reviewedUpTo, due)
        guard from < due else { return }
        for (index, contact) in window.contacts.enumerated() {
            let separation = 0.5 * (window.segment(containing: contact.position)?.eventPeriod ?? 0)
            let side = contact.side == .unknown ? placementSide : contact.side
            for role in Self.eventRoles {
                guard let found = contact.position(of: role) else { continue }
                let kind = role.kind
                let position = offset + found
                guard position >= from, position < due, !isReported(kind, near: position, within: separation) else { continue }
                let isContact = kind == .initialContact
                let missed = event(
                    kind, at: position, confidence: contact.confidence,
                    strike: isContact ? window.classification.strikes[index].strike : .unknown,
                    direction: steadyDirection.reported, side: side)
                record(.lateEvent(missed))
                assembler.add(missed)
                noteReviewed(kind, at: position)
            }
        }
    }

    /// Moves the last event of `kind` reported to where `window`, a later window seeing more of what
    /// followed, finds it: `found` (a position in the window) is the window's event of that kind nearest
    /// the report, within half an event period of it and more than a sample away, and no other event
    /// held lies there. This is the review's rule, applied as soon as a window sees the change instead of
    /// two seconds later, and once per report (a report moved again waits for its review): the report is
    /// withdrawn (``StreamingUpdate/retraction(_:)``) and reported again where the window finds it, as an
    /// event when that is still within the latency bound (before `lateBefore` it is a late event).
    /// Returns the position of the report withdrawn (a sample position of the stream), or nil; later
    /// windows measure new events of `kind` from the moved one (``noteMoved(_:from:to:)``).
    private func superseded(
        _ kind: GaitEventKind, by found: Double, in window: WindowAnalysis, windowStart: Int, lateBefore: Double
    ) -> Double? {
        guard isLive, let index = unreviewed.lastIndex(where: { $0.event.kind == kind }) else { return nil }
        let reported = unreviewed[index]
        let offset = Double(windowStart)
        let position = offset + found
        let distance = abs(position - reported.position)
        guard !reported.isMoved, distance > 1, distance <= reported.separation,
              Self.nearest(kind, in: window, to: reported.position - offset, within: reported.separation) == found,
              !isReported(kind, near: position, within: 1) else {
            return nil
        }
        let moved = event(reported.event, movedTo: position)
        record(.retraction(reported.event))
        record(position < lateBefore ? .lateEvent(moved) : .event(moved))
        unreviewed[index].event = moved
        unreviewed[index].position = position
        unreviewed[index].isMoved = true
        noteMoved(kind, from: reported.position, to: position)
        return reported.position
    }

    /// Every event a contact can carry, in a constant so the review's loop over contacts allocates nothing.
    private static let eventRoles = ContactEventRole.allCases

    /// A held event of `kind` moved from sample `old` to `new`: when it was the last of its kind held,
    /// later windows measure new events of that kind from its new place.
    private func noteMoved(_ kind: GaitEventKind, from old: Double, to new: Double) {
        if kind == .initialContact, lastInitialContact == old { lastInitialContact = new }
        if kind == .toeOff, lastToeOff == old { lastToeOff = new }
    }

    /// Remembers `position` as where a review last kept, moved or added an event of `kind`.
    private func noteReviewed(_ kind: GaitEventKind, at position: Double) {
        if kind == .initialContact { lastReviewedContact = position } else { lastReviewedToeOff = position }
    }

    /// Whether an event of `kind` was reported within `distance` samples of `position` (among those
    /// awaiting review and the last one reviewed).
    private func isReported(_ kind: GaitEventKind, near position: Double, within distance: Double) -> Bool {
        let last = kind == .initialContact ? lastReviewedContact : lastReviewedToeOff
        if let last, abs(last - position) <= distance { return true }
        return unreviewed.contains { $0.event.kind == kind && abs($0.position - position) <= distance }
    }

    /// Reviews the live stream's events that happened before sample `due` (``reviewDelaySeconds`` before
    /// the zone being decided): `window`
    /// sees them with that much of what followed (a window deciding their moment saw only the latency
    /// bound's lookahead). An event the window no longer finds within half an event period is
    /// retracted; one it finds more than a sample away is retracted and reported again, late, where
    /// the window finds it. Steps (reported or waiting for their next contact) are not revised.
    private func review(_ window: WindowAnalysis, windowStart: Int, before due: Double) {
        guard unreviewed.contains(where: { $0.position < due }) else { return }
        let offset = Double(windowStart)
        var kept = 0
        for index in unreviewed.indices {
            let reported = unreviewed[index]
            guard reported.position < due else {
                unreviewed[kept] = reported
                kept += 1
                continue
            }
            let found = Self.nearest(reported.event.kind, in: window, to: reported.position - offset, within: reported.separation)
            if let found { noteReviewed(reported.event.kind, at: offset + found) }
            guard found.map({ abs(offset + $0 - reported.position) > 1 }) ?? true else { continue }
            record(.retraction(reported.event))
            if let found {
                let position = offset + found
                noteMoved(reported.event.kind, from: reported.position, to: position)
                record(.lateEvent(event(reported.event, movedTo: position)))
            }
        }
        unreviewed.removeLast(unreviewed.count - kept)
    }

    /// The position in `window` of its event of `kind` nearest `position`, if one lies within `distance`.
    private static func nearest(_ kind: GaitEventKind, in window: WindowAnalysis, to position: Double, within distance: Double) -> Double? {
        var best: Double?
        for contact in window.contacts {
            for role in eventRoles where role.kind == kind {
                guard let candidate = contact.position(of: role) else { continue }
                if abs(candidate - position) <= distance, abs(candidate - position) < abs((best ?? .infinity) - position) {
                    best = candidate
                }
            }
        }
        return best
    }

    private func finishStep(_ pending: PendingStep, next: DetectedContact?) {
        var step = StepBuilder.step(
            pending.contact, next: next, unit: assembler.unit, sampleRate: sampleRate, startTime: startTime, side: placementSide)
        step.strike = pending.strike
        step.direction = pending.direction
        if let next { assembler.addCadenceInterval((next.position - pending.contact.position) / sampleRate) }
        assembler.add(step, isInGaitBout: pending.isInGaitBout)
        record(.step(step))
    }
}
