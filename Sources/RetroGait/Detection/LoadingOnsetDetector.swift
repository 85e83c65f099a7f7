import GaitDSP

/// Steps of either foot from the body's vertical loading, for sensors on the trunk (lower back, sacrum)
/// and the wrist.
///
/// Every step loads the body once: the vertical specific force rises from its low — free fall in a
/// running flight, the vault over the stance leg in walking — when the next foot lands. The detector
///
/// 1. finds one **step wave** per step: the vertical acceleration smoothed over a quarter of the step
///    period (twice, a triangular window) has one peak per step;
/// 2. lists the **rises** of the unsmoothed signal from the step wave's valley to just past its peak
///    (``LoadingRise``) — the landing usually shows as the first steep rise, but an impact, a
///    heel-strike transient or the later active peak can each be the steepest;
/// 3. picks, in each step, the rise that sits where the same kind of rise sits in the neighbouring
///    steps (a running median over ±``consensusSteps`` steps of each step's reference rise): in
///    **running** (flight, the vertical drops near 0 g) the reference is the first strong rise; in
///    **walking** it is the rise into the step's highest peak — the heel-strike transient when there is
///    one; of several rises up the same flank, the last, since a landing steepens a flank the trunk is
///    already climbing. The contact is that rise's onset: in running the tangent at its steepest point extended back
///    to the flight floor (never below free fall); in walking, which has no floor, where its slope first
///    reaches half its steepest (``LoadingRise/Onset``);
/// 4. places **toe-off**: in running, the vertical impulse of a contact is close to symmetric in time
///    (a spring-mass bounce), so the contact ends as far after the impulse's centroid as it began
///    before it (centroid of the step's vertical acceleration above its minimum, low-passed at twice the
///    step frequency so that impact spikes and the sacrum's wobble after toe-off do not pull it); in
///    walking the trunk shows no reliable mark of the other foot's toe-off, so it is placed a typical
///    double support (a quarter of a step) after the next contact;
/// 5. in walking, reports the lift-off from standing before a walk's first step, where the trunk stood
///    still before it (``TrunkLiftOff``).
///
/// Nothing uses the sign of the front-back acceleration, and every window is a fraction of the step
/// period measured in the segment, so the method is the same for forward and backward gait.
///
/// **Wrist.** The arm swings as a pendulum once per stride, which adds up to ±1.5 g of tangential and
/// 0.5–1 g of centripetal acceleration to the acceleration magnitude — in a running flight the
/// magnitude stays near 1 g. The vertical channel is far cleaner: the gravity direction is a 0.3 Hz
/// low-pass, so it averages over the swing, and the shoulder's loading reaches it at ≥ cos 30° of its size
/// while the swing's accelerations mostly lie across it. The wrist therefore uses the same vertical
/// detector. Clipping at ±2 g (common in watches) flattens the loading peaks but not the rises the onsets
/// are taken from, nor the flights that tell running from walking. In walking the wrist keeps the tangent
/// onset (``walkingOnsetSlope`` `nil`): the swing's tilt bends the slow rise, and on the simulator the
/// half-slope onset finds fewer wrist steps (forward walking IC F1 0.92 → 0.81–0.89) while it finds more
/// at the lower back (0.93 → 0.99). Below 50 Hz it takes the landing's knee like the lower back
/// (``lowRateWalkingOnsetSlope``; simulated 25 Hz walking IC F1 0.72–0.77 → 0.88–0.91). Nor are the
/// wrist's late walking steps moved to an earlier rise (``lateStepTolerance`` `nil`): the swing's
/// wobble makes such rises, and on the simulator moving them costs wrist toe-offs in backward walking.
/// Its early ones are moved instead (``earlyStepTolerance``):
/// before one side's landings the arm swing lifts the wrist's vertical slowly, the tangent of that rise
/// reaches back 40–100 ms before the landing, and the steps alternate early and late. A step counts as
/// early from 0.05 step periods before its neighbours' midpoint (about 30 ms in walking), so that the
/// 40–50 ms early ones move too (simulated forward walking IC F1 0.843 → 0.885 with 0.1 periods, → 0.904
/// with 0.05). The lower back moves no early steps: there it costs voisard2023 (IC F1 0.872 → 0.867).
/// In walking, where a wrist step's rise is expected comes from the same foot's steps only
/// (``walkingStrideConsensus``): the arm's swing makes the two feet's steps differ in shape (simulated
/// forward walking IC F1 0.892 → 0.899 on the accuracy matrix, 0.878 → 0.894 and 0.854 → 0.885 on two
/// other seed sets; backward walking and running unchanged).
/// In running, its toe-offs are placed from each contact's centroid with the contacts' durations averaged
/// over neighbouring steps (``runningSideBalance``): the arm's swing shifts one foot's landing onsets one
/// way and the other's the other way (simulated wrist running TC F1 0.959 → 0.968 forward, 0.952 → 0.967
/// backward; contact-time MAE 20.6 → 13.6 and 18.1 → 11.5 ms).
/// Nor does the wrist look for a walk's closing step (``closingStepProminence`` `nil`): after a walk the
/// arm's swing dies out in humps of its own, and on the simulator the closing step only cost wrist
/// walking (forward walking IC F1 −0.002 on one of three seed sets, toe-offs 0.906 → 0.904), with no real
/// wrist walking recording to weigh it against. Nor does it look for a walk's lift-off from standing
/// before its first landing (``standingLiftOff`` `nil`): the arm starts to swing with the lift-off, and
/// the stance leg's push-off then lifts the wrist's vertical as much as a landing does (simulated: to
/// 1.2 g, as high as the walk's landings, where the lower back's push-off stays at 1.1 g under 1.5 g
/// landings), so the detector's first "contact" of a walk from standing is that push-off, 0.4–1.1 step
/// periods before the first landing, and nothing is left before it to look in (looking there added a
/// toe-off in the standing: simulated forward walking TC F1 0.912 → 0.902). The wrist therefore drops a
/// first contact that is the lift-off found before the second one, and reports it as the lift-off
/// (``standingPushOff``, ``TrunkLiftOff/droppingPushOff(_:vertical:period:waveWidth:walkWaveRange:sampleRate:)``):
/// simulated forward walking IC F1 0.922 → 0.932, TC 0.912 → 0.933; backward 0.950 → 0.961 and
/// 0.892 → 0.915.
struct LoadingOnsetDetector: ContactDetector {
    var eventUnit: RhythmEstimator.EventUnit { .step }
    /// Width of each of the two moving averages that make the step wave, in step periods.
    var stepWaveWidth = 0.25
    /// Step-wave peaks must stand out by this fraction of the segment's 5–95 % range.
    var relativeProminence: Float = 0.2
    /// Rises whose steepest slope is below this fraction of the step's steepest are ignored.
    var minimumRiseStrength: Float = 0.4
    /// In running, the reference rise is the first one at least this strong.
    var strongRiseStrength: Float = 0.8
    /// Steps on either side whose reference rises set where a step's rise is expected.
    var consensusSteps = 8
    /// How far (in step periods) a rise may sit from where it is expected before its strength no
    /// longer makes up for it.
    var consensusTolerance = 0.1
    /// A segment whose 5th percentile of vertical acceleration is below this (g) has flight phases:
    /// running.
    var flightLevel: Float = 0.4
    /// Walking: a rise starts where its slope first reaches this fraction of its steepest; `nil`: at
    /// the tangent, as in running.
    var walkingOnsetSlope: Float? = 0.5
    /// Walking, below 50 Hz: a rise's onset is its knee, where its slope grows by more than this
    /// fraction of its steepest in one sample, when it has one (``LoadingRise/Onset/slopeFraction(_:kneeJump:)``).
    var walkingKneeJump: Float = 0.1
    /// Walking, below 50 Hz, where ``walkingOnsetSlope`` is `nil` (the wrist): the knee onset too, with
    /// this slope fraction where a rise has no knee. The tangent, which the wrist keeps at higher rates,
    /// reaches back a sample or two there (25 Hz, simulated walking: median error −8 to −21 ms).
    var lowRateWalkingOnsetSlope: Float = 0.5
    /// Walking: how much later than halfway between its neighbours (in step periods) a contact may lie
    /// before an earlier rise of its step is preferred; `nil`: never. Not for the step before a walk's
    /// last, whose next neighbour does not keep the rhythm.
    var lateStepTolerance: Double? = 0.1
    /// Walking: a late contact may move to a rise this weak (a fraction of its step's steepest); the
    /// consensus itself only weighs rises of ``minimumRiseStrength``.
    var evenStepRiseStrength: Float = 0.2
    /// Walking: how much earlier than halfway between its neighbours a contact may lie before a later
    /// rise of its step is preferred; `nil`: never.
    var earlyStepTolerance: Double? = nil
    /// Walking: where a step's rise is expected is taken from the steps of the same foot only (every
    /// other step), not from all its neighbours. For the wrist: the forearm swings once per stride, tilted
    /// back at one foot's landings and forward at the other's, so the trunk's front-back braking and push
    /// leak into the wrist's vertical with opposite signs in the two feet's steps. Which hump of the
    /// walking loading is highest — the walking reference is the rise into it — then differs between
    /// the feet, and the median over all neighbours sits between the two kinds of rise. Running's
    /// reference, the first strong rise, is the same landing in every step and keeps the median over
    /// all neighbours (with every other step, simulated wrist running toe-offs lost 0.945 → 0.836).
    var walkingStrideConsensus = false
    /// Walking: where a step's rise is expected is measured from the point this fraction of the way up
    /// the step wave's rising flank (from the valley before the step's peak to the peak), not from the
    /// peak; `nil`: from the peak. For the wrist: a walking step loads in two humps, and the arm's swing
    /// changes which of them is higher from step to step (see ``walkingStrideConsensus``), so the step
    /// wave's peak moves by up to a quarter step between the humps while the loading's start does not;
    /// the consensus then expected single steps' rises a hump late and took the rise into the second
    /// hump, 140–165 ms late. The flank follows the start of the loading. The wrist takes the point 0.8 of
    /// the way up: lower down, the arm's slow lift before one side's landings moves the flank early with
    /// it (halfway up, a walk whose early side's steps are matched only after ``earlyStepTolerance`` lost
    /// three of them again). At the lower back the peak stays (halfway up moved simulated backward
    /// walking the wrong way, 0.980 → 0.974, and voisard2023 0.900 → 0.897).
    var walkingFlankReference: Float? = nil
    /// Running: a bout that ends in standing ends with a landing from the last flight onto the standing
    /// level, where the trunk's vertical stays at 1 g. The step wave has no peak at that landing, only
    /// the start of a plateau, and the plateau's highest sample — where the step would be anchored and
    /// its rises looked for — lies wherever the standing noise puts it, up to seconds later (simulated
    /// backward running with 0.05 g noise: the last landing missed and a step found in the standing
    /// after it in 6 of 9 recordings). The last peak (no higher sample after it) is therefore anchored
    /// at the first sample that comes this fraction of the way up from the valley before it, when the
    /// wave stays above halfway up from there to the segment's end, at least two step periods (a
    /// plateau, not the last loading of a recording that ends running); `nil`: at
    /// its highest sample (the wrist: there it cost backward running toe-offs, TC F1 −0.002 to −0.008 on
    /// three seed sets, for IC F1 +0.000 to +0.002).
    var finalLandingLevel: Float? = 0.9
    /// Running: each contact's duration is averaged with its neighbours' (``CentroidToeOff/sideBalanced(_:onsets:period:)``),
    /// so that a sway of the sensor at stride frequency does not lengthen one foot's contacts and shorten
    /// the other's. For the wrist, whose arm swings once per stride.
    var runningSideBalance = false
    /// Walking: each step's landing is moved to the rise whose vertical acceleration over this many step
    /// periods, centred on it, is closest to the mean over its neighbours' landings (``TypicalStep``);
    /// `nil`: not moved. One step period: the push-off before a landing, the loading after it and the other
    /// foot's toe-off. voisard2023 lower back ±50 ms: IC F1 0.902 → 0.920, TC 0.850 → 0.863; simulated
    /// lower back forward walking IC F1 0.966 → 0.975 (backward unchanged). Not used for the wrist, where it
    /// was not measured: the arm's swing makes the two feet's steps differ in shape there
    /// (``walkingStrideConsensus``), and no real wrist walking recording could weigh it.
    var typicalStepWidth: Double? = 1
    /// Walking: the other foot's toe-off this many step periods after a contact.
    var walkingDoubleSupport = 0.25
    /// Walking: after a segment's last step, the first step-wave peak within ``closingStepReach`` that
    /// rises this far (a fraction of the segment's 5–95 % range) above the valley before it is the
    /// closing step; `nil`: none. A walker who stops brings the trailing foot alongside, and that step
    /// loads the trunk by only 0.05–0.3 g, under the ``relativeProminence`` bar of a walking step
    /// (voisard2023: the last reference contact of a walk was missed in 11 of 12 trials). The foot the
    /// closing step is set beside stays down, so the step before it gets no toe-off (the other foot's
    /// toe-off is otherwise placed a double support after the next contact).
    var closingStepProminence: Float? = 0.1
    /// Walking: where a closing step may lie after a segment's last step, in step periods.
    var closingStepReach: ClosedRange<Double> = 0.6...1.5
    /// Walking, with ``closingStepProminence``: a segment's last step within ``closingStepReach`` of the one
    /// before, whose step wave rises above its valley by less than this share of the segment's median
    /// step, is the closing step itself, found as a step because it passed the ``relativeProminence``
    /// bar; `nil`: only a peak after the last step is. The closing step loads the trunk by 0.05–0.3 g, a
    /// walking step by several times that, so the two bars alone left a closing step whose loading sits
    /// near the walking bar to chance: simulated lower back, walks of 20 s, seeds 1001–1006, the closing
    /// step's wave rose 0.16–0.21 of the segment's spread against the bar of 0.2, every other last step
    /// 0.50–1.31 (median step 0.96–1.03); three of twelve counted as a walking step and gave the step
    /// before it a toe-off the walker never made. voisard2023 lower back: trials with a toe-off more than
    /// 50 ms after the walk's last 6 → 0 of 12. Not at a live window's end while the segment's last step
    /// lies within the closing reach of it: that step may be only partly in view, or the next not yet; once
    /// the window reaches farther past it, it sees the walk's end as a file does (else the toe-off that the
    /// rule takes away was reported live, and the review two seconds later, its window still ending in the
    /// segment, kept it: voisard2023 live toe-offs held after the walk's last 5 → 0 of 12 trials).
    var closingStepShare: Float? = 0.5
    /// Walking: the lift-off from standing before a segment's first step, reported with that step
    /// (``TrunkLiftOff``); `nil`: none.
    var standingLiftOff: TrunkLiftOff? = TrunkLiftOff()
    /// Walking: the lift-off from standing whose push-off may have been taken for a segment's first
    /// landing; such a first contact is dropped and its lift-off reported with the next
    /// (``TrunkLiftOff/droppingPushOff(_:vertical:period:waveWidth:walkWaveRange:sampleRate:)``);
    /// `nil`: the first rise is always a landing. For the wrist.
    var standingPushOff: TrunkLiftOff? = nil
    /// The segment may end at a live stream's newest sample, so that its last step is only the newest
    /// one seen yet, not the last of a walk (``GaitAnalyzer``'s live windows); there the step before it is
    /// still evened against it (``lateStepTolerance``).
    var endIsLive = false

    /// The closing step's bar (in g of the step wave) and reach (in samples after a segment's last step).
    struct ClosingStep {
        /// How far the closing step's peak must rise above the valley before it.
        var prominence: Float
        /// Where the closing step's peak may lie, in samples after the last step's peak.
        var reach: ClosedRange<Int>
    }

    func rhythmSignal(_ signals: MotionSignals) -> [Float] { signals.vertical }

    func contacts(in segment: GaitSegment, signals: MotionSignals) -> [DetectedContact] {
        let vertical = Array(signals.vertical[segment.range])
        let period = segment.eventPeriod
        guard period >= 4, vertical.count > Int(2 * period) else { return [] }
        let width = max(1, Int(stepWaveWidth * period))
        let running = Self.hasFlight(vertical, below: flightLevel)
        // Running: the toe-offs' smoothing (CentroidToeOff) takes its forward pass in the step wave's loop,
        // where the filter's chain and the running sums' overlap; the same floats as one after the other.
        // A long segment's smoothing runs on its own instead, its passes split into chains.
        let smoothing = running
            ? CentroidToeOff.smoothingFilter(count: vertical.count, period: period, sampleRate: signals.sampleRate) : nil
        var stepped: SteppedZeroPhase? = nil
        if let smoothing, !smoothing.splitsPasses(forCount: vertical.count) {
            stepped = SteppedZeroPhase(smoothing, vertical)
        }
        let wave = MovingStatistics.meanOfMean(vertical, window: width) { stepped?.forward(sample: $0) }
        let smoothed: [Float]
        if let filtering = stepped.take() {
            smoothed = filtering.finish()
        } else {
            smoothed = smoothing.map { $0.filteredZeroPhase(vertical) } ?? vertical
        }
        let spread = robustRange(wave, 0..<wave.count)
        guard spread > 0 else { return [] }
        let closing = running ? nil : closingStepProminence.map { fraction in
            ClosingStep(prominence: fraction * spread,
                        reach: Int(closingStepReach.lowerBound * period)...Int(closingStepReach.upperBound * period))
        }
        let (anchors, prominences, closedAfter) = Self.stepPeaks(
            wave, minimumDistance: max(1, Int(0.6 * period)), minimumProminence: relativeProminence * spread,
            closing: closing, landingOntoPlateau: running ? finalLandingLevel : nil, plateauLength: Int(2 * period))
        guard !anchors.isEmpty else { return [] }
        // The segment's last step ends the walk, unless the segment runs to a live stream's newest sample.
        let lastEndsWalk = !(endIsLive && segment.range.upperBound == signals.vertical.count)
        // A live window sees the walk's end once its last step lies farther back than a closing step could.
        let walkEndInView = lastEndsWalk || wave.count - 1 - anchors[anchors.count - 1] > Int(closingStepReach.upperBound * period)
        let closed = closedAfter || walkEndInView && closing.flatMap { closing in
            closingStepShare.map { Self.lastIsClosingStep(anchors, prominences, reach: closing.reach, share: $0) }
        } ?? false
        // Below 50 Hz the noise filter's cutoff drops under 20 Hz and smooths the landing's knee away.
        let kneeJump: Float? = MotionSignals.noiseCutoff(sampleRate: signals.sampleRate) < 20 ? walkingKneeJump : nil
        let onset: LoadingRise.Onset = running ? .tangent(floor: 0)
            : (walkingOnsetSlope ?? kneeJump.map { _ in lowRateWalkingOnsetSlope }).map { .slopeFraction($0, kneeJump: kneeJump) }
                ?? .tangent(floor: 0)
        let steps = risesPerStep(
            vertical, wave: wave, anchors: anchors, period: period, onset: onset,
            minimumStrength: running || lateStepTolerance == nil
                ? minimumRiseStrength : min(minimumRiseStrength, evenStepRiseStrength))
        let references = running ? anchors : walkingFlankReference.map {
            Self.flankPoints(wave, anchors: anchors, period: period, level: $0)
        } ?? anchors
        let consensus = consensusOnsets(steps, references: references, period: period, running: running)
        var onsets = running ? consensus : lateStepTolerance.map {
            evenedOnsets(consensus, steps: steps, period: period, tolerance: $0 * period, lastEndsWalk: lastEndsWalk)
        } ?? consensus
        if !running, let earlyStepTolerance {
            onsets = evenedOnsets(
                onsets, steps: steps, period: period, tolerance: earlyStepTolerance * period, early: true,
                lastEndsWalk: lastEndsWalk)
        }
        if !running, let typicalStepWidth {
            onsets = TypicalStep.matched(
                onsets, steps: steps, vertical: vertical, halfWidth: Int((0.5 * typicalStepWidth * period).rounded()),
                neighbours: consensusSteps, minimumStrength: minimumRiseStrength, lastEndsWalk: lastEndsWalk)
        }
        let toeOffs = running
            ? balanced(CentroidToeOff.toeOffs(smoothed: smoothed, onsets: onsets, period: period), onsets: onsets, period: period)
            : onsets.indices.map { index in
                // The closing step sets the feet side by side: the foot before it stays down.
                index + 1 < onsets.count && Self.follows(onsets[index + 1], onsets[index], period: period)
                    && !(closed && index + 2 == onsets.count)
                    ? onsets[index + 1].map { $0 + walkingDoubleSupport * period } : nil
            }
        var contacts: [DetectedContact] = []
        contacts.reserveCapacity(anchors.count)
        let offset = Double(segment.range.lowerBound)
        for index in anchors.indices {
            guard let onset = onsets[index] else { continue }
            contacts.append(DetectedContact(
                position: offset + onset,
                confidence: Double(min(1, prominences[index] / spread)),
                toeOffPosition: toeOffs[index].map { offset + $0 }))
        }
        if !running, let standingPushOff {
            contacts = standingPushOff.droppingPushOff(
                contacts, vertical: signals.vertical, period: period, waveWidth: width, walkWaveRange: spread,
                sampleRate: signals.sampleRate)
        }
        if !running, let standingLiftOff, let first = contacts.first {
            contacts[0].liftOffPosition = standingLiftOff.position(
                vertical: signals.vertical, firstLanding: first.position, period: period, waveWidth: width,
                walkWaveRange: spread, sampleRate: signals.sampleRate)
        }
        return contacts
    }

    /// Running toe-offs, side-balanced when ``runningSideBalance`` is set.
    private func balanced(_ toeOffs: [Double?], onsets: [Double?], period: Double) -> [Double?] {
        runningSideBalance ? CentroidToeOff.sideBalanced(toeOffs, onsets: onsets, period: period) : toeOffs
    }

    /// The rises of each step at least `minimumStrength` strong: from the step wave's valley before the
    /// anchor (but not before the previous anchor) to a quarter period past it.
    private func risesPerStep(
        _ vertical: [Float], wave: [Float], anchors: [Int], period: Double, onset: LoadingRise.Onset,
        minimumStrength: Float
    ) -> [[LoadingRise]] {
        var steps: [[LoadingRise]] = []
        steps.reserveCapacity(anchors.count)
        var buffer: [LoadingRise] = []
        var previous = 0
        for anchor in anchors {
            let valley = Self.valley(before: anchor, after: previous, in: wave, period: period)
            let upper = min(vertical.count - 1, anchor + Int(0.25 * period))
            LoadingRise.find(
                in: vertical, range: valley..<upper, onset: onset, minimumStrength: minimumStrength, into: &buffer)
            steps.append(buffer)
            previous = anchor
        }
        return steps
    }

    /// The step wave's lowest sample before `anchor`: from 0.7 periods before it, but not before the
    /// previous step's anchor (`previous`), nor before sample 1.
    private static func valley(before anchor: Int, after previous: Int, in wave: [Float], period: Double) -> Int {
        let lower = max(1, previous, anchor - Int(0.7 * period))
        var valley = lower
        for index in lower...anchor where wave[index] < wave[valley] { valley = index }
        return valley
    }

    /// For each anchor, the first sample of the step wave's rise from the valley before it that comes
    /// `level` of the way up to the anchor (``walkingFlankReference``).
    static func flankPoints(_ wave: [Float], anchors: [Int], period: Double, level: Float) -> [Int] {
        var previous = 0
        return anchors.map { anchor in
            let valley = valley(before: anchor, after: previous, in: wave, period: period)
            let cut = wave[valley] + level * (wave[anchor] - wave[valley])
            var point = valley
            while point < anchor, wave[point] < cut { point += 1 }
            previous = anchor
            return point
        }
    }

    /// Each step's chosen onset: the rise of ``minimumRiseStrength`` closest to where the neighbours'
    /// reference rises sit (relative to each step's point in `points`: its anchor, or its flank point
    /// with ``walkingFlankReference``), ties broken by strength.
    private func consensusOnsets(
        _ steps: [[LoadingRise]], references points: [Int], period: Double, running: Bool
    ) -> [Double?] {
        let references: [Double?] = zip(steps, points).map { rises, point in
            reference(rises, running: running).map { $0.onset - Double(point) }
        }
        let tolerance = consensusTolerance * period
        // The reference offsets of steps index − consensusSteps ... index + consensusSteps, slid along;
        // in walking with `walkingStrideConsensus`, of every other step among them (the same foot's), in
        // one window per foot.
        let stride = walkingStrideConsensus && !running ? 2 : 1
        let reach = consensusSteps / stride * stride
        var windows = (SlidingMedian(capacity: reach / stride * 2 + 1), SlidingMedian(capacity: stride == 2 ? reach + 1 : 0))
        for neighbour in 0..<min(steps.count, reach) {
            guard let offset = references[neighbour] else { continue }
            if neighbour % stride == 0 { windows.0.insert(offset) } else { windows.1.insert(offset) }
        }
        func slide(_ window: inout SlidingMedian, to index: Int) -> Double? {
            if index + reach < steps.count, let entering = references[index + reach] { window.insert(entering) }
            if index - reach - stride >= 0, let leaving = references[index - reach - stride] { window.remove(leaving) }
            return window.median
        }
        return steps.indices.map { index in
            let median = index % stride == 0 ? slide(&windows.0, to: index) : slide(&windows.1, to: index)
            let expected = Double(points[index]) + (median ?? 0)
            var best: (onset: Double, score: Double)?
            for rise in steps[index] where rise.strength >= minimumRiseStrength {
                let score = abs(rise.onset - expected) / tolerance - Double(rise.strength)
                if score < best?.score ?? .infinity { best = (rise.onset, score) }
            }
            return best?.onset
        }
    }

    /// Walking: a step whose onset lies later than halfway between its neighbours' by more than
    /// ``lateStepTolerance`` periods, while both neighbours lie earlier than halfway between theirs,
    /// takes instead its earlier rise (of ``evenStepRiseStrength``) closest to that midpoint, when that
    /// one is closer. In some walkers one side's steps show the other leg's push-off, a double support
    /// after the landing, as the higher peak, and the consensus takes it; the steps then alternate long
    /// and short, which a walker's steps do not. Only late onsets move, so the correct side's steps are
    /// never pulled towards the late ones; and one step taken early, which makes its two neighbours look
    /// late without alternating, moves nothing.
    ///
    /// The rule needs the next step, which a live stream has not seen when it first reports a step (its
    /// lookahead is shorter than a walking step). When the segment ends at the stream's newest sample
    /// (`lastEndsWalk` false), its newest step is judged against where the rhythm puts it, a step period
    /// after the step before, but only when the same foot's step before it was late too (the alternation
    /// this rule undoes, seen before the next step lands); it then takes its earlier rise closest to that
    /// place. ``FrontBackReversal`` judges the newest step the same way from six steps on; this reaches a
    /// walk's first steps (voisard2023 2-2: its third and fifth steps were reported 82–92 ms late and moved
    /// 0.2–0.3 s later, their toe-offs before them with them; lower back streamed, in time: initial
    /// contacts 388 → 390 of 404, toe-offs 364 → 366 of 393).
    ///
    /// With `early`, the mirror image: a step earlier than halfway between its neighbours by more than
    /// `tolerance`, both neighbours later than halfway between theirs, takes its later rise closest to
    /// the midpoint (before the next step).
    ///
    /// With `lastEndsWalk`, the step before the segment's last is not moved: the last step ends the walk,
    /// and a walker who stops does not keep the rhythm into it (the last step of gait termination is
    /// shaped unlike a steady step: Miff et al. 2008, Gait & Posture 27:316), so halfway between its
    /// neighbours is no place for the step before it. voisard2023's walks end 0.81–1.32 step periods after
    /// the step before (one trial 2.27, after a pause); in trial 1-4 the last step found, 0.3 s before the
    /// reference's, made the step before it look 0.18 s late, and the rule moved that step off its landing
    /// (25.18 → 24.95 s, reference 25.13 s).
    private func evenedOnsets(
        _ onsets: [Double?], steps: [[LoadingRise]], period: Double, tolerance: Double, early: Bool = false,
        lastEndsWalk: Bool = false
    ) -> [Double?] {
        let sign = early ? -1.0 : 1.0
        guard onsets.count >= 3 else { return onsets }
        // How much later than halfway between its neighbours each onset lies, in samples.
        var lateness = [Double?](repeating: nil, count: onsets.count)
        for index in 1..<(onsets.count - 1) {
            guard let previous = onsets[index - 1], let current = onsets[index], let next = onsets[index + 1],
                  Self.follows(current, previous, period: period), Self.follows(next, current, period: period) else {
                continue
            }
            lateness[index] = sign * (current - 0.5 * (previous + next))
        }
        // A live stream's newest step, when the same foot's step before it was late too: how much later
        // than a step period after the step before it lies.
        let newest = onsets.count - 1
        let liveNewest = !lastEndsWalk && !early
        if liveNewest, let previous = onsets[newest - 1], let current = onsets[newest],
           Self.follows(current, previous, period: period), let sameFoot = lateness[newest - 2], sameFoot > tolerance {
            lateness[newest] = current - previous - period
        }
        let earlyNeighbour = -0.5 * tolerance
        var evened = onsets
        let beforeLast = lastEndsWalk ? onsets.lastIndex { $0 != nil }.map { $0 - 1 } : nil
        for index in 1..<(liveNewest ? onsets.count : onsets.count - 1) where index != beforeLast {
            guard let late = lateness[index], late > tolerance, let current = onsets[index],
                  let previous = onsets[index - 1],
                  lateness[index - 1] ?? earlyNeighbour <= earlyNeighbour,
                  index == newest || lateness[index + 1] ?? earlyNeighbour <= earlyNeighbour else { continue }
            // Only a step with a next one is judged early (the newest is judged only late).
            let next = index < newest ? onsets[index + 1] ?? current : current
            let midpoint = current - sign * late
            var best: Double?
            for rise in steps[index] where (early ? rise.onset > current && rise.onset < next : rise.onset > previous && rise.onset < current)
                && abs(rise.onset - midpoint) < abs((best ?? current) - midpoint) {
                best = rise.onset
            }
            if let best { evened[index] = best }
        }
        return evened
    }

    /// Running: the first strong rise (the landing, before any later active peak); walking: the rise
    /// into the highest peak (the heel-strike transient or the double-support loading).
    private func reference(_ rises: [LoadingRise], running: Bool) -> LoadingRise? {
        if running {
            return rises.first { $0.strength >= strongRiseStrength } ?? rises.max { $0.strength < $1.strength }
        }
        // Of several rises up one flank to the same peak, the last: the landing steepens a flank the
        // trunk is already climbing.
        var highest: LoadingRise?
        for rise in rises where rise.strength >= minimumRiseStrength && rise.peakHeight >= highest?.peakHeight ?? -.infinity {
            highest = rise
        }
        return highest
    }

    /// The step wave's peaks of at least `minimumProminence`, with their prominences. A peak that no
    /// higher sample follows (the last step of a bout that ends in standing) is measured against the
    /// base before it only, and one that no higher sample precedes (the first step after standing)
    /// against the base after it: the standing level the wave settles at is not the valley of a step.
    /// Otherwise the last step of a bout is found only when the segment reaches into the next bout,
    /// whose valleys then make its base: a live stream found it seconds late, and a recording's
    /// last bout lost it. With `closing`, the closing step after the last peak is added
    /// (``closingStepProminence``); `closed` says whether it was.
    /// - Complexity: O(n): the peaks no higher sample follows descend from left to right, so their walks
    ///   back to a higher sample cover the wave once (and likewise the other way).
    static func stepPeaks(
        _ wave: [Float], minimumDistance: Int, minimumProminence: Float, closing: ClosingStep? = nil,
        landingOntoPlateau: Float? = nil, plateauLength: Int = 0
    ) -> (peaks: [Int], prominences: [Float], closed: Bool) {
        let (candidates, standard) = PeakDetection.findPeaksWithProminences(in: wave, minimumDistance: minimumDistance)
        var peaks: [Int] = []
        var prominences: [Float] = []
        peaks.reserveCapacity(candidates.count)
        prominences.reserveCapacity(candidates.count)
        // The highest sample after each candidate, and before it as the loop goes, by block maxima
        // (`LaneExtremum.highest(in:)`: the same answers to `<= height` as a running maximum sample by sample).
        var laterHighest = [Float](repeating: -.infinity, count: candidates.count)
        var earlierHighest: Float = -.infinity
        var scanned = 0
        wave.withUnsafeBufferPointer { wave in
            var highest: Float = -.infinity
            var end = wave.count
            for candidate in candidates.indices.reversed() {
                let start = candidates[candidate] + 1
                highest = max(highest, LaneExtremum.highest(in: UnsafeBufferPointer(rebasing: wave[start..<end])))
                laterHighest[candidate] = highest
                end = start
            }
        }
        for (candidate, peak) in candidates.enumerated() {
            if scanned < peak {
                earlierHighest = max(earlierHighest, wave.withUnsafeBufferPointer {
                    LaneExtremum.highest(in: UnsafeBufferPointer(rebasing: $0[scanned..<peak]))
                })
                scanned = peak
            }
            let height = wave[peak]
            let nothingHigherAfter = laterHighest[candidate] <= height
            let nothingHigherBefore = earlierHighest <= height
            var prominence = standard[candidate]
            var anchor = peak
            if nothingHigherAfter && !nothingHigherBefore {
                let base = Self.base(of: peak, in: wave, step: -1)
                prominence = height - base
                if let plateauStart = landingOntoPlateau {
                    // The first sample after the base within `1 − plateauStart` of the way up, when the
                    // wave stays above halfway from there for at least `plateauLength` samples to its end.
                    let level = base + plateauStart * prominence
                    var index = peak
                    while index > 0, wave[index - 1] > base, wave[index - 1] >= level { index -= 1 }
                    let halfway = base + 0.5 * prominence
                    if wave.count - index >= plateauLength, !wave[index...].contains(where: { $0 < halfway }) {
                        anchor = index
                    }
                }
            }
            if prominence >= minimumProminence {
                peaks.append(anchor)
                prominences.append(prominence)
            }
        }
        guard let closing, !peaks.isEmpty else { return (peaks, prominences, false) }
        let closed = withClosingStep(peaks, prominences, candidates: candidates, wave: wave, closing: closing)
        return (closed.peaks, closed.prominences, closed.peaks.count > peaks.count)
    }

    /// `peaks` with the closing step after the last one: the first candidate within `closing.reach`
    /// of it, when it stands `closing.prominence` above the valley before it (up to the previous
    /// higher sample). A walk's steps get lower towards its end, so that valley is the last step's.
    private static func withClosingStep(
        _ peaks: [Int], _ prominences: [Float], candidates: [Int], wave: [Float], closing: ClosingStep
    ) -> (peaks: [Int], prominences: [Float]) {
        guard let last = peaks.last,
              let closingPeak = candidates.first(where: { $0 >= last + closing.reach.lowerBound }),
              closingPeak <= last + closing.reach.upperBound else { return (peaks, prominences) }
        let prominence = wave[closingPeak] - base(of: closingPeak, in: wave, step: -1)
        guard prominence >= closing.prominence else { return (peaks, prominences) }
        return (peaks + [closingPeak], prominences + [prominence])
    }

    /// Whether the last of `peaks` lies within `reach` samples of the one before and stands less than
    /// `share` of the median of the others' `prominences` (``closingStepShare``).
    static func lastIsClosingStep(_ peaks: [Int], _ prominences: [Float], reach: ClosedRange<Int>, share: Float) -> Bool {
        guard peaks.count >= 3, let last = prominences.last,
              reach.contains(peaks[peaks.count - 1] - peaks[peaks.count - 2]) else { return false }
        let others = prominences.dropLast().sorted()
        return last < share * others[others.count / 2]
    }

    /// The lowest sample from `peak` in direction `step` up to the first higher sample.
    private static func base(of peak: Int, in wave: [Float], step: Int) -> Float {
        var lowest = wave[peak]
        var index = peak + step
        while index >= 0 && index < wave.count && wave[index] <= wave[peak] {
            lowest = min(lowest, wave[index])
            index += step
        }
        return lowest
    }

    /// Whether at least 5 % of `vertical` is below `level` (its 5th percentile is): the body is unloaded
    /// in every step. O(n), no sorting.
    static func hasFlight(_ vertical: some Collection<Float>, below level: Float) -> Bool {
        guard !vertical.isEmpty else { return false }
        let below = vertical.withContiguousStorageIfAvailable { count($0, below: level) }
            ?? vertical.count { $0 < level }
        return Double(below) > 0.05 * Double(vertical.count - 1)
    }

    /// How many of `values` are below `level` (NaN is not), sixteen lanes at a time.
    private static func count(_ values: UnsafeBufferPointer<Float>, below level: Float) -> Int {
        let lanes = 16
        let blocks = values.count / lanes
        var below = 0
        if blocks > 0 {
            let raw = UnsafeRawPointer(values.baseAddress!)
            let bar = SIMD16<Float>(repeating: level)
            // Each lane adds at most one per block: flushed every 2²⁰ blocks, it never nears Int32's limit.
            var start = 0
            while start < blocks {
                let end = min(blocks, start + 1 << 20)
                var counts = SIMD16<Int32>()
                for block in start..<end {
                    let chunk = raw.loadUnaligned(fromByteOffset: block * lanes * 4, as: SIMD16<Float>.self)
                    counts &+= SIMD16<Int32>().replacing(with: 1, where: chunk .< bar)
                }
                below += counts.indices.reduce(0) { $0 + Int(counts[$1]) }
                start = end
            }
        }
        for value in values[(blocks * lanes)...] where value < level { below += 1 }
        return below
    }

    /// Whether `next` is the following step of `onset`, not one after a gap.
    static func follows(_ next: Double?, _ onset: Double?, period: Double) -> Bool {
        guard let next, let onset else { return false }
        return next > onset && next - onset < 1.6 * period
    }
}
