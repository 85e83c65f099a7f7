import Foundation
import RetroGait

/// The whole-session motion of one foot and its shank: rest, lift-off, stances and swings, touchdown
/// impacts and the push-off snap, built from the planned contacts so every motion is continuous in
/// position and velocity except at touchdown, where the impact pulse carries the velocity change.
struct LimbTrajectory {
    let side: Side
    private(set) var segments: [LimbSegment] = []
    private var segmentStarts: [Double] = []
    /// How long after each segment's start its motion is cross-faded from the previous segment's, s.
    /// Real contacts are not instantaneous: the soft heel pad, the shoe and the ankle spread the change
    /// of motion over milliseconds (a few for a heel strike, ~20 ms for a toe landing).
    private var blendWidths: [Double] = []
    /// Touchdowns of this foot (its contacts and the settling step after each bout).
    private(set) var impacts: [ImpactPulse] = []
    /// Lift-offs of this foot (time, travel sign, strength) for the push-off snap.
    private(set) var pushOffs: [(time: Double, sign: Double, strength: Double)] = []

    init(side: Side, contacts: [Contact], plans: [GaitBoutPlan]) {
        self.side = side
        let lateralSign: Double = side == .left ? 1 : -1
        var restPose = LimbPose(heel: [0, 0.1 * lateralSign, 0], pitch: 0, shank: 0)
        var restStart = -Double.infinity
        for plan in plans {
            let own = contacts[plan.contacts].filter { $0.side == side }
            guard let first = own.first, let last = own.last else { continue }
            let sign = first.travelSign
            // Stances, with heel positions advancing by speed × time between this foot's contacts.
            var stances: [StanceMotion] = []
            let firstSteps = Self.firstStepsFromStanding(
                leads: contacts[plan.contacts].first?.side == side, activity: first.activity, direction: first.direction)
            var heel = restPose.heel + SIMD3(sign * firstSteps * first.speed * first.stepTime, 0, 0)
            for (index, contact) in own.enumerated() {
                if index > 0 {
                    let previous = own[index - 1]
                    heel.x += sign * previous.speed * (contact.initialContact - previous.initialContact)
                }
                let keys = LimbKeyframes(
                    activity: contact.activity, direction: contact.direction,
                    strike: contact.strike, speed: contact.speed)
                stances.append(StanceMotion(
                    start: contact.initialContact, end: contact.toeOff, groundHeel: heel, keys: keys))
            }
            guard let edges = FootBoutEdges(side: side, plan: plan, contacts: contacts) else { continue }
            // Lift-off from standing.
            let liftOff = edges.liftOff
            append(.rest(start: restStart, end: liftOff, pose: restPose), blend: 0.04)
            append(.swing(Self.swing(
                from: .rest(start: liftOff, end: liftOff, pose: restPose), at: liftOff,
                to: stances[0], contact: first, scale: 0.6)))
            for (index, stance) in stances.enumerated() {
                append(.stance(stance), blend: Self.contactBlend(own[index].strike))
                addTouchdown(stance, contact: own[index], previous: segments[segments.count - 2], scale: index == 0 ? 0.6 : 1)
                pushOffs.append((stance.end, sign, own[index].speed * own[index].gain))
                if index + 1 < stances.count {
                    append(.swing(Self.swing(
                        from: .stance(stance), at: stance.end, to: stances[index + 1], contact: own[index + 1], scale: 1)))
                }
            }
            // Settle next to the other foot and stand.
            let lastStance = stances[stances.count - 1]
            let settleEnd = edges.settle
            restPose = LimbPose(
                heel: lastStance.groundHeel + SIMD3(sign * 0.4 * last.speed * last.stepTime, 0, 0), pitch: 0, shank: 0)
            append(.swing(Self.settle(from: lastStance, until: settleEnd, to: restPose, keys: lastStance.keys)))
            let settling = segments[segments.count - 1]
            let velocity = Self.velocity(of: settling, at: settleEnd)
            impacts.append(ImpactPulse(
                time: settleEnd, velocityChange: -velocity, tau: 0.02,
                ringAmplitude: 0, ringFrequency: 30, ringDecay: 0.01))
            restStart = settleEnd
        }
        append(.rest(start: restStart, end: .infinity, pose: restPose), blend: 0.04)
    }

    /// How far ahead of standing a foot's first stance of a bout lies, in steps (speed × step time).
    ///
    /// Forward walking: adults reach the steady progression velocity by the end of the first step
    /// (Brenière & Do 1986), and step length grows only until the second step (Kim 2009), so the leading
    /// foot's first step is a step of the bout's starting speed, and the trailing foot's first swing passes
    /// it, one step further (two steps from standing). Running and backward walking keep half a step for
    /// both feet: a running start lengthens its steps over many strides, and no initiation data of
    /// backward gait exist.
    static func firstStepsFromStanding(leads: Bool, activity: Activity, direction: Direction) -> Double {
        guard activity == .walking, direction == .forward else { return 0.5 }
        return leads ? 1 : 2
    }

    /// The segment that contains `time`.
    func segment(at time: Double) -> LimbSegment {
        segments[index(at: time)]
    }

    /// The segment containing `time`, and while it is fading in, the previous one with the weight
    /// (0…1) of the current segment.
    func blend(at time: Double) -> (current: LimbSegment, previous: LimbSegment?, weight: Double) {
        let i = index(at: time)
        guard i > 0 else { return (segments[i], nil, 1) }
        let elapsed = time - segmentStarts[i]
        guard elapsed < blendWidths[i] else { return (segments[i], nil, 1) }
        return (segments[i], segments[i - 1], smoothstep(elapsed / blendWidths[i]))
    }

    private func index(at time: Double) -> Int {
        max(lastIndex(in: segmentStarts, atOrBefore: time), 0)
    }

    private mutating func append(_ segment: LimbSegment, blend: Double = 0.01) {
        segments.append(segment)
        segmentStarts.append(segment.start)
        blendWidths.append(blend)
    }

    private static func contactBlend(_ strike: FootStrike) -> Double {
        switch strike {
        case .heel: 0.004
        case .mid, .unknown: 0.008
        case .toe: 0.02
        }
    }

    private mutating func addTouchdown(_ stance: StanceMotion, contact: Contact, previous: LimbSegment, scale: Double) {
        let landing = Self.velocity(of: previous, at: stance.start)
        let standing = Self.velocity(of: .stance(stance), at: stance.start)
        let p = ImpactPulse.parameters(strike: contact.strike)
        let severity = contact.impactGain * (contact.activity == .running ? contact.speed / 3.2 : 0.3) * scale
        impacts.append(ImpactPulse(
            time: stance.start, velocityChange: standing - landing, tau: p.tau,
            ringAmplitude: p.ring * severity, ringFrequency: p.frequency, ringDecay: p.decay))
    }

    /// Instep velocity by a central difference on one segment's own formula.
    static func velocity(of segment: LimbSegment, at time: Double) -> SIMD3<Double> {
        let h = 1e-4
        return (segment.pose(at: time + h).point(FootGeometry.instep)
            - segment.pose(at: time - h).point(FootGeometry.instep)) / (2 * h)
    }

    private static func angleRates(of segment: LimbSegment, at time: Double) -> (pitch: Double, shank: Double) {
        let h = 1e-4
        let (a, b) = (segment.pose(at: time - h), segment.pose(at: time + h))
        return ((b.pitch - a.pitch) / (2 * h), (b.shank - a.shank) / (2 * h))
    }

    /// The foot pitch's angular acceleration (rad/s²) on one segment's own formula, just before `time`.
    private static func pitchCurvature(of segment: LimbSegment, before time: Double) -> Double {
        let h = 1e-3
        let (a, b, c) = (segment.pose(at: time - 2 * h), segment.pose(at: time - h), segment.pose(at: time))
        return (a.pitch - 2 * b.pitch + c.pitch) / (h * h)
    }

    /// The swing's first pitch key when the push-off rotation runs on past toe-off (``LimbKeyframes/pushOffStopSeconds``):
    /// the foot keeps turning, decelerating from its toe-off rate m and angular acceleration c (both
    /// continuous across toe-off, as the segment starts with them), and stops after T = that time. Its rate
    /// then falls as (1 − s)²(m + (2m + cT)s) over s = t/T, turning m T/2 + c T²/12 further; T is capped
    /// at 3m/|c| × 0.9, beyond which that rate would reverse before the stop. Empty after a rest.
    private static func pushOffStop(
        keys: LimbKeyframes?, pitch: Double, rate: Double, curvature: Double, duration: Double
    ) -> [(Double, Double)] {
        guard let wanted = keys?.pushOffStopSeconds, rate != 0 else { return [] }
        let decelerating = rate * curvature < 0
        let stop = decelerating ? min(wanted, 0.9 * 3 * abs(rate / curvature)) : wanted
        guard stop < 0.5 * duration else { return [] }
        let curvatureTerm = decelerating ? curvature * stop * stop / 12 : 0
        return [(stop / duration, pitch + 0.5 * rate * stop + curvatureTerm)]
    }

    /// A swing from the end of `from` (at `time`) to the touchdown of `stance`.
    private static func swing(
        from: LimbSegment, at time: Double, to stance: StanceMotion, contact: Contact, scale: Double
    ) -> SwingMotion {
        let duration = stance.start - time
        let startPose = from.pose(at: time)
        let p0 = startPose.point(FootGeometry.instep)
        let v0 = velocity(of: from, at: time)
        let rates = angleRates(of: from, at: time)
        let endPose = stance.pose(at: stance.start)
        let p1 = endPose.point(FootGeometry.instep)
        let keys = stance.keys
        let v1 = SIMD3(contact.travelSign * keys.landingGlide, 0, -keys.landingSink) * scale
        let degrees = Double.pi / 180
        let curvature = pitchCurvature(of: from, before: time)
        let stop = pushOffStop(
            keys: from.stanceKeys, pitch: startPose.pitch, rate: rates.pitch, curvature: curvature, duration: duration)
        let pitchKeys = [(0.0, startPose.pitch)] + stop
            + keys.footSwing.map { ($0.s, $0.value * degrees * scale) }
            + [(1.0, endPose.pitch)]
        let shankKeys = [(0.0, startPose.shank)] + keys.shankSwing.map { ($0.s, $0.value * degrees * scale) }
            + [(1.0, endPose.shank)]
        return SwingMotion(
            start: time, end: stance.start,
            x: QuinticHermite(start: p0.x, startSlope: v0.x * duration, end: p1.x, endSlope: v1.x * duration),
            y: QuinticHermite(start: p0.y, startSlope: v0.y * duration, end: p1.y, endSlope: 0),
            z: QuinticHermite(start: p0.z, startSlope: v0.z * duration, end: p1.z, endSlope: v1.z * duration),
            clearance: keys.clearance * scale, clearancePeakAt: keys.clearancePeakAt,
            lateral: (contact.side == .left ? 1 : -1) * 0.015,
            pitch: KeyframeCurve(
                keys: pitchKeys, startSlope: rates.pitch * duration,
                startCurvature: stop.isEmpty ? 0 : curvature * duration * duration),
            shank: KeyframeCurve(keys: shankKeys, startSlope: rates.shank * duration))
    }

    /// The last swing of a bout: from toe-off to a gentle flat landing at `pose`.
    private static func settle(from stance: StanceMotion, until end: Double, to pose: LimbPose, keys: LimbKeyframes) -> SwingMotion {
        let duration = end - stance.end
        let startPose = stance.pose(at: stance.end)
        let p0 = startPose.point(FootGeometry.instep)
        let v0 = velocity(of: .stance(stance), at: stance.end)
        let rates = angleRates(of: .stance(stance), at: stance.end)
        let curvature = pitchCurvature(of: .stance(stance), before: stance.end)
        let stop = pushOffStop(
            keys: stance.keys, pitch: startPose.pitch, rate: rates.pitch, curvature: curvature, duration: duration)
        let p1 = pose.point(FootGeometry.instep)
        return SwingMotion(
            start: stance.end, end: end,
            x: QuinticHermite(start: p0.x, startSlope: v0.x * duration, end: p1.x, endSlope: 0),
            y: QuinticHermite(start: p0.y, startSlope: v0.y * duration, end: p1.y, endSlope: 0),
            z: QuinticHermite(start: p0.z, startSlope: v0.z * duration, end: p1.z, endSlope: -0.15 * duration),
            clearance: keys.clearance * 0.5, clearancePeakAt: 0.4, lateral: 0,
            pitch: KeyframeCurve(
                keys: [(0, startPose.pitch)] + stop + [(1, 0)], startSlope: rates.pitch * duration,
                startCurvature: stop.isEmpty ? 0 : curvature * duration * duration),
            shank: KeyframeCurve(keys: [(0, startPose.shank), (1, 0)], startSlope: rates.shank * duration))
    }
}
