import GaitDSP

/// Initial contacts and toe-offs of the instrumented foot, for sensors on the foot or shank.
///
/// A foot- or shank-worn sensor sees one stride per cycle: a stance, where the foot rests on the
/// ground and the sensor feels little more than gravity, and a swing, where the limb is flung through
/// the air and the acceleration magnitude rises to several g. Each stance is a minimum of the
/// short-time movement energy (acceleration magnitude away from 1 g, plus angular speed when a
/// gyroscope is present on a foot, or on a foot without one the turn of its specific force, ``SpecificForceTurn``;
/// see ``stanceIsStill``). Between two stances, the swing is the broad hump of the acceleration
/// magnitude after a morphological opening, which removes everything narrower than ``impactSeconds``
/// (touchdown impacts and their ringing, the toe-off snap) but keeps the flanks of the broad swing hump
/// exactly. Toe-off is the onset of the swing's first rise out of the stance (the tangent at its
/// steepest part extended back to the level it starts from); initial contact is the end of the swing's
/// final fall (the tangent at its steepest part extended down to the level it falls to), timed by the
/// touchdown's first strong jerk, or, on a foot without a gyroscope, by where the magnitude stops
/// falling (``endOfFall(_:from:to:)``; simulated foot, median |IC error| 12.5 → 5.1 ms forward walking,
/// 18.8 → 6.2 ms backward walking, 16.1 → 11.4 / 12.4 → 7.8 ms running, F1 unchanged or higher). On a
/// shank the jerk is only the start: the landing is the end of the fall it belongs to
/// (``endOfLandingFall(_:impact:from:to:impactRise:)``; simulated shank at 100 Hz, median |IC error| 26.1 → 3.5 ms
/// forward walking, 28.9 → 3.2 ms forward running, 12.0 → 3.4 ms backward walking with IC F1 0.788 →
/// 0.961, backward running 8.3 → 6.3 ms).
///
/// With a gyroscope on a foot, each landing is timed again from the foot's sagittal rotation
/// (``SagittalFootRotation``): the touchdown impact between the end of the mid-swing rotation and the
/// landing turn. The bout's landings take that timing only when, on the typical stride, it agrees with
/// the acceleration's (``typicalDisagreementSeconds``); the atypical strides (first step, turns) are
/// where it helps. Toe-offs likewise take the push-off timing of the sagittal rotation
/// (``SagittalFootRotation/toeOff(between:and:running:)``; a stride is running when the acceleration's
/// contact lasts less than half of it) where it lies within ``gyroscopeAgreement`` of a stride of the
/// acceleration's toe-off, and only when the median difference over the bout is within
/// ``typicalToeOffDisagreement`` of a stride (the acceleration's toe-off is the onset of a rise that
/// starts while the foot is still turning over the ball, so it runs early: 50–75 ms on some real walkers).
///
/// Everything is a shape of an orientation-free magnitude, so forward and backward gait are treated
/// alike: no sensor axis, no sign of the front-back acceleration, no assumption on which part of the
/// foot lands first. Every window is a fraction of the stride period the rhythm estimator measured,
/// and every level is relative to the stride's own swing hump and its neighbourhood (±1 stride).
struct SwingBoundaryDetector: ContactDetector {
    var eventUnit: RhythmEstimator.EventUnit { .stride }
    /// Whether the segment stops turning while it is on the ground: true for the foot (flat on the
    /// floor in mid-stance), false for the shank, which keeps rotating over the ankle through the whole
    /// stance. Only a still segment's angular speed helps to find its stance (simulated backward
    /// running, shank with gyroscope: IC F1 0.43 with the angular speed in the energy, 0.99 without).
    var stanceIsStill: Bool
    /// Whether the end of the signal is a live stream's newest sample, only where the stream has got to,
    /// rather than a recording's end (``GaitAnalyzer/detector(for:isLive:)``). The two differ in how a
    /// stance into rest at the end is anchored (``youngStanceStrides`` and the stance anchors).
    var endIsLive = false
    /// How long (in strides) a still foot's quiet stretch at the end of the signal counts as a young
    /// stance, anchored at its quietest point so far. Half a stride for a file, whose end is a
    /// recording's last stance; a whole stride for a live stream's window, whose end is only where the
    /// stream has got to: until a stride has passed with no swing, the stillness may still be a stance of
    /// the bout. With half a stride, a running foot's stance into rest (stride 0.68 s) stopped being young
    /// within the window deciding its landing (0.4 s of lookahead), was anchored at the settle point,
    /// which with a gyroscope's angular speed in the energy is the landing itself, and the landing was
    /// lost until the rest had lasted (simulated foot with gyroscope, live stream seeds 3/5/7/11:
    /// landings into rest in time 5 -> 9 of 12).
    var youngStanceStrides: Double { endIsLive ? 1.0 : 0.5 }
    /// Angular speed (deg/s) that weighs as much as 1 g of acceleration in the movement energy.
    var angularSpeedScale: Float = 200
    /// Humps of the acceleration magnitude narrower than this (s) are impacts, not swing.
    var impactSeconds = 0.08
    /// The swing's final fall is the one through the last point where the opened magnitude stands this
    /// fraction of the way from the stance level up to the top of the swing hump. A shank's swing has a
    /// second, lower hump (the knee straightening the leg for the landing) that a foot's lacks; at 0.6 a
    /// shank's landing was taken at the fall of its first hump, 150–250 ms early in forward walking on a
    /// toe strike, so the shank uses 0.45 (simulated forward walking IC F1 0.74 → 0.93, forward running
    /// 0.91 → 0.95, backward rows unchanged).
    var fallLevel: Float = 0.6
    /// The swing's first rise is the one through the first point where the magnitude stands this
    /// fraction of the way from the stance level up to the top of the swing hump.
    var riseLevel: Float = 0.45
    /// A swing hump must rise above the stance level by this fraction of the local (±1 stride) range
    /// of the opened magnitude; at the start and end of a bout there may be no swing on one side.
    var minimumSwingFraction: Float = 0.15
    /// …and by at least this much in g, whatever the neighbourhood: postural sway while standing is
    /// not a swing (a walking foot's swing hump is 1–3 g above its stance level).
    var minimumSwingRise: Float = 0.2
    /// A stance (energy minimum) must be this deep, as a fraction of the local range of the energy.
    var minimumStanceProminence: Float = 0.2
    /// …or this deep in g² whatever the neighbourhood: the first stance of a bout follows a short swing
    /// from standing and the last one precedes the small settling step beside the other foot, so their
    /// energy minimum is only as deep as that small swing (2–10 % of the local range in simulated
    /// walking), yet it still lies between two swings that rise ``minimumSwingRise`` above 1 g.
    var edgeStanceProminence: Float { minimumSwingRise * minimumSwingRise }
    /// Two stances lie a stride apart, within this fraction of the stride, in a bout's rhythm (as the
    /// rhythm estimator's period change tolerance).
    var strideRegularity = 0.2
    /// The fall level (fraction of the hump above the stance) of a weak swing's last hump.
    var weakFallLevel: Float = 0.3
    /// A first swing from standing lands no sooner than this fraction of a stride after the foot left
    /// rest: the touchdown's jerk is not sought before (see ``departureFromRest(_:from:to:)``).
    var restDepartureReach = 0.3
    /// A jerk peak counts as the touchdown impact at this fraction of the largest after the swing hump.
    var strongJerkFraction: Float = 0.7

    /// With a gyroscope on the foot, its sagittal rotation (``SagittalFootRotation``) times a contact
    /// when it lies within this fraction of the stride period of the acceleration's estimate.
    var gyroscopeAgreement = 0.4
    /// The gyroscope's events replace the acceleration's in a bout only when, on the typical stride,
    /// both agree: the median difference between them is within this (s). Otherwise the rotation does
    /// not have the expected shape (a simulated foot's, say), and the acceleration's events stand.
    var typicalDisagreementSeconds = 0.05
    /// The gyroscope's toe-offs replace the acceleration's in a bout when the median difference between
    /// them is within this fraction of the stride period.
    var typicalToeOffDisagreement = 0.1
    /// Without a gyroscope, a foot's landing moves from the impact to the end of the swing's fall
    /// (``endOfFall(_:from:to:)``) only when the two lie within this fraction of the stride of each
    /// other: at 25 Hz the magnitude's minimum is smeared to 60–220 ms after the contact.
    var endOfFallAgreement = 0.04
    /// A swing lasts at least this fraction of the stride (a walking foot's swing ~0.4 of it, a running
    /// foot's 0.6–0.7): a stance centre found sooner after the foot's lift-off from standing is a dip of
    /// the first swing (voisard2023, 3 feet: 0.14–0.21 s after the lift-off found, strides 0.98–1.14 s;
    /// simulated forward running at 100 Hz, stride 0.68–0.70 s: the first stance 0.37–0.56 s after it).
    var shortestSwingStrides = 0.25
    /// …and at a live window's end, on a foot, at least this long (s) whatever the window's period: a young
    /// bout's period is only provisional, and can be a fraction of the stride (voisard2023 4-5 lf, the live
    /// window deciding the first landing: a 0.29 s "stride" from the lift-off's jolt to the swing's hump, where
    /// the bout's stride is 1.07 s), which let the dip of the first swing pass as a stance (0.2 s after the
    /// lift-off) and its toe snap as a landing. No foot swings from the ground back to a stance this quickly:
    /// the first swing's dips come 0.14–0.21 s after the lift-off on voisard2023, a simulated running foot's
    /// first stance 0.37–0.56 s after it. (A shank's first running stance comes sooner: simulated, 0.24 s.)
    var shortestLiveSwingSeconds = 0.25
    /// The touchdown impact is sought up to this long (s) after the gyroscope's landing turn.
    var landingSlackSeconds = 0.03
    /// Without a gyroscope, a still foot's stance anchor moves to the quietest magnitude within this fraction of a
    /// stride (``stillestAnchors(_:quietness:forceTurns:window:period:)``).
    var quietStanceReach = 0.05
    /// Without a gyroscope, a still foot's stance anchor turns no faster than this (deg/s, root mean square of the
    /// specific force's turn over 80 ms; ``SpecificForceTurn``)…
    var fastestStanceTurn: Float = 150
    /// …or than this many times the median anchor's turn, whichever is more.
    var swingDipTurnRatio: Float = 3
    /// Without a gyroscope, a foot's impact burst (``ImpactBurst``) is sought from this fraction of a stride before
    /// the landing timed by the swing's fall.
    var impactBurstLead = 0.05

    func rhythmSignal(_ signals: MotionSignals) -> [Float] { signals.magnitude }

    func contacts(in segment: GaitSegment, signals: MotionSignals) -> [DetectedContact] {
        let period = segment.eventPeriod
        let rate = signals.sampleRate
        let reach = Int(period.rounded())
        // Look one stride beyond the segment on both sides: its first landing and the stance after its
        // last one may lie just outside. Contacts are reported only when they land inside the segment.
        let range = max(0, segment.range.lowerBound - reach)..<min(signals.magnitude.count, segment.range.upperBound + reach)
        guard range.count > 8, period >= 4 else { return [] }
        let energyWindow = max(1, Int(0.08 * rate))
        // Without a gyroscope, a still foot's turn is seen in its specific force (``SpecificForceTurn``, rad/s).
        let forceTurns = stanceIsStill && signals.angularSpeed == nil
            ? SpecificForceTurn.rates(signals.acceleration, range: range, sampleRate: rate) : nil
        var energy = movementEnergy(signals, range: range)
        // …the magnitude alone's (smoothed) energy then kept for ``stillestAnchors(_:quietness:forceTurns:window:period:)``.
        var quietness: [Float] = []
        if let forceTurns {
            quietness = MovingStatistics.mean(energy, window: energyWindow)
            let turnScale = angularSpeedScale * .pi / 180
            for offset in energy.indices {
                let scaled = forceTurns[offset] / turnScale
                energy[offset] += scaled * scaled
            }
        }
        energy = MovingStatistics.mean(energy, window: energyWindow)
        let magnitude = Array(signals.magnitude[range])
        let swing = MovingExtremum.opening(magnitude, width: max(1, Int((impactSeconds * rate).rounded())))
        let strideWindow = max(3, Int((2 * period).rounded()))
        let localLow = MovingExtremum.minimum(swing, window: strideWindow)
        let localHigh = MovingExtremum.maximum(swing, window: strideWindow)
        func minimumHumpAt(_ stance: Int) -> Float {
            max(minimumSwingRise, minimumSwingFraction * (localHigh[stance] - localLow[stance]))
        }
        // With a gyroscope on a still foot: whether it turned faster than a stance allows (``StillStance``) somewhere
        // between two anchors.
        let turnedBetween: ((Int, Int) -> Bool)? = stanceIsStill ? signals.angularSpeed.map { angularSpeed in
            let half = max(1, Int(0.08 * rate)) / 2
            return { first, second in
                stride(from: first, through: second, by: max(1, half)).contains {
                    !StillStance.isTurningSlowly(angularSpeed, around: range.lowerBound + $0, half: half)
                }
            }
        } : nil
        var anchors = stanceAnchors(
            energy, period: period, endsWithSignal: range.upperBound == signals.magnitude.count,
            turnedBetween: turnedBetween)
        if let forceTurns {
            anchors = stillestAnchors(
                anchors, quietness: quietness, forceTurns: forceTurns, window: energyWindow, period: period)
        }
        // With a gyroscope, a still foot's stance centre is where it has stopped turning (``StillStance``). Not within
        // half a stride of the stretch's ends: a live window starts wherever the stream has got to, often in a
        // swing, and its first minimum is then the window's edge, which the contact after it needs as the stance
        // before its swing (simulated foot with gyroscope, live stream: 7 toe-offs within bouts late otherwise).
        if stanceIsStill, let angularSpeed = signals.angularSpeed {
            let half = max(1, Int(0.08 * rate)) / 2
            anchors.removeAll { anchor in
                anchor >= reach / 2 && anchor <= range.count - reach / 2
                    && !StillStance.isTurningSlowly(angularSpeed, around: range.lowerBound + anchor, half: half)
            }
        }
        let stances = Self.separatedBySwings(
            anchors, energy: energy, swing: swing, minimumHump: minimumHumpAt,
            unloadingDips: !stanceIsStill)
        let rotation = stanceIsStill
            ? SagittalFootRotation(signals.angularVelocity, range: range, sampleRate: rate) : nil
        var contacts: [DetectedContact] = []
        var rotationContacts: [Double?] = []
        var rotationToeOffs: [Double?] = []
        var rotationLiftOffs: [Double?] = []
        // Per contact, the acceleration's toe-off onset where ``PushOffBurst`` moved the toe-off to the burst's top.
        var pushOffOnsets: [Double?] = []
        // The shortest swing from standing (samples), for the first stance after a lift-off (below).
        let shortestSwing = max(
            shortestSwingStrides * period, endIsLive && stanceIsStill ? shortestLiveSwingSeconds * rate : 0)
        // A lift-off whose own "landing" was dropped (``shortestSwingStrides``), with where its push-off is
        // sought from, for the next contact.
        var carriedLiftOff: RestLiftOff?
        for (index, stance) in stances.enumerated() {
            let previous = index > 0 ? stances[index - 1] : max(0, stance - reach)
            let next = index + 1 < stances.count ? stances[index + 1] : min(swing.count - 1, stance + reach)
            // The first step from standing swings the foot less far and less fast than the bout's
            // others (simulated walking: 0.2–0.4 g against 2–4 g): a swing need only stand out from the
            // neighbourhood of one of its two stances, the quiet standing before it included.
            let strideHump = minimumHumpAt(stance)
            let minimumHump = min(strideHump, index == 0 ? minimumSwingRise : minimumHumpAt(previous))
            guard minimumHump > 0,
                  var landing = finalFall(swing, from: previous, to: stance, minimumHump: minimumHump),
                  segment.range.contains(range.lowerBound + Int(landing.position.rounded()))
            else { continue }
            // A weak swing (one that does not stand out from its stance's neighbourhood), and every first
            // swing from standing (the foot rested for half a stride after the standing anchor before it),
            // has no single hump: its highest part can be the push-off from standing (backward gait) or
            // the touchdown's own impact (forward). Its landing is the fall of its last hump (through
            // ``weakFallLevel`` of the highest's height), and the impact's jerk is sought from a tenth of a
            // second before that hump's top, but not within ``restDepartureReach`` of a stride after the
            // foot left rest: the push-off's jerk is not the landing's (simulated backward walking from
            // standing, with or without gyroscope, first landings were placed at the lift-off, 300–390 ms
            // early).
            // The segment's first stance has no anchor before it: the rest is sought from two strides
            // before it.
            let restStart = index == 0 ? max(0, stance - 2 * reach) : previous
            var departure = Double(stance - restStart) > 1.5 * period
                ? Self.departureFromRest(magnitude, from: restStart, to: stance) : nil
            var restDeparture = departure.flatMap { $0.index - restStart >= reach / 2 ? $0.index : nil }
            // The segment's first swing, when the signal starts no more than 1.5 strides before its stance (a
            // recording or a live window that begins as the foot sets off), has too little in view for that rest to
            // be found, and may be a first swing from standing: it is taken as one. A first step travels a step, not
            // a stride (Brenière & Do 1986), so its hump can be lower than the heel-rocker hump after its landing, whose
            // fall was then taken for the landing (117–122 ms late). When the signal starts at rest (the first quarter
            // of the stretch up to the stance lies in a ``RestingBand`` narrower than ``minimumSwingRise``), the foot's
            // departure is sought from the signal's start. So is the swing after a first-swing dip dropped below
            // (its lift-off carried): it is the swing from standing.
            let swingStartsUnseen = index == 0 && range.lowerBound == 0 && Double(stance) <= 1.5 * period
            if swingStartsUnseen, let start = Self.departureFromRest(magnitude, from: 0, to: stance),
               start.band.threshold < minimumSwingRise {
                departure = start
                restDeparture = start.index
            }
            let fromStanding = restDeparture != nil || carriedLiftOff != nil || swingStartsUnseen
            let isWeak = swing[landing.hump] - swing[stance] < strideHump || fromStanding
            if isWeak, let late = finalFall(swing, from: previous, to: stance, minimumHump: minimumHump, level: weakFallLevel),
               late.position > landing.position {
                landing = late
            }
            var jerkFrom = isWeak ? max(previous, landing.top - Int((0.1 * rate).rounded())) : landing.top
            if let restDeparture { jerkFrom = max(jerkFrom, restDeparture + Int((restDepartureReach * period).rounded())) }
            // A shank sampled so coarsely that an impact spans fewer than ``samplesToTimeAnImpact`` samples
            // (25 Hz) keeps the tangent of its swing's fall: the jerk, a difference of samples 40 ms apart,
            // placed its landings 75–120 ms early (simulated shank at 25 Hz, seeds 20–31, IC F1 walking
            // forward 0.886 → 0.936, backward 0.333 → 0.939, running backward 0.070 → 0.839, forward
            // 0.314 → 0.115).
            let timesImpact = stanceIsStill || Double(impactSeconds) * rate >= Self.samplesToTimeAnImpact
            var strongJerk: Double?
            if timesImpact, let impact = firstStrongJerk(signals.jerk, offset: range.lowerBound, from: jerkFrom, to: stance) {
                landing.position = impact
                strongJerk = impact
                // A shank's first strong jerk is seldom its touchdown (simulated, 50–500 Hz: 25–30 ms early
                // in forward gait, at the rise of the terminal-swing hump; 10–25 ms early in backward
                // walking, on the swing's fall): its landing is the end of the fall that jerk belongs to
                // (``endOfLandingFall(_:impact:from:to:impactRise:)``), where the fall is resolved in time.
                // Where the terminal-swing hump is not resolved (below ``samplesAcrossTerminalSwing``), the
                // jerk can lie on the impact itself, and only a fall from a hump that rose for longer than an
                // impact does (half of ``impactSeconds``) is a landing fall: a backward walker's shank at
                // 50 Hz ends its swing in a ~200 ms hump whose rise carries the jerk 90–110 ms before the
                // contact (simulated, seeds 7000–7002, IC F1 heel 0.396 → 0.973, mid 0.727 → 0.964; matrix
                // row at 50 Hz 0.647 → 0.931), while a forward runner's merged terminal-swing hump and
                // impact rise within two samples (forward rows unchanged; 0.924 → 0.877 with the rule
                // applied to every fall).
                let impactRise = Double(impactSeconds) * rate >= Self.samplesAcrossTerminalSwing
                    ? nil : 0.5 * Double(impactSeconds) * rate
                if !stanceIsStill, let end = Self.endOfLandingFall(
                    magnitude, impact: impact, from: jerkFrom, to: stance, impactRise: impactRise) {
                    landing.position = end
                }
            }
            // A weak swing after this stance (the settling step beside the other foot) is no larger than
            // the roll-off before it (``firstRise(_:from:to:minimumHump:beforeWeakSwing:)``).
            var nextHump = swing[stance]
            for i in stance...next { nextHump = max(nextHump, swing[i]) }
            let liftOff = firstRise(
                magnitude, from: stance, to: next, minimumHump: minimumHump,
                beforeWeakSwing: nextHump - swing[stance] < strideHump, rollOffOpened: stanceIsStill ? nil : swing,
                humpEnd: stanceIsStill && rotation == nil
                    ? finalFall(swing, from: stance, to: next, minimumHump: minimumHump)?.top : nil)
            // At a live window's end the newest stance's swing is still under way: the next stance is not
            // in view, and `next` is only the window's last sample. The swing's middle, halfway between two
            // stances in a file, is then half a stride after this one (halfway to the window's end lay in
            // the push-off: voisard2023 feet with gyroscope, the stream reported the acceleration's toe-off,
            // 30–80 ms early, and moved it 0.5–0.8 s later), and its mid-swing rotation may still be running.
            let swingIsOpen = endIsLive && index + 1 == stances.count && range.upperBound == signals.magnitude.count
            // A running foot's heel strike: the first strong jerk can be the forefoot slap, the touchdown a
            // transient before it (``ForefootSlap``). Only in a running contact (toe-off less than half a stride
            // after the landing): a walking foot turns flat 100–130 ms after its heel strike, beyond the reach.
            if stanceIsStill, let impact = strongJerk, landing.position == impact,
               let liftOff, liftOff - landing.position < 0.5 * period,
               let touchdown = ForefootSlap.touchdown(
                jerk: signals.jerk, magnitude: magnitude, offset: range.lowerBound, impact: impact, from: jerkFrom,
                reach: Int((Self.slapSeconds * rate).rounded())) {
                landing.position = touchdown
            }
            // The swing's middle, for the rotation's toe-off: halfway between this stance and the next, unless the
            // next lies beyond a stride of the bout's rhythm (the foot came to rest, or took a turn's pivot step
            // that was not found as a swing). Halfway to that stance can lie in the rest or the pivot step, where
            // the rotation's "push-off" was the landing or mid-swing (voisard2023: 9 toe-offs 244–352 ms late).
            // Mid-swing then lies a fifth of a stride after the acceleration's toe-off, as the first swing's lies a
            // fifth of a stride before its landing.
            // At a live window's end, the newest stance less than half a stride old is anchored at its quietest point
            // so far, just after its landing. In walking, whose stance lasts ~60 % of the stride, halfway to that
            // anchor falls ~0.15 stride short of mid-swing, in the push-off: the rotation gave no toe-off there, and
            // the window deciding the toe-off (0.4–0.5 s after it, just after the next landing) reported the
            // acceleration's, 40–60 ms early (voisard2023 feet with gyroscope, live: 54 of 400 toe-offs late, most
            // moved 0.1–0.3 s later). Mid-swing is then half a stride after this stance, as for an open swing. A
            // running stance is short, halfway falls near mid-swing, and half a stride after the stance can lie in
            // the terminal swing's lobe of the other sign (simulated running, a toe-off 0.12 s late). For a walking
            // swing, open or before a young stance, mid-swing also lies at least a fifth of a stride after the
            // acceleration's toe-off (as before a far stance): some walkers' stance anchor sits early in the stance,
            // and half a stride after it still lay in the push-off (voisard2023 16-3 rf: anchor 12.49 s, toe-off
            // 13.02 s, half a stride after the anchor 13.07 s; live feet + gyro toe-offs in time 357 -> 365 of 400).
            let nextIsFar = Double(next - stance) > (1 + strideRegularity) * period
            let nextIsYoung = endIsLive && index + 2 == stances.count && range.upperBound == signals.magnitude.count
                && Double(swing.count - 1 - next) < 0.5 * period
            let isRunning = liftOff.map { $0 - landing.position < 0.5 * period } ?? false
            // Where mid-swing is sought (a recording index); `nil`: halfway to the next stance.
            let middle: Int? = liftOff.flatMap { liftOff in
                let afterStance = stance + reach / 2
                let afterToeOff = Int((liftOff + 0.2 * period).rounded())
                if swingIsOpen || (nextIsYoung && !nextIsFar && !isRunning) {
                    return range.lowerBound + (isRunning ? afterStance : max(afterStance, afterToeOff))
                }
                return nextIsFar ? range.lowerBound + afterToeOff : nil
            }
            var rotationToeOff: Double?
            if let rotation, let liftOff,
               let toeOff = rotation.toeOff(
                between: range.lowerBound + stance, and: range.lowerBound + next, middle: middle,
                running: isRunning, swingIsOpen: swingIsOpen),
               abs(toeOff - Double(range.lowerBound) - liftOff) <= gyroscopeAgreement * period {
                rotationToeOff = toeOff
            }
            var rotationContact: Double?
            // The rotation shows a toe-first landing: its turn came before the impact, or its lobe
            // ended after it.
            var landsToeFirst = false
            if let rotation {
                let turnReach = Int((0.2 * period).rounded())
                let agreement = gyroscopeAgreement * period
                let offset = Double(range.lowerBound)
                // Mid-swing lies about a fifth of a stride before the landing; at the start of a bout,
                // where there is no stance within a stride before, that is its estimate. A segment's first
                // stance counts as one (its `previous` is a stride before it, or the signal's start), as a
                // first stance after an anchor in the standing before does: a live stream's window, whose
                // segment can start later or earlier than the batch's, then times the same first landing the
                // same way (stream seed 3 with gyroscope: the backward walk's first landing was 58.488 s in
                // windows, 58.499 s in batch, which sought the mid-swing lobe halfway to the stance). Halfway
                // from the signal's start to the first stance can lie in the heel rocker after the landing,
                // whose turn then passed for the mid-swing lobe (a walk from a recording's first sample).
                let earlier = max(previous, stance - reach)
                let firstSwingMiddle = index == 0 || stance - previous >= reach
                    ? range.lowerBound + Int((landing.position - 0.2 * period).rounded()) : nil
                if let turn = rotation.landing(
                    between: range.lowerBound + earlier, and: range.lowerBound + stance, middle: firstSwingMiddle,
                    reach: turnReach) {
                    // The touchdown impact: the first strong jerk from the lobe's end up to the stance. The
                    // ground turns the foot, so the impact must come before the turn (plus a little: the
                    // turn's minimum can precede the impact). When it comes later, the turn was the swing's
                    // own: a toe-first landing (backward gait) turns the foot toes-up some 90 ms before the
                    // toe touches, and the heel lowering after touchdown goes on turning it the same way.
                    let from = Int(turn.crossing.rounded(.down)) - range.lowerBound - 1
                    let to = turn.turn - range.lowerBound + Int((landingSlackSeconds * rate).rounded()) + 1
                    if !turn.marked {
                        // No landing turn: when the landing came before the lobe's end, the foot was
                        // turning on the ground, the heel lowering after a toe-first landing.
                        landsToeFirst = landing.position < turn.crossing - offset
                    } else if let impact = firstStrongJerk(
                        signals.jerk, offset: range.lowerBound, from: from, to: max(to, stance)) {
                        if impact > Double(to) {
                            landsToeFirst = true
                        } else if abs(impact - landing.position) <= agreement {
                            rotationContact = offset + impact
                        }
                    }
                }
            }
            // Without a gyroscope, a foot's landing is where its swing stops falling when that lies near
            // the impact: the impact's jerk comes during the fall when the impact is soft. It is sought no
            // further than it may lie from the impact (not up to the stance, whose anchor can sit just
            // after the landing when a stream has seen only the start of the stance). With a gyroscope
            // the rotation's timing (or the impact, where the bout did not take it) stands: on the
            // voisard2023 feet the end of the fall did not help (one heel strike fewer per foot). Only
            // where the rotation shows a toe-first landing is the landing timed as without one
            // (simulated foot with gyroscope, median |IC error|: backward running 10.1 → 2.9 ms,
            // backward walking 12.3 → 6.0 ms, mixed session 12.0 → 6.3 ms; voisard2023 unchanged).
            let endOfFallReach = endOfFallAgreement * period
            if stanceIsStill && (rotation == nil || landsToeFirst), let end = Self.endOfFall(
                magnitude, from: max(landing.top, Int(landing.tangent.rounded(.down)) - 2),
                to: min(magnitude.count - 1, Int((landing.position + endOfFallReach).rounded(.up)) + 2)),
               abs(end - landing.position) <= endOfFallReach {
                landing.position = end
            }
            // Without a gyroscope, a foot's landing is the onset of the impact's burst of fast vibration
            // (``ImpactBurst``), sought from ``impactBurstLead`` of a stride before the landing found so far up to the
            // stance centre, where the foot rests and gives the noise: the smoothed magnitude can peak in the terminal
            // swing before the heel contact, and the jerk and the fall are then timed on that swing (voisard2023 feet
            // without the gyroscope, 25 landings 50–110 ms early).
            if stanceIsStill, rotation == nil, let spacing = ImpactBurst.spacing(sampleRate: rate) {
                let restHalf = energyWindow / 2
                let quiet = range.lowerBound + stance
                if let onset = ImpactBurst.onset(
                    signals.acceleration,
                    from: range.lowerBound + Int((landing.position - impactBurstLead * period).rounded(.down)), to: quiet,
                    rest: max(0, quiet - restHalf)..<min(signals.acceleration.count, quiet + restHalf + 1), spacing: spacing) {
                    landing.position = onset - Double(range.lowerBound)
                }
            }
            // A swing from standing starts with the foot's lift-off: a toe-off that ends no contact found
            // here, the foot having stood still before it (``liftOffFromRest(_:from:to:band:)``). With a
            // gyroscope it is timed by the push-off rotation as the bout's other toe-offs are.
            var restLiftOff: RestLiftOff?
            // A stance centre within the shortest swing of the departure is a dip of the first swing (below): when
            // the fall before it tops out where the foot left rest (the foot's acceleration off the ground is that
            // short stretch's highest part), the lift-off's climb is sought up to that stance.
            if let departure, let restDeparture,
               let rise = liftOffFromRest(magnitude, from: restDeparture, to: landing.top, band: departure.band)
                ?? (Double(stance - restDeparture) < shortestSwing
                    ? liftOffFromRest(magnitude, from: restDeparture, to: stance, band: departure.band) : nil) {
                restLiftOff = RestLiftOff(
                    position: rise, searchFrom: max(restStart, restDeparture - reach / 4),
                    standing: departure.standing, standingLevel: departure.band.level)
            }
            // A stance follows a swing and its landing: a stance centre sooner after the lift-off than the
            // shortest swing is an energy dip of the first swing (the foot still turning), and its landing
            // the toes' release snap. The contact is dropped, and its lift-off starts the next contact's
            // swing. At a live window's end a foot's shortest swing is also ``shortestLiveSwingSeconds``.
            if let liftOff = restLiftOff, Double(stance) - liftOff.position < shortestSwing {
                carriedLiftOff = liftOff
                continue
            }
            if restLiftOff == nil { restLiftOff = carriedLiftOff }
            carriedLiftOff = nil
            // The bout's last landing, with no swing in the stride after it: the foot comes to rest, and
            // its touchdown is where its motion ends (``TouchdownIntoRest``), not the fall of a small
            // settling swing (simulated foot, settling touchdowns found 0 → 63 of 72). A stream's newest
            // landing, seen for less than a stride, is not yet known to be the last; nor is a live window's
            // first landing after a lift-off from standing, whatever stillness follows it: the window's period
            // is only provisional there (0.28–0.31 s for a 1.07 s stride, voisard2023 4-5 lf), and the stance
            // after it, seen for 0.4 s, passed for a stride of rest. On a real heel-strike walker the rule then
            // finds the foot flat, 45–160 ms after the heel strike the batch takes. With a gyroscope
            // the rule is not used: on the voisard2023 feet it moved 5 closing heel strikes, timed
            // right by the fall and the rotation, 60–350 ms off (right foot IC F1 0.920 → 0.915).
            if rotation == nil, liftOff == nil, index == stances.count - 1, !(endIsLive && restLiftOff != nil),
               Double(next) - landing.position >= Double(reach),
               let touchdown = TouchdownIntoRest.position(magnitude, after: landing.top, restEnd: next + 1) {
                landing.position = touchdown
                rotationContact = nil
            }
            // With a gyroscope, the bout's last landing is moved into the foot's motion when it was timed in the
            // standing after it (``touchdownBeforeRest(_:stance:previousToeOff:angularSpeed:jerk:offset:sampleRate:)``).
            if rotation != nil, let angularSpeed = signals.angularSpeed, liftOff == nil, index == stances.count - 1,
               !(endIsLive && restLiftOff != nil), Double(next) - landing.position >= Double(reach),
               let previousToeOff = rotationToeOffs.last.flatMap({ $0 }) ?? contacts.last?.toeOffPosition,
               previousToeOff > Double(range.lowerBound + previous),
               let touchdown = touchdownBeforeRest(
                landing.position, stance: stance, previousToeOff: previousToeOff - Double(range.lowerBound),
                angularSpeed: angularSpeed, jerk: signals.jerk, offset: range.lowerBound, sampleRate: rate) {
                landing.position = touchdown
                rotationContact = nil
            }
            var rotationLiftOff: Double?
            if let liftOff = restLiftOff, let rotation, let toeOff = rotation.toeOff(
                between: range.lowerBound + liftOff.searchFrom, and: range.lowerBound + stance,
                middle: range.lowerBound + Int((landing.position - 0.2 * period).rounded()),
                turningAt: Double(range.lowerBound) + liftOff.position, running: false),
               abs(toeOff - Double(range.lowerBound) - liftOff.position) <= gyroscopeAgreement * period {
                rotationLiftOff = toeOff
            }
            // Without a gyroscope, a walking foot's toe-off is the top of its push-off burst (``PushOffBurst``), which
            // rises from the acceleration's onset; the burst must have fallen back by mid-swing, a fifth of a stride
            // after that onset. A running contact (toe-off less than half a stride after the landing) keeps the onset.
            var toeOff = liftOff
            var pushOffOnset: Double?
            if stanceIsStill, rotation == nil, let onset = liftOff, onset - landing.position >= 0.5 * period,
               let top = PushOffBurst.toeOff(
                magnitude, stance: stance, foot: onset, midSwing: Int((onset + 0.2 * period).rounded()),
                stanceLevel: swing[stance], unloading: minimumSwingRise) {
                toeOff = top
                pushOffOnset = Double(range.lowerBound) + onset
            }
            // Without a gyroscope, a foot that left standing on a heel rise (``HeelRise``) leaves the ground at the top of
            // its push-off burst, as a walking stance's toe-off does (above); a foot lifted straight out of rest keeps the
            // onset. The burst must have fallen back by the top of the first swing's final fall (the swing's own hump),
            // and neither the bout's period nor this contact's toe-off is asked: a live window deciding the lift-off has
            // seen neither yet (its period is only provisional at a bout's start, 0.28–0.31 s for a 1.07 s stride on
            // voisard2023 4-5 lf), and the stream would report the onset and move it later.
            var restToeOff = restLiftOff?.position
            if stanceIsStill, rotation == nil, let lift = restLiftOff,
               HeelRise.precedes(
                Double(range.lowerBound) + lift.position, acceleration: signals.acceleration,
                standing: (range.lowerBound + lift.standing.lowerBound)..<(range.lowerBound + lift.standing.upperBound),
                sampleRate: rate),
               let top = PushOffBurst.toeOff(
                magnitude, stance: lift.standing.upperBound, foot: lift.position,
                midSwing: landing.top, stanceLevel: lift.standingLevel,
                unloading: minimumSwingRise) {
                restToeOff = top
            }
            let contrast = Double((swing[landing.hump] - swing[stance]) / (localHigh[stance] - localLow[stance]))
            contacts.append(DetectedContact(
                position: Double(range.lowerBound) + landing.position,
                confidence: max(0, min(1, contrast)),
                toeOffPosition: toeOff.map { Double(range.lowerBound) + $0 },
                liftOffPosition: restToeOff.map { Double(range.lowerBound) + $0 }))
            rotationContacts.append(rotationContact)
            rotationToeOffs.append(rotationToeOff)
            rotationLiftOffs.append(rotationLiftOff)
            pushOffOnsets.append(pushOffOnset)
        }
        // A foot lands only after it has left the ground: a "landing" no later than the top of the push-off before it
        // lies in that push-off or just after it, where the swinging foot's magnitude passes 1 g and its energy dips
        // (a stance centre found in the swing), and is dropped with its contact. After a lift-off from standing the
        // acceleration's onset stands instead.
        var index = 0
        while index + 1 < contacts.count {
            if let onset = pushOffOnsets[index], let toeOff = contacts[index].toeOffPosition,
               toeOff >= contacts[index + 1].position {
                if contacts[index + 1].liftOffPosition == nil {
                    contacts.remove(at: index + 1)
                    rotationContacts.remove(at: index + 1)
                    rotationToeOffs.remove(at: index + 1)
                    rotationLiftOffs.remove(at: index + 1)
                    pushOffOnsets.remove(at: index + 1)
                    continue
                }
                contacts[index].toeOffPosition = onset
            }
            index += 1
        }
        let tolerance = typicalDisagreementSeconds * rate
        if let shift = Self.medianShift(from: contacts.map(\.position), to: rotationContacts) {
            if abs(shift) <= tolerance {
                for i in contacts.indices { if let time = rotationContacts[i] { contacts[i].position = time } }
            }
        }
        let standings = Self.contactsEndingInStanding(contacts, within: shortestSwingStrides * period)
        // A rotation toe-off is only kept where the acceleration found one too.
        let accelerationToeOffs = contacts.map { $0.toeOffPosition ?? .nan }
        let toeOffShift = Self.medianShift(from: accelerationToeOffs, to: rotationToeOffs)
        if let shift = toeOffShift, abs(shift) <= typicalToeOffDisagreement * period {
            for i in contacts.indices {
                if let time = rotationToeOffs[i] { contacts[i].toeOffPosition = time }
                if let time = rotationLiftOffs[i] { contacts[i].liftOffPosition = time }
            }
        } else if toeOffShift == nil && endIsLive {
            // A live window's young bout, whose first contact's toe-off is not in view yet, has no typical
            // stride to judge the rotation by: its lift-off from standing is timed by the rotation, as the live
            // rule timed it before the swing landed (``liftOffAtLiveEnd(_:acceleration:angularVelocity:sampleRate:contacts:)``),
            // when the foot was turning the push-off's way as it left rest. Otherwise the window finding the
            // first landing moved that report back to the acceleration's lift-off (voisard2023, 13–138 ms
            // early), and the bout's next windows moved it again once its first toe-off was in view.
            for i in contacts.indices { if let time = rotationLiftOffs[i] { contacts[i].liftOffPosition = time } }
        }
        for index in standings { contacts[index].toeOffPosition = nil }
        return contacts
    }

    /// The contacts whose toe-off is the next contact's lift-off from standing: it lies no earlier than
    /// `tolerance` (samples; the shortest swing, ``shortestSwingStrides``) before that lift-off, too close
    /// for a swing and a landing of its own to come between. Such a contact is the foot's last of a bout: the foot
    /// came to rest after it, its settling step too small to be found as a swing, and stood on the ground
    /// until it lifted off for the next bout, seconds later. That lift-off is reported once, as the next
    /// contact's (``DetectedContact/liftOffPosition``); standing is not a stance, so these contacts end
    /// with no toe-off of their own and give no contact time (a 3.3–4.0 s "contact" in simulated foot
    /// sessions with 3 s of standing between two bouts of one rhythm; the acceleration found that toe-off
    /// and the lift-off at the same sample). A real toe-off before the settling step comes seconds
    /// earlier. Judged on the acceleration's timings, before the gyroscope's replace them.
    static func contactsEndingInStanding(_ contacts: [DetectedContact], within tolerance: Double) -> [Int] {
        contacts.indices.dropLast().filter { index in
            guard let toeOff = contacts[index].toeOffPosition, let liftOff = contacts[index + 1].liftOffPosition
            else { return false }
            return toeOff >= liftOff - tolerance
        }
    }

    /// How far (s) before a running foot's first strong jerk its heel impact is sought (``ForefootSlap``): the
    /// forefoot slap follows the heel strike by 35–45 ms.
    static let slapSeconds = 0.06

    /// Samples a shank recording needs within ``impactSeconds`` for its landing to be timed by the touchdown's
    /// jerk at all (50 Hz and up).
    static let samplesToTimeAnImpact = 4.0
    /// Samples a shank recording needs within ``impactSeconds`` for ``endOfLandingFall(_:impact:from:to:impactRise:)``
    /// to take any fall: the terminal-swing hump lasts about half of it (~40 ms), so at 50 Hz it spans two
    /// samples and merges with the touchdown impact (simulated forward running at 50 Hz, IC F1 0.924 →
    /// 0.877 with the rule on every fall). Below it, only a fall from a hump that rose for longer than
    /// half of ``impactSeconds`` is taken.
    static let samplesAcrossTerminalSwing = 8.0
    /// A shank's landing fall ends above this magnitude (g): the leg takes the body's weight as it lands.
    /// A fall that ends lower is a touchdown impact's rebound (simulated backward running heel strikes
    /// at 500 Hz: 0.6–0.7 g after the impact's ringing).
    static let landingFallFloor: Float = 0.85

    /// The end of a shank's landing fall: the touchdown of a leg whose swing ends in a fall of the
    /// acceleration magnitude, found from `impact`, the first strong jerk after the swing's top (`start`),
    /// up to the stance at `end`. A shank's magnitude has no single landing shape: a forward shank
    /// straightens the knee and swings back a little before it lands, a narrow hump 30–40 ms before the
    /// touchdown whose rise carries the first strong jerk; a backward shank's swing falls straight into
    /// the landing, its first strong jerk on that fall; a heel strike's impact follows the fall. So:
    /// - on a fall, the landing is where that fall ends, if its top is the swing's highest point since
    ///   `start` (not an impact's rebound);
    /// - on a rise to the highest point since `start` (the terminal-swing hump), the landing is where the
    ///   fall from that top ends, when it drops further than the fall before the rise and ends above
    ///   ``landingFallFloor``; when the fall before it drops further, the rise is the impact and the
    ///   landing is where that earlier fall ended.
    /// Each end is the steepest tangent of the fall extended to its bottom's level. With `impactRise`
    /// (samples), a fall counts only when the hump it ends rose for longer than that: at low rates an
    /// impact's own rise and fall are otherwise taken for the landing fall. `nil` when none applies: the
    /// jerk then stands.
    static func endOfLandingFall(
        _ magnitude: [Float], impact: Double, from start: Int, to end: Int, impactRise: Double? = nil
    ) -> Double? {
        let i = Int(impact.rounded())
        guard i > start, i + 1 < end, end < magnitude.count else { return nil }
        // The fall from `top` down to `bottom`, when the hump it ends rose for longer than `impactRise`
        // samples (when that is given).
        func fall(from top: Int, to bottom: Int) -> Double? {
            if let impactRise {
                var foot = top
                while foot > start && magnitude[foot - 1] <= magnitude[foot] { foot -= 1 }
                guard Double(top - foot) > impactRise else { return nil }
            }
            return tangentToLevel(magnitude, from: top, to: bottom, levelIndex: bottom)
        }
        func isHighestSinceStart(_ top: Int) -> Bool {
            for k in start..<top where magnitude[k] > magnitude[top] { return false }
            return true
        }
        func bottom(after top: Int) -> Int {
            var bottom = top
            while bottom < end && magnitude[bottom + 1] <= magnitude[bottom] { bottom += 1 }
            return bottom
        }
        if magnitude[i + 1] <= magnitude[i] {
            var top = i
            while top > start && magnitude[top - 1] >= magnitude[top] { top -= 1 }
            guard isHighestSinceStart(top) else { return nil }
            let fallBottom = bottom(after: top)
            return fall(from: top, to: fallBottom)
        }
        var nextTop = i
        while nextTop < end && magnitude[nextTop + 1] >= magnitude[nextTop] { nextTop += 1 }
        guard isHighestSinceStart(nextTop) else { return nil }
        var previousBottom = i
        while previousBottom > start && magnitude[previousBottom - 1] <= magnitude[previousBottom] { previousBottom -= 1 }
        var previousTop = previousBottom
        while previousTop > start && magnitude[previousTop - 1] >= magnitude[previousTop] { previousTop -= 1 }
        let nextBottom = bottom(after: nextTop)
        let nextDrop = magnitude[nextTop] - magnitude[nextBottom]
        if nextDrop >= magnitude[previousTop] - magnitude[previousBottom] || previousTop == previousBottom {
            guard magnitude[nextBottom] >= landingFallFloor else { return nil }
            return fall(from: nextTop, to: nextBottom)
        }
        return fall(from: previousTop, to: previousBottom)
    }

    /// Where the foot leaves rest between the standing anchor `start` and `end`: the first sample after
    /// the first quarter of the stretch (taken as standing) that stands out of its ``RestingBand``, that
    /// band, and the standing quarter; `nil` when none does.
    static func departureFromRest(
        _ magnitude: [Float], from start: Int, to end: Int
    ) -> (index: Int, band: RestingBand, standing: Range<Int>)? {
        let standing = start..<(start + (end - start) / 4)
        guard let band = RestingBand(magnitude, standing: standing) else { return nil }
        var departure = standing.upperBound
        while departure < end && band.contains(magnitude[departure]) { departure += 1 }
        return departure < end ? (departure, band, standing) : nil
    }

    /// A foot's lift-off from standing (``liftOffFromRest(_:from:to:band:)``), segment-relative: the onset of its first
    /// climb, where its push-off rotation is sought from (with a gyroscope), and the standing before it.
    struct RestLiftOff {
        var position: Double
        var searchFrom: Int
        var standing: Range<Int>
        var standingLevel: Float
    }

    /// The lift-off from standing between the foot's departure from rest (`start`) and the top of its first
    /// swing's final fall (`end`): the onset of the first climb of the acceleration magnitude through
    /// ``riseLevel`` of the way from the standing level up to the highest point between the two (the
    /// steepest tangent of the climb extended back to the level at its foot), as a toe-off ends a stance
    /// (``firstRise(_:from:to:minimumHump:beforeWeakSwing:)``). The foot leaves rest before it leaves the
    /// ground: the heel rises and the foot turns over its ball while the toes still bear load, and the
    /// magnitude climbs as the toes release. Where the climb starts with the heel rise, the onset is early
    /// (voisard2023 feet, acceleration alone: within ±50 ms of the reference in 13 of 24 files, 55–130 ms
    /// early in the others; with the gyroscope's push-off timing 19 of 24). `nil` when the stretch before
    /// was not standing (its ``RestingBand`` is wider than ``minimumSwingRise``: the foot was moving) or
    /// the swing does not rise ``minimumSwingRise`` above the standing level.
    func liftOffFromRest(_ magnitude: [Float], from start: Int, to end: Int, band: RestingBand) -> Double? {
        guard band.threshold < minimumSwingRise, end - start >= 3, start >= 0, end < magnitude.count else { return nil }
        var hump = start
        for i in start...end where magnitude[i] > magnitude[hump] { hump = i }
        guard magnitude[hump] - band.level >= minimumSwingRise else { return nil }
        let climb = Self.climb(magnitude, from: start, to: hump, through: band.level + riseLevel * (magnitude[hump] - band.level))
        return Self.tangentToLevel(magnitude, from: climb.foot, to: climb.top, levelIndex: climb.foot)
    }

    /// The monotonic climb of `signal` through the first crossing of `level` between `start` and `hump`
    /// (the highest point there): its foot, the crossing and its top.
    static func climb(
        _ signal: [Float], from start: Int, to hump: Int, through level: Float
    ) -> (foot: Int, crossing: Int, top: Int) {
        var crossing = start
        while crossing < hump && signal[crossing] < level { crossing += 1 }
        var foot = crossing
        while foot > start && signal[foot - 1] <= signal[foot] { foot -= 1 }
        var top = crossing
        while top < hump && signal[top + 1] >= signal[top] { top += 1 }
        return (foot, crossing, top)
    }

    /// The median of `to[i] − from[i]` over the events where `to[i]` is known, or `nil` when none is.
    static func medianShift(from: [Double], to: [Double?]) -> Double? {
        let shifts = zip(from, to).compactMap { acceleration, rotation in rotation.map { $0 - acceleration } }
        return OrderStatistics.median(shifts)
    }

    /// The stance anchors of a still foot without a gyroscope, whose movement energy holds the turn of its specific
    /// force (``SpecificForceTurn``): each moved to where the magnitude alone is quietest within
    /// ``quietStanceReach`` of a stride, then, in a file, those still turning like a swing dropped.
    ///
    /// The turn keeps a swing's dip from passing for a stance (below), but it is measured over 0.2 s, longer than a
    /// running foot's stance, so it reaches into the swings on both sides and pulls a running stance's minimum
    /// towards the calmer side, 40 ms into the push-off's rise (simulated forward running: the last stance before
    /// standing was merged with the rest after it, IC F1 0.972 → 0.960). The magnitude's quietest point nearby is
    /// where the foot is flat, as before the turn was counted.
    ///
    /// An anchor whose specific force turns, over the energy's 80 ms, faster than ``fastestStanceTurn`` and
    /// ``swingDipTurnRatio`` times the median anchor's is a swing's dip (voisard2023 feet: stance centres turn at
    /// most 106 deg/s, one 219, the swing's dips still anchored 163–408 deg/s), as with a gyroscope
    /// (``StillStance``); the ratio keeps running stances, whose turn is the swings' around them. Not within half a
    /// stride of the stretch's ends, nor at a live window's end, where a young bout holds mostly standing anchors and
    /// the median is the standing's (simulated live foot: bout-start toe-offs in time 20 → 12 of 24).
    private func stillestAnchors(
        _ anchors: [Int], quietness: [Float], forceTurns: [Float], window: Int, period: Double
    ) -> [Int] {
        let reach = Int((quietStanceReach * period).rounded())
        let refined = anchors.map { anchor in
            var quietest = anchor
            for i in max(0, anchor - reach)...min(quietness.count - 1, anchor + reach) where quietness[i] < quietness[quietest] {
                quietest = i
            }
            return quietest
        }
        guard !endIsLive, !refined.isEmpty else { return refined }
        // The turn's root mean square over the energy's centred `window` (shrunk at the ends, as the energy's mean).
        let turns = refined.map { anchor in
            let lower = max(0, anchor - window / 2), upper = min(forceTurns.count, anchor + window / 2 + 1)
            var sum: Float = 0
            for i in lower..<upper { sum += forceTurns[i] * forceTurns[i] }
            return (sum / Float(max(1, upper - lower))).squareRoot()
        }
        let typical = OrderStatistics.median(turns.map(Double.init)) ?? 0
        let limit = max(fastestStanceTurn * .pi / 180, swingDipTurnRatio * Float(typical))
        let stride = Int(period.rounded())
        return zip(refined, turns).compactMap { anchor, turn in
            anchor >= stride / 2 && anchor <= forceTurns.count - stride / 2 && turn > limit ? nil : anchor
        }
    }

    /// Stance centres: minima of the (80 ms) movement energy at least 0.6 strides apart, each as deep as
    /// ``minimumStanceProminence`` of the energy's range within ±1 stride.
    /// `endsWithSignal`: `smoothed` ends where the signal does (a live stream's newest window), not a
    /// stride after a segment that the signal goes on beyond. `turnedBetween`: whether a still foot with a
    /// gyroscope turned faster than a stance allows between two indices (`nil` without one).
    private func stanceAnchors(
        _ smoothed: [Float], period: Double, endsWithSignal: Bool, turnedBetween: ((Int, Int) -> Bool)? = nil
    ) -> [Int] {
        let inverted = smoothed.map { -$0 }
        let (candidates, prominences) = PeakDetection.findPeaksWithProminences(
            in: inverted, minimumDistance: max(1, Int(0.6 * period)))
        let strideWindow = max(3, Int((2 * period).rounded()))
        let high = MovingExtremum.maximum(smoothed, window: strideWindow)
        let low = MovingExtremum.minimum(smoothed, window: strideWindow)
        var anchors = zip(candidates, prominences).compactMap { candidate, prominence -> Int? in
            let spread = high[candidate] - low[candidate]
            return spread > 0 && (prominence >= minimumStanceProminence * spread || prominence >= edgeStanceProminence)
                ? candidate : nil
        }
        let last = smoothed.count - 1
        // The newest minimum, less than 0.6 stride before the end of the signal (a live stream's window),
        // may still give way to a deeper one within that distance, as minima closer than 0.6 stride do:
        // until then it counts only when it is as quiet as a stance settling at the end. (A running
        // shank's swing dips between its two humps; with the next stance not yet in view, the dip was
        // taken for a stance, and the toe-off before it placed ~125 ms early, for ~0.1 s of stream.)
        if endsWithSignal, let newest = anchors.last, Double(last - newest) < 0.6 * period,
           smoothed[newest] > low[newest] + minimumStanceProminence * (high[newest] - low[newest]) {
            anchors.removeLast()
        }
        if endsWithSignal, endIsLive, let newest = anchors.last, Double(last - newest) < 0.6 * period,
           let earlier = stanceInPhase(before: newest, anchors: anchors, inverted: inverted, high: high, low: low, period: period) {
            anchors[anchors.count - 1] = earlier
        }
        // A bout that ends in standing ends in a stance that never rises again (no local minimum):
        // its anchor is where the energy settles to within the prominence threshold of the floor. The
        // end counts as standing when it lies within ``edgeStanceProminence`` of the floor (a stride
        // window of standing holds only noise, and its own range is no yardstick), and the anchor is
        // then where the energy last rose a tenth of that above the floor: the end of the last motion.
        let floorRange = minimumStanceProminence * (high[last] - low[last])
        if high[last] > low[last], smoothed[last] <= low[last] + max(floorRange, edgeStanceProminence) {
            let quiet = low[last] + max(floorRange, 0.1 * edgeStanceProminence)
            var settle = last
            while settle > 0 && smoothed[settle - 1] <= quiet { settle -= 1 }
            // A still foot's stance that is still young at the end of the signal (a live stream's window
            // ending within half a stride of the landing) has its quietest point yet to come: it is kept
            // when its quiet stretch reaches 0.6 stride past the last anchor (a swing between the two is
            // still required, by ``separatedBySwings``), anchored at its quietest point so far, as a
            // stance seen whole is. A walking foot lands 0.6 stride after the previous stance's quietest
            // point, so measuring from the start of the quiet stretch dropped its landing until the next
            // swing began (0.7–0.8 s after the landing); anchored at that start, the landing turn of a
            // foot with a gyroscope fell after the anchor and the landing was timed ~19 ms off.
            let isYoungStance = endsWithSignal && stanceIsStill && Double(last - settle) < youngStanceStrides * period
            if isYoungStance {
                var quietest = settle
                for i in settle...last where smoothed[i] < smoothed[quietest] { quietest = i }
                if anchors.last.map({ Double(last - $0) >= 0.6 * period }) ?? true { anchors.append(quietest) }
            } else if let previous = anchors.last, Double(settle - previous) < 0.6 * period {
                // A window ending soon after the landing into rest still holds the bout's swings in its
                // stride neighbourhood, so the quiet level is high and the energy counts as settled
                // already on the swing's fall, less than 0.6 stride after the stance before it. The
                // stance into rest is then the quietest point 0.6 stride or more after that one (a swing
                // between the two is still required, by ``separatedBySwings``); before, there was none
                // until the rest had lasted (a live stream's foot reported the landing 0.6–1.0 s late).
                // Simulated foot, live stream seeds 3/5/7/11: landings into rest in time 6 -> 10 of 12.
                // Only at a live window's end: a file's landings into rest stay as they were (at a
                // recording's end this moved voisard2023's right-foot toe-off F1 0.884 -> 0.876 and the
                // heel share without a gyroscope 89.2 -> 88.9 %; mid-recording it added a real walker's
                // closing step that the strike classifier does not call heel: heel share with a gyroscope
                // 92.2 % of 408 -> 91.9 % of 409).
                let earliest = previous + Int((0.6 * period).rounded(.up))
                if endsWithSignal, endIsLive, earliest <= last {
                    var quietest = earliest
                    for i in earliest...last where smoothed[i] < smoothed[quietest] { quietest = i }
                    anchors.append(quietest)
                } else if !endIsLive, turnedBetween?(previous, settle) == true {
                    // In a file, a still foot with a gyroscope: the anchor before was a dip of the settling step's
                    // swing when the foot turned faster than a stance allows from there to the rest (``StillStance``
                    // then rejects it), and the rest is the stance after that step. Without it the step's landing
                    // was lost (voisard2023 4-5 rf and 2-2 lf, dips 0.35 and 0.61 s before the rest).
                    anchors.append(settle)
                }
            } else {
                anchors.append(settle)
            }
        }
        return anchors
    }

    /// At a live window's end, the stance that the newest minimum (`newest`, less than 0.6 stride before the
    /// end) thinned away: a minimum less than 0.6 stride before `newest`, as deep as a stance (the same
    /// prominence as every anchor, and as quiet as ``stanceAnchors(_:period:endsWithSignal:)`` asks of the
    /// newest), lying nearer one stride after the anchor before than `newest` does. Minima closer than
    /// 0.6 stride are thinned to the deeper, and the newest one's own rival a little later is not in view
    /// yet. A running foot's swing dips between its push-off and its terminal-swing humps, about half a
    /// stride after the stance and as quiet as it (simulated backward running without gyroscope: 0.736
    /// against the stance's 0.754); the dip thinned the stance, and the landing moved to the dip for
    /// the windows deciding it, until the next stance (deeper than the dip) came in view and thinned the
    /// dip instead (the landing reported 0.65–0.75 s late, or only by the review). Stances repeat at the
    /// stride: of the two, the one in phase with the anchor before is the stance. Only for a still foot
    /// (a shank's swing dip is not quiet enough to win) and within a bout's rhythm, the two anchors before
    /// a stride apart: a bout's first stride from standing is not in phase (without that condition, live
    /// stream bout-start landings in time fell, shank 19 -> 14 and foot with gyroscope 17 -> 13 of 24).
    /// Simulated foot without gyroscope, live stream seeds 3/5/7/11: events within bouts in time, initial
    /// contacts 310 -> 313 of 315, toe-offs 311 -> 315 of 316. Files never use it (``endIsLive``).
    private func stanceInPhase(
        before newest: Int, anchors: [Int], inverted: [Float], high: [Float], low: [Float], period: Double
    ) -> Int? {
        guard stanceIsStill, anchors.count >= 3 else { return nil }
        let previous = anchors[anchors.count - 2]
        // Only within a bout's rhythm: the two stances before lie a stride apart.
        guard abs(Double(previous - anchors[anchors.count - 3]) - period) <= strideRegularity * period else { return nil }
        let nearest = Int((0.6 * period).rounded(.up))
        let (minima, prominences) = PeakDetection.findPeaksWithProminences(in: inverted)
        var best: Int?
        for (candidate, prominence) in zip(minima, prominences)
        where candidate > previous && candidate < newest && newest - candidate < nearest && candidate - previous >= nearest {
            let spread = high[candidate] - low[candidate]
            guard spread > 0, prominence >= minimumStanceProminence * spread || prominence >= edgeStanceProminence,
                  -inverted[candidate] <= low[candidate] + minimumStanceProminence * spread else { continue }
            // A swing lies between the two (not two dips of one stance).
            var top = -inverted[candidate]
            for i in candidate...newest { top = max(top, -inverted[i]) }
            guard top - max(-inverted[candidate], -inverted[newest]) >= minimumStanceProminence * spread else { continue }
            func phaseError(_ anchor: Int) -> Double { abs(Double(anchor - previous) - period) }
            if phaseError(candidate) < phaseError(best ?? newest) { best = candidate }
        }
        return best
    }

    /// Two stances of one foot always have a swing between them: consecutive anchors with no swing hump
    /// between them (the rhythm estimator's period can be half a stride when a stride holds two similar
    /// bursts) are one stance, kept at the quieter of the two. The hump need only stand out from the
    /// neighbourhood of one of the two: standing before a bout's first step (or after its last) is
    /// quiet, and the small first swing from standing stands out from it, not from the bout's strides.
    ///
    /// `unloadingDips` (a shank): a swing also shows as a dip. Where both anchors feel gravity alone (within the
    /// swing height of 1 g, as a leg bearing weight or standing does), a dip of the opened magnitude below them by
    /// the swing height is the leg unloading into a swing, and the two are kept apart. A backward walker's shank
    /// lifts into its settling step (down to 0.3 g) and sets the foot down beside the other without rising above
    /// 1 g once the impacts are opened away, so the bout's last stance was merged with the standing after it and
    /// its landing lost (simulated shank, backward walking: 13 of 18 matrix recordings). Not between a segment's
    /// first two anchors: a shank's first swing from standing can be such a dip too, but its landing is not found
    /// from so small a swing, and its lift-off was then lost with it.
    static func separatedBySwings(
        _ stances: [Int], energy: [Float], swing: [Float], minimumHump: (Int) -> Float, unloadingDips: Bool = false
    ) -> [Int] {
        var kept: [Int] = []
        for stance in stances {
            guard let last = kept.last else { kept.append(stance); continue }
            var top = swing[last]
            var bottom = swing[last]
            for i in last...stance { top = max(top, swing[i]); bottom = min(bottom, swing[i]) }
            let least = min(minimumHump(last), minimumHump(stance))
            if top - max(swing[last], swing[stance]) >= least
                || unloadingDips && kept.count >= 2 && abs(swing[last] - 1) < least && abs(swing[stance] - 1) < least
                    && min(swing[last], swing[stance]) - bottom >= least {
                kept.append(stance)
            } else if energy[stance] < energy[last] {
                kept[kept.count - 1] = stance
            }
        }
        return kept
    }

    /// The end of the swing's final fall between `start` and the stance at `stance`: the hump is the
    /// highest point of `swing` there; the fall is the monotonic descent through the last crossing of
    /// ``fallLevel``; its steepest tangent meets the level at the bottom of the descent.
    private func finalFall(
        _ swing: [Float], from start: Int, to stance: Int, minimumHump: Float, level fraction: Float? = nil
    ) -> (position: Double, tangent: Double, hump: Int, top: Int)? {
        guard stance - start >= 3 else { return nil }
        var hump = start
        for i in start...stance where swing[i] > swing[hump] { hump = i }
        let base = swing[stance]
        guard swing[hump] - base >= minimumHump else { return nil }
        let level = base + (fraction ?? fallLevel) * (swing[hump] - base)
        var crossing = stance
        while crossing > hump && swing[crossing] < level { crossing -= 1 }
        var top = crossing
        while top > hump && swing[top - 1] >= swing[top] { top -= 1 }
        var bottom = crossing
        while bottom < stance && swing[bottom + 1] <= swing[bottom] { bottom += 1 }
        guard let tangent = Self.tangentToLevel(swing, from: top, to: bottom, levelIndex: bottom) else { return nil }
        return (tangent, tangent, hump, top)
    }

    /// The onset of the swing's first rise between the stance at `stance` and `end` (mirror of
    /// ``finalFall``): the steepest tangent of the monotonic climb through the first crossing of
    /// ``fallLevel``, extended back to the level at the foot of the climb.
    ///
    /// `beforeWeakSwing`: the swing after the stance does not stand out from its neighbourhood (a
    /// settling step). The foot rolls off before it leaves the ground (a hump of ~1.5 g while heel or toe
    /// still bears load), then unloads, its magnitude dipping clearly (``minimumSwingRise``) below the
    /// stance level, and only then swings. A strong swing's crossing lies in the swing itself; a weak
    /// one's can lie in the roll-off, and a climb before the unloading is then not the swing's: the rise
    /// is the one out of the unloading dip (simulated foot, backward walking: the toe-off before the
    /// settling step was 160–180 ms early in every recording of the matrix; TC F1 0.936 → 0.987).
    ///
    /// `rollOffOpened`: on a shank, the opened magnitude (``impactSeconds``), to tell a climb that is the shank's
    /// roll-off over the planted foot from the swing's own (``ShankRollOff``).
    ///
    /// `humpEnd`: the top of the next landing's final fall (a foot without a gyroscope). Up to the next stance the raw
    /// magnitude also holds the next touchdown's impact, 10–16 g on a running foot; where the rise's level, taken from
    /// that impact, is first crossed only past `humpEnd`, at the impact itself, the level is taken from the swing's
    /// highest point before `humpEnd`. Otherwise the toe-off was reported at the next landing (simulated backward
    /// running) and that landing, once timed at its impact's onset (``ImpactBurst``), lay before the toe-off and was
    /// lost with its contact.
    private func firstRise(
        _ swing: [Float], from stance: Int, to end: Int, minimumHump: Float, beforeWeakSwing: Bool = false,
        rollOffOpened: [Float]? = nil, humpEnd: Int? = nil
    ) -> Double? {
        guard end - stance >= 3 else { return nil }
        var hump = stance
        for i in stance...end where swing[i] > swing[hump] { hump = i }
        let base = swing[stance]
        guard swing[hump] - base >= minimumHump else { return nil }
        var climb = Self.climb(swing, from: stance, to: hump, through: base + riseLevel * (swing[hump] - base))
        // A climb through the level only past the next landing's fall is that landing's impact: the swing's own hump
        // before the fall gives the level.
        if let humpEnd, climb.crossing > humpEnd, humpEnd > stance {
            var swingHump = stance
            for i in stance...humpEnd where swing[i] > swing[swingHump] { swingHump = i }
            if swing[swingHump] - base >= minimumHump {
                hump = swingHump
                climb = Self.climb(swing, from: stance, to: hump, through: base + riseLevel * (swing[hump] - base))
            }
        }
        var (foot, top) = (climb.foot, climb.top)
        // Before a weak swing, a climb before the foot unloads was its roll-off, still on the ground.
        if beforeWeakSwing {
            var unload = stance
            while unload < hump && swing[unload] >= base - minimumSwingRise { unload += 1 }
            if climb.crossing < unload && unload < hump {
                var dip = unload
                while dip < hump && swing[dip + 1] <= swing[dip] { dip += 1 }
                foot = dip
                top = dip
                while top < hump && swing[top + 1] >= swing[top] { top += 1 }
            }
        }
        // A shank's climb through the level can be its roll-off over the planted foot (``ShankRollOff``).
        if let opened = rollOffOpened, let rise = ShankRollOff.riseAfterRollOff(
            swing, opened: opened, foot: foot, top: top, hump: hump, minimumFallBack: minimumSwingRise) {
            (foot, top) = rise
        }
        return Self.tangentToLevel(swing, from: foot, to: top, levelIndex: foot)
    }

    /// The end of a foot's swing fall: the first local minimum of the acceleration magnitude from
    /// `start` (the steepest part of the fall, where the swing's tangent meets the stance level) up to
    /// `end`, refined between samples; `nil` when the magnitude has none there. The foot stops falling
    /// where it meets the ground: the swing's deceleration has died away and the landing's load has not
    /// built up yet, whichever part of the foot lands first. It is taken only within
    /// ``endOfFallAgreement`` of the impact: a running foot landing on its heel still decelerates hard
    /// through the impact, and its first minimum comes 55–75 ms after contact (simulated backward
    /// running), as does a 25 Hz foot's, whose minimum is smeared.
    static func endOfFall(_ magnitude: [Float], from start: Int, to end: Int) -> Double? {
        var i = max(1, start)
        while i + 1 < end {
            if magnitude[i] <= magnitude[i - 1] && magnitude[i] < magnitude[i + 1] {
                let offset = ParabolicPeak.offset(
                    left: -Double(magnitude[i - 1]), middle: -Double(magnitude[i]), right: -Double(magnitude[i + 1]))
                return Double(i) + offset
            }
            i += 1
        }
        return nil
    }

    /// Where the tangent at the steepest step of `signal` between `from` and `to` (a monotonic flank,
    /// rising or falling) meets the value at `levelIndex`, kept within the flank.
    static func tangentToLevel(_ signal: [Float], from: Int, to: Int, levelIndex: Int) -> Double? {
        guard to > from else { return nil }
        var steepest = from
        var steepestChange: Float = 0
        for i in from..<to where abs(signal[i + 1] - signal[i]) > abs(steepestChange) {
            steepestChange = signal[i + 1] - signal[i]
            steepest = i
        }
        guard steepestChange != 0 else { return nil }
        let midpoint = Double(steepest) + 0.5
        let middle = 0.5 * Double(signal[steepest] + signal[steepest + 1])
        let crossing = midpoint + (Double(signal[levelIndex]) - middle) / Double(steepestChange)
        return max(Double(from), min(Double(to), crossing))
    }

    /// The first jerk peak between `start` and `end` (segment-relative) that reaches
    /// ``strongJerkFraction`` of the largest there, refined between samples.
    private func firstStrongJerk(_ jerk: [Float], offset: Int, from start: Int, to end: Int) -> Double? {
        guard end - start >= 2 else { return nil }
        var strongest: Float = 0
        for i in (start + 1)..<end where isPeak(jerk, offset + i) { strongest = max(strongest, jerk[offset + i]) }
        guard strongest > 0 else { return nil }
        for i in (start + 1)..<end where isPeak(jerk, offset + i) && jerk[offset + i] >= strongJerkFraction * strongest {
            return Double(i) + ParabolicPeak.offset(jerk, at: offset + i)
        }
        return nil
    }

    func isPeak(_ signal: [Float], _ i: Int) -> Bool {
        i > 0 && i + 1 < signal.count && signal[i] > signal[i - 1] && signal[i] >= signal[i + 1]
    }

    /// Squared deviation of the acceleration magnitude from 1 g, plus the scaled squared angular speed
    /// when ``stanceIsStill`` and a gyroscope was recorded.
    private func movementEnergy(_ signals: MotionSignals, range: Range<Int>) -> [Float] {
        var energy = [Float](repeating: 0, count: range.count)
        let angularSpeed = stanceIsStill ? signals.angularSpeed : nil
        for (offset, i) in range.enumerated() {
            let deviation = signals.magnitude[i] - 1
            energy[offset] = deviation * deviation
            if let angularSpeed {
                let scaled = angularSpeed[i] / angularSpeedScale
                energy[offset] += scaled * scaled
            }
        }
        return energy
    }
}
