/// Bouts, direction and foot strike for a recording's detected contacts: the classification stage
/// of ``GaitAnalyzer`` (see ``BoutSegmentation`` for the rules).
///
/// Everything is local in time: each contact looks at a window of about one stride around it, each
/// bout at its own samples; only the grouping of bouts by travel direction looks across the session.
struct SessionClassifier {
    var placement: Placement
    var mounting: SensorMounting
    var segmentation: BoutSegmentation
    /// How much the share of heel minus toe strikes counts as direction evidence (toe-first landing
    /// is typical of backward gait, but forward forefoot runners exist: never enough on its own).
    var strikeEvidenceWeight: Float = 0.3
    /// The agreement between steps (``TravelEstimate/consistency``) a foot's travel needs without a
    /// gyroscope before its direction is decided. Its cue there is the swing's path at foot-flat's
    /// orientation (``TravelEstimator``), which needs each swing to run from a foot-flat to the next
    /// landing: where the contact detector takes toe-offs for landings, the window runs from mid-swing
    /// into the next stance and points against the travel. On real forward walkers (voisard2023, 32
    /// bouts of 24 foot files) the one such bout (trial 7-4's left foot after the U-turn, 4 of 7
    /// contacts at toe-offs) agreed 0.29 between its steps, every other bout 0.55 or more, along the
    /// travel. (The push-off, the cue before, agreed 0.16–0.41 in the bouts it turned against the travel.)
    static let footWithoutGyroscopeMinimumConsistency: Float = 0.45

    init(placement: Placement, mounting: SensorMounting) {
        self.placement = placement
        self.mounting = mounting
        segmentation = BoutSegmentation(placement: placement)
    }

    struct Result {
        /// The bouts covering the recording, each with its gait run when it is one.
        var bouts: [(bout: Bout, gait: BoutSegmentation.GaitBout?)]
        /// Per contact: foot strike and its confidence.
        var strikes: [(strike: FootStrike, confidence: Double)]
        /// Per contact: the direction of its bout.
        var directions: [Direction]
    }

    func classify(
        _ recording: Recording, contacts: [DetectedContact], vertical: [Float], magnitude: [Float], stepsPerEvent: Int
    ) -> Result {
        let rate = recording.sampleRate
        let acceleration = VectorSignal(recording.acceleration)
        let angularVelocity = recording.angularVelocity.map(VectorSignal.init)
        var runs = segmentation.runs(contacts, magnitude: magnitude, sampleRate: rate)
        var periodOfContact = [Double](repeating: 0, count: contacts.count)
        for run in runs { for index in run.contacts { periodOfContact[index] = run.eventPeriod } }

        let footWorn = placement == .foot || placement == .shank
        let flats: [Int?] = footWorn
            ? StanceLocator(turnsFromAcceleration: placement == .foot).flatPoints(
                contacts: contacts, stridePeriod: { periodOfContact[$0] }, acceleration: acceleration,
                angularVelocity: angularVelocity, sampleRate: rate)
            : [Int?](repeating: nil, count: contacts.count)
        var strikes: [(strike: FootStrike, confidence: Double)]
        if placement == .wrist {
            let classifier = WristStrikeClassifier()
            strikes = WristStrikeFeatures.measure(recording, contactPositions: contacts.map(\.position))
                .map(classifier.classify)
        } else {
            let strikeClassifier = FootStrikeClassifier(placement: placement)
            // The swings of the whole recording are the reference for each landing's sense of rotation.
            let toeDownAxis = placement == .foot ? angularVelocity.flatMap {
                ToeDownAxis.pooled(contacts: contacts, flats: flats, angularVelocity: $0, sampleRate: rate)
            } : nil
            let fromGyroscope = contacts.indices.map { index in
                angularVelocity == nil ? nil : strikeClassifier.classify(StrikeFeatures.measure(
                    contactAt: contacts[index].position, flat: flats[index], toeDownAxis: toeDownAxis,
                    angularVelocity: angularVelocity, sampleRate: rate))
            }
            // The accelerometer model where the gyroscope gives no answer; positions rounded to whole
            // samples, as the fitting tool sees them in the analyzer's events.
            let accelerometerFeatures = footWorn && fromGyroscope.contains(where: { $0 == nil })
                ? ContactStrikeFeatures.measure(
                    recording, initialContacts: contacts.map { $0.position.rounded() },
                    toeOffs: contacts.map { $0.toeOffPosition?.rounded() })
                : [ContactStrikeFeatures?](repeating: nil, count: contacts.count)
            var modelInputs: [Double] = []
            strikes = contacts.indices.map { index in
                fromGyroscope[index] ?? strikeClassifier.classify(accelerometerFeatures[index], inputs: &modelInputs)
            }
        }

        let activityClassifier = ActivityClassifier(placement: placement)
        // A shank without a gyroscope measures its landing lean from the standing up (see TravelEstimator).
        let shankStandingUp = placement == .shank && angularVelocity == nil
            ? Self.shankStandingUp(acceleration: acceleration, magnitude: magnitude, runs: runs, contacts: contacts, flats: flats, sampleRate: rate)
            : nil
        let travelEstimator = TravelEstimator(placement: placement, standingUp: shankStandingUp)
        let reversalSplitter = TravelReversalSplitter()
        let cadenceSplitter = CadenceChangeSplitter()
        let gaitSplitter = GaitChangeSplitter(runningCadence: activityClassifier.runningCadence)
        let phaseReversals = SwayPhaseReversalSplitter()
        // Each run's travel, when its votes were already measured to look for a reversal (a run that
        // is cut is measured again piece by piece). The wrist's per-step votes carry the arm swing
        // (cutting on them split bouts that were whole): its runs are cut where the cadence jumps.
        var measuredTravel = [TravelEstimate?](repeating: nil, count: runs.count)
        var startsAtChange = [Bool](repeating: false, count: runs.count)
        if placement == .wrist {
            var pieces: [ContactRun] = []
            startsAtChange = []
            // In running its votes over pairs of steps also show a turn, irregular for a step or two
            // (in walking they wander: not used there).
            let pairReversals = TravelReversalSplitter(transitionVotes: 4)
            // In walking, where they wander, the sway's phase at the step frequency turns instead.
            let runningPeriod = 60 * rate / activityClassifier.runningCadence
            for run in runs {
                let cadencePoints = cadenceSplitter.splitPoints(run, contacts: contacts)
                let reversalPoints = run.eventPeriod > 0 && run.eventPeriod <= runningPeriod
                    ? pairReversals.splitPoints(travelEstimator.stepVotes(
                        run: run, contacts: contacts, flatPoints: flats, acceleration: acceleration,
                        angularVelocity: angularVelocity, sampleRate: rate)?.votes ?? [])
                    : phaseReversals.splitPoints(run, contacts: contacts, acceleration: acceleration)
                let points = (cadencePoints + reversalPoints.filter { point in
                    cadencePoints.allSatisfy { abs($0 - point) >= pairReversals.windowVotes }
                }).sorted()
                let cut = run.cut(at: points, contacts: contacts)
                pieces += cut
                startsAtChange += cut.indices.map { $0 > 0 }
            }
            runs = pieces
            measuredTravel = runs.map { _ in nil }
        } else {
            var pieces: [ContactRun] = []
            measuredTravel = []
            startsAtChange = []
            for run in runs {
                let measured = travelEstimator.stepVotes(
                    run: run, contacts: contacts, flatPoints: flats, acceleration: acceleration,
                    angularVelocity: angularVelocity, sampleRate: rate)
                let reversals = reversalSplitter.splitPoints(measured?.votes ?? [])
                // A foot or shank also where its gait changes between walking and running; a cut within a
                // window of a reversal is the same change.
                let gaitChanges = footWorn ? gaitSplitter.splitPoints(
                    run, contacts: contacts, stepsPerEvent: stepsPerEvent, sampleRate: rate) : []
                let points = (reversals + gaitChanges.filter { point in
                    reversals.allSatisfy { abs($0 - point) >= gaitSplitter.windowIntervals }
                }).sorted()
                let cut = points.isEmpty ? [run] : run.cut(at: points, contacts: contacts)
                pieces += cut
                startsAtChange += cut.indices.map { $0 > 0 }
                let oriented = travelEstimator.oriented(
                    run, hasGyroscope: angularVelocity != nil, sampleRate: rate)
                measuredTravel += points.isEmpty
                    ? [travelEstimator.estimate(from: measured, oriented: oriented)] : cut.map { _ in nil }
            }
            runs = pieces
        }
        let frontEstimator = FrontEstimator(placement: placement)
        // The trunk's lean and the wrist's forearm posture are measured from standing (FrontEstimator).
        let standingUp = placement == .lowerBack || placement == .wrist
            ? Self.standingUp(acceleration: acceleration, magnitude: magnitude, runs: runs, contacts: contacts, sampleRate: rate)
            : nil
        var evidence: [DirectionResolver.BoutEvidence] = []
        var activities: [Activity] = []
        for (index, run) in runs.enumerated() {
            activities.append(activityClassifier.activity(
                run: run, contacts: contacts, vertical: vertical, stepsPerEvent: stepsPerEvent, sampleRate: rate))
            var travel = measuredTravel[index] ?? travelEstimator.estimate(
                run: run, contacts: contacts, flatPoints: flats, acceleration: acceleration,
                angularVelocity: angularVelocity, sampleRate: rate)
            if placement == .foot && angularVelocity == nil {
                // The push-off gives the sense, the swings the line (SwingMeanAxis).
                travel = SwingMeanAxis().aligning(
                    travel, run: run, contacts: contacts, flatPoints: flats, acceleration: acceleration)
            }
            var score: Float = 0
            if let front = frontEstimator.front(
                run: run, contacts: contacts, flatPoints: flats, travel: travel, acceleration: acceleration,
                angularVelocity: angularVelocity, standingUp: standingUp, sampleRate: rate) {
                score += Vector3.dot(travel.direction, front.direction) * front.strength
            }
            let labels = run.contacts.map { strikes[$0].strike }
            let classified = labels.count { $0 != .unknown }
            if classified > 0 {
                let balance = Float(labels.count { $0 == .heel } - labels.count { $0 == .toe }) / Float(classified)
                score += strikeEvidenceWeight * balance
            }
            evidence.append(DirectionResolver.BoutEvidence(
                travel: travel, frontEvidence: score,
                rhythm: Self.rhythm(
                    of: run, activity: activities[index], contacts: contacts, stepsPerEvent: stepsPerEvent, sampleRate: rate)))
        }
        // Neighbouring runs that travel opposite ways (at the wrist: whose cadence jumps or, walking,
        // whose sway phase turns), a direction change across a short break in the contacts, are kept
        // apart like the pieces of a cut run.
        for index in runs.indices.dropFirst() where !startsAtChange[index] {
            startsAtChange[index] = placement == .wrist
                ? activities[index - 1] == activities[index]
                    && (cadenceSplitter.jumps(from: runs[index - 1], to: runs[index])
                        || (activities[index] == .walking && phaseReversals.reverses(
                            from: runs[index - 1], to: runs[index], contacts: contacts, acceleration: acceleration)))
                : reversalSplitter.reverses(
                    evidence[index - 1].travel, evidence[index].travel,
                    sameActivity: activities[index - 1] == activities[index])
        }
        var resolver = DirectionResolver(mounting: mounting)
        if placement == .foot && angularVelocity == nil { resolver.minimumConsistency = Self.footWithoutGyroscopeMinimumConsistency }
        let directions = resolver.directions(evidence)

        let gait = runs.indices.map { index in
            let run = runs[index]
            let first = contacts[run.contacts.lowerBound].position
            let last = contacts[run.contacts.upperBound - 1].position
            return BoutSegmentation.GaitBout(
                contacts: run.contacts,
                start: recording.startTime + (first - 0.5 * run.eventPeriod) / rate,
                end: recording.startTime + (last + run.eventPeriod) / rate,
                activity: activities[index], direction: directions[index].direction,
                directionConfidence: directions[index].confidence, startsAtChange: startsAtChange[index])
        }
        let bouts = segmentation.assemble(
            gait, recordingStart: recording.startTime, recordingEnd: recording.startTime + recording.duration
        ) { start, end in
            let first = Int(((start - recording.startTime) * rate).rounded())
            let last = Int(((end - recording.startTime) * rate).rounded())
            return last > first && segmentation.moves(first..<last, magnitude: magnitude)
        }
        var contactDirections = [Direction](repeating: .unknown, count: contacts.count)
        for entry in bouts { if let run = entry.gait { for index in run.contacts { contactDirections[index] = run.direction } } }
        if placement == .wrist {
            // The wrist model knows forward running only (StrikeWatch): no guess for backward steps.
            for index in strikes.indices where contactDirections[index] == .backward { strikes[index] = (.unknown, 0) }
        }
        return Result(bouts: bouts, strikes: strikes, directions: contactDirections)
    }

    /// A run's cadence, median contact time (toe-offs within one event period) and step count.
    private static func rhythm(
        of run: ContactRun, activity: Activity, contacts: [DetectedContact], stepsPerEvent: Int, sampleRate: Double
    ) -> RhythmContrast.Bout {
        let cadence = run.eventPeriod > 0 ? 60 * Double(stepsPerEvent) * sampleRate / run.eventPeriod : 0
        let durations = run.contacts.compactMap { index -> Double? in
            guard let toeOff = contacts[index].toeOffPosition else { return nil }
            let samples = toeOff - contacts[index].position
            return samples > 0 && samples < run.eventPeriod * Double(stepsPerEvent) ? samples / sampleRate : nil
        }
        return RhythmContrast.Bout(
            group: 0, activity: activity, cadence: cadence, contactSeconds: OrderStatistics.median(durations),
            steps: run.contacts.count * stepsPerEvent)
    }

    /// The standing up of a shank, when it can stand for vertical: within ``maximumShankRestDegrees``
    /// of the mean up at foot-flat over all contacts (a shank at rest far from its stance, as when
    /// sitting on the floor or lying, says nothing about vertical).
    private static func shankStandingUp(
        acceleration: VectorSignal, magnitude: [Float], runs: [ContactRun], contacts: [DetectedContact], flats: [Int?],
        sampleRate: Double
    ) -> SIMD3<Float>? {
        guard let standing = standingUp(
            acceleration: acceleration, magnitude: magnitude, runs: runs, contacts: contacts, sampleRate: sampleRate)
        else { return nil }
        var stance = SIMD3<Float>.zero
        for case let flat? in flats where flat >= 1 && flat + 2 <= acceleration.count {
            stance += acceleration.mean((flat - 1)..<(flat + 2))
        }
        guard Vector3.length(stance) > 0, Vector3.angleDegrees(standing, stance) <= maximumShankRestDegrees else { return nil }
        return standing
    }

    /// How far (degrees) a shank's rest may be from its mean stance and still stand for vertical.
    static let maximumShankRestDegrees: Float = 40

    /// The up direction while standing: the mean acceleration over quiet samples outside gait.
    private static func standingUp(
        acceleration: VectorSignal, magnitude: [Float], runs: [ContactRun], contacts: [DetectedContact], sampleRate: Double
    ) -> SIMD3<Float>? {
        let margin = Int(sampleRate)
        var inGait = [Bool](repeating: false, count: acceleration.count)
        for run in runs {
            let lower = max(0, Int(contacts[run.contacts.lowerBound].position) - margin)
            let upper = min(inGait.count, Int(contacts[run.contacts.upperBound - 1].position) + margin)
            if upper > lower { for i in lower..<upper { inGait[i] = true } }
        }
        // The quiet samples' sum, in order. A sample that is not quiet adds +0 instead of a branch (which
        // standing's noise about the 0.05 g bar mispredicts): x + 0 is x bit for bit, as the sum starts
        // at +0 and so is never −0.
        var sum = SIMD3<Float>.zero
        var count = 0
        for i in 0..<min(acceleration.count, magnitude.count) {
            let quiet = !inGait[i] && abs(magnitude[i] - 1) < 0.05
            sum += quiet ? acceleration[i] : .zero
            count += quiet ? 1 : 0
        }
        guard Double(count) >= sampleRate else { return nil }
        return Vector3.unit(sum)
    }
}
