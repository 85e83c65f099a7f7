import GaitDSP

/// The foot's rotation about its sagittal (medio-lateral) axis, from a gyroscope on the foot, and the
/// swing boundaries it marks.
///
/// The sagittal axis is the principal axis of the angular velocity over the analysed stretch: the foot
/// turns mostly in the plane of progression. Along it, one stride shows a sharp push-off rotation just
/// before toe-off, the mid-swing rotation of the opposite sign, and the opposite-sign turn as the foot
/// lands. Which sign is the mid-swing one depends on the sensor's mounting and on the direction of gait
/// (backward gait mirrors the swing), so it is resolved per stride: it is the sign of the rotation
/// around the middle of the swing, halfway between two stance centres. The heel strike lies between
/// the mid-swing lobe's end (the zero crossing) and the landing turn's minimum.
struct SagittalFootRotation {
    /// Angular velocity along the sagittal axis (deg/s), low-pass filtered, indexed from `offset`.
    let rate: [Float]
    /// Recording index of `rate[0]`.
    let offset: Int

    /// The sagittal rotation over `range` of the recording, or `nil` when there is no gyroscope or the
    /// principal axis cannot be found.
    init?(_ angularVelocity: TriaxialSignal?, range: Range<Int>, sampleRate: Double) {
        guard let angularVelocity, range.count > 12, range.upperBound <= angularVelocity.count else { return nil }
        let x = Array(angularVelocity.x[range])
        let y = Array(angularVelocity.y[range])
        let z = Array(angularVelocity.z[range])
        guard let axes = try? PrincipalComponentAnalysis.analyze(x: x, y: y, z: z), axes.variances.x > 0 else {
            return nil
        }
        let axis = SIMD3<Float>(axes.axes[0])
        var projected = [Float](repeating: 0, count: range.count)
        for i in 0..<range.count { projected[i] = axis.x * x[i] + axis.y * y[i] + axis.z * z[i] }
        if let smoothing = try? ButterworthFilter(
            .lowPass(cutoff: MotionSignals.noiseCutoff(sampleRate: sampleRate)), order: 4, sampleRate: sampleRate) {
            projected = smoothing.filteredZeroPhase(projected)
        }
        rate = projected
        offset = range.lowerBound
    }

    /// The mid-swing lobe between two stance centres (recording indices): its sign, start and end
    /// (local indices), the sign making the rotation positive along the lobe. The swing's middle is
    /// halfway between the stances unless `middle` (a recording index) says otherwise, at the edge of
    /// a bout where one of the stances is not known. `nil` when the swing's middle shows no clear
    /// rotation. With `isOpen` (a live stream's newest swing, `later` the window's last sample), the lobe
    /// may still be running at `later`, once it has passed its fastest turn; its `end` is then `later`.
    private func swingLobe(
        between earlier: Int, and later: Int, middle: Int?, isOpen: Bool = false
    ) -> (sign: Float, start: Int, end: Int)? {
        let first = max(0, earlier - offset)
        let last = min(rate.count - 1, later - offset)
        guard last - first >= 6 else { return nil }
        let half = max(1, (last - first) * 3 / 20)
        let middle = min(last - half, max(first + half, middle.map { $0 - offset } ?? (first + last) / 2))
        var sum: Float = 0
        var largest: Float = 0
        for i in first...last { largest = max(largest, abs(rate[i])) }
        for i in (middle - half)...(middle + half) { sum += rate[i] }
        let sign: Float = sum >= 0 ? 1 : -1
        var peak = middle - half
        for i in (middle - half)...(middle + half) where sign * rate[i] > sign * rate[peak] { peak = i }
        // The mid-swing rotation is a marked excursion of the stride, not a ripple around zero.
        guard largest > 0, sign * rate[peak] >= 0.2 * largest else { return nil }
        var start = peak
        while start > first && sign * rate[start - 1] > 0 { start -= 1 }
        var end = peak
        while end < last && sign * rate[end + 1] > 0 { end += 1 }
        guard start > first, end < last || (isOpen && last == rate.count - 1 && peak < end) else { return nil }
        return (sign, start, end)
    }

    /// The landing that ends the swing between the stance centres `earlier` and `later` (recording
    /// indices; `middle`, when given, is the swing's middle): where the mid-swing lobe ends (its zero crossing, a fractional recording position) and
    /// the landing turn (recording index), the first minimum after the lobe at least half as deep as
    /// the deepest within `reach` samples of its end. The heel strike lies between the two.
    ///
    /// `marked` says whether the turn is a marked rotation, at least ``markedTurnFraction`` of the lobe's
    /// peak rate: a heel strike slaps the foot flat about as fast as it swung (real walkers 0.35–1.6 of
    /// the lobe's peak). A lobe that ends with the foot already flat (the heel lowering after a toe-first
    /// landing) is followed only by the ripple of a foot at rest (simulated backward running: 0.01–0.05),
    /// which marks no landing.
    func landing(
        between earlier: Int, and later: Int, middle: Int? = nil, reach: Int
    ) -> (crossing: Double, turn: Int, marked: Bool)? {
        guard let lobe = swingLobe(between: earlier, and: later, middle: middle) else { return nil }
        let (sign, end) = (lobe.sign, lobe.end)
        let last = min(rate.count - 2, end + max(2, reach))
        guard let turn = Self.markedMinimum(rate, sign: sign, from: end, to: last, forward: true) else {
            return nil
        }
        var lobePeak: Float = 0
        for i in lobe.start...lobe.end { lobePeak = max(lobePeak, sign * rate[i]) }
        let marked = -sign * rate[turn] >= markedTurnFraction * lobePeak
        // Zero crossing between `end` (still positive) and `end + 1`.
        let crossing = Double(end) + Double(rate[end] / (rate[end] - rate[end + 1]))
        return (Double(offset) + crossing, offset + turn, marked)
    }

    /// The toe-off that starts the swing between the stance centres `earlier` and `later` (recording
    /// indices), as a fractional recording position, or `nil` when the stride shows no push-off.
    ///
    /// The push-off is the strongest rotation of the sign opposite to the mid-swing lobe between the
    /// stance centre and the lobe's start (toes down over the ball going forward, toes up over the heel
    /// going backward: the sign comes from the stride, never from an assumed direction). It is not
    /// merely the last run of that sign before the lobe: on some real walkers the toe's snap off the
    /// ground rings through zero for a sample or two after the push-off peak (voisard2023 left foot: TC
    /// F1 0.812 → 0.889 at ±50 ms once the search looks past that ring). A foot turns fastest shortly
    /// before it leaves the ground and the rotation collapses once the toe (or heel) is off; in walking the toe-off is where
    /// the rate, past its peak, falls through ``toeOffFraction`` of that peak. In running (`running`: the
    /// stride has a flight) the foot is still turning fastest as it leaves the ground, and the peak itself
    /// is the toe-off (Falbriard et al. 2018: the push-off peak of a running foot's pitch rate is the most
    /// precise toe-off feature).
    ///
    /// A swing from standing (`earlier` lies in the standing) gives its `middle` (a recording index), as
    /// in ``landing(between:and:middle:reach:)``, and `turningAt`, the acceleration's lift-off (a
    /// fractional recording position): a foot leaving standing rolls over its ball before its toes leave
    /// the ground (the heel rises first), so it is already turning the push-off's way there, at a fifth of
    /// the mid-swing lobe's peak rate at least. Where it is not, the rotation marks no lift-off and `nil`
    /// is returned: the simulated foot is lifted straight out of rest with no heel rise, and the rotation's
    /// "push-off" was then a turn of the swing, 55–136 ms after the lift-off (simulated mixed sessions with
    /// a gyroscope, TC F1 0.968 without the condition, 0.985 with it; voisard2023's first toe-offs found
    /// the same, 19 of 24, either way).
    ///
    /// `swingIsOpen`: the swing is a live stream's newest, still under way at `later`, the window's last
    /// sample (``SwingBoundaryDetector/endIsLive``). The toe-off needs the mid-swing lobe's sign and start,
    /// not its end, so the lobe may run on past `later` once it has passed its fastest turn; the caller
    /// gives the swing's `middle` as half a stride after the stance, where a file's next stance puts it.
    func toeOff(
        between earlier: Int, and later: Int, middle: Int? = nil, turningAt: Double? = nil, running: Bool,
        swingIsOpen: Bool = false
    ) -> Double? {
        guard let lobe = swingLobe(between: earlier, and: later, middle: middle, isOpen: swingIsOpen) else { return nil }
        let sign = lobe.sign
        let first = max(0, earlier - offset)
        let start = lobe.start - 1
        guard start > first else { return nil }
        var peak = start
        for i in stride(from: start, through: first, by: -1) where sign * rate[i] < sign * rate[peak] { peak = i }
        // A marked push-off, not the ripple of a foot at rest: a fifth of the mid-swing lobe's peak at least.
        var swingPeak: Float = 0
        for i in lobe.start...lobe.end { swingPeak = max(swingPeak, sign * rate[i]) }
        let depth = -sign * rate[peak]
        guard depth >= 0.2 * swingPeak, depth > 0 else { return nil }
        if let turningAt {
            let onset = Int(turningAt.rounded()) - offset
            guard onset >= 0, onset < rate.count, -sign * rate[onset] >= 0.2 * swingPeak else { return nil }
        }
        if running {
            guard peak > 0, peak + 1 < rate.count else { return Double(offset + peak) }
            let (a, b, c) = (-sign * rate[peak - 1], depth, -sign * rate[peak + 1])
            let curvature = a - 2 * b + c
            return Double(offset + peak) + (curvature < 0 ? Double(0.5 * (a - c) / curvature) : 0)
        }
        let level = toeOffFraction * depth
        var i = peak
        while i + 1 < lobe.start && -sign * rate[i + 1] >= level { i += 1 }
        let (above, below) = (-sign * rate[i], -sign * rate[i + 1])
        guard above > below else { return Double(offset + i) }
        return Double(offset + i) + Double((above - level) / (above - below))
    }

    /// The least depth of a landing turn, as a fraction of the mid-swing lobe's peak rate (see
    /// ``landing(between:and:middle:reach:)``).
    var markedTurnFraction: Float { 0.2 }

    /// The share of the push-off rotation's peak rate left at toe-off. Real walking feet (voisard2023,
    /// 410 strides) turn fastest 30–40 ms before toe-off, and their rate is down to 70 % of that peak at
    /// toe-off (median 0.7 ms from the reference, IQR ±4 ms); the rotation then dies within ~40 ms.
    var toeOffFraction: Float { 0.7 }

    /// The first (searching forward) or last (backward) local minimum of `sign × signal` in
    /// `from...to` that reaches half the depth of the deepest there; `from` ≥ 1, `to` ≤ count − 2.
    private static func markedMinimum(_ signal: [Float], sign: Float, from: Int, to: Int, forward: Bool) -> Int? {
        guard from >= 1, to <= signal.count - 2, to > from else { return nil }
        var deepest: Float = 0
        for i in from...to { deepest = min(deepest, sign * signal[i]) }
        guard deepest < 0 else { return nil }
        let indices = forward ? Array(from...to) : Array((from...to).reversed())
        for i in indices {
            let value = sign * signal[i]
            if value <= 0.5 * deepest && value <= sign * signal[i - 1] && value <= sign * signal[i + 1] { return i }
        }
        return nil
    }
}
