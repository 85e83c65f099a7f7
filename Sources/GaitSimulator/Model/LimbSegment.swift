import Foundation

/// A stretch of one limb's motion, with a closed-form pose that may be evaluated slightly outside
/// its own interval (for finite differences right at a boundary).
enum LimbSegment {
    /// Standing still.
    case rest(start: Double, end: Double, pose: LimbPose)
    /// Foot on the ground.
    case stance(StanceMotion)
    /// Foot in the air.
    case swing(SwingMotion)

    var start: Double {
        switch self {
        case .rest(let start, _, _): start
        case .stance(let motion): motion.start
        case .swing(let motion): motion.start
        }
    }

    /// The stance's keyframes, `nil` for other segments.
    var stanceKeys: LimbKeyframes? {
        if case .stance(let motion) = self { return motion.keys }
        return nil
    }

    func pose(at time: Double) -> LimbPose {
        switch self {
        case .rest(_, _, let pose): pose
        case .stance(let motion): motion.pose(at: time)
        case .swing(let motion): motion.pose(at: time)
        }
    }
}

/// The foot on the ground: it lands at `footAtContact`, rolls flat about the heel (heel strike) or
/// lowers its heel about the ball (toe strike), stays flat, then rolls off about the ball (forward)
/// or the heel (backward, toe rises first). The shank turns forward over the foot, fastest at push-off.
struct StanceMotion {
    var start: Double
    var end: Double
    /// Heel position when the foot is flat.
    var groundHeel: SIMD3<Double>
    var keys: LimbKeyframes

    func pitchDegrees(_ u: Double) -> Double {
        if u < keys.footFlatAt {
            if keys.footAtContact > 0 && keys.pushOffPeaksBeforeToeOff {
                // Walking heel (and mid) strikes: the heel stops and the forefoot, still sinking, turns
                // the foot down about it at once — fastest ~16 % of the way to foot-flat — and the
                // rotation then dies away softly (the shin muscles lower the forefoot): the push-off shape
                // reversed. Real walkers (voisard2023): ≈ 170 deg/s at heel strike, peak ≈ 250 deg/s
                // 20 ms later, almost still 120–150 ms after contact. (Running heel strikes still start
                // the roll from rest: no real running foot data to shape them on.)
                return keys.footAtContact * Self.pushOffShape(1 - u / keys.footFlatAt)
            }
            // Toe strikes keep rotating (heel lowering under load).
            let x = u / keys.footFlatAt  // extrapolates smoothly just before contact
            // Heel lowering starts at about 60 % of the landing sink speed at the ankle (12 cm from
            // the ball), at most twice the mean rate, so the ankle does not outrun the landing.
            let duration = keys.footFlatAt * (end - start)
            let rate = 0.6 * keys.landingSink / 0.12 * 180 / .pi * duration
            let lowering = keys.footAtContact < 0 ? min(rate, -2 * keys.footAtContact) : 0
            return QuinticHermite(start: keys.footAtContact, startSlope: lowering, end: 0, endSlope: 0)(x)
        }
        if u < keys.rollOffAt { return 0 }
        let x = (u - keys.rollOffAt) / (1 - keys.rollOffAt)
        return keys.footAtToeOff * (keys.pushOffPeaksBeforeToeOff ? Self.pushOffShape(x) : pow(x, 2.5))
    }

    /// The roll-off's share of its final angle at fraction `x` of the push-off: 3.5x⁴ − 2.5x⁵. It starts
    /// from rest (zero rate and curvature), its rate peaks at x = 0.84 (2.07 × the mean rate) and falls
    /// to 72 % of that peak at toe-off (1.5 × the mean rate). Real feet (voisard2023 walkers: median
    /// peak 536 deg/s, 30–40 ms before toe-off, 70 % of it left at toe-off) turn fastest before the
    /// toe leaves the ground, not at the instant it does.
    static func pushOffShape(_ x: Double) -> Double {
        x * x * x * x * (3.5 - 2.5 * x)
    }

    /// Rate of ``pushOffShape`` at toe-off, in units of the mean rate over the push-off.
    static let pushOffEndRate = 1.5

    func shankDegrees(_ u: Double) -> Double {
        // The shank turns slowly after contact and fastest at push-off.
        let change = keys.shankAtToeOff - keys.shankAtContact
        return QuinticHermite(start: keys.shankAtContact, startSlope: 0.3 * change, end: keys.shankAtToeOff, endSlope: 1.5 * change)(u)
    }

    func pose(at time: Double) -> LimbPose {
        let u = (time - start) / (end - start)
        let pitch = pitchDegrees(u) * .pi / 180
        let shank = shankDegrees(u) * .pi / 180
        if pitch >= 0 {
            return LimbPose(heel: groundHeel, pitch: pitch, shank: shank)
        }
        // Pivot about the ball of the foot.
        let ball = groundHeel + FootGeometry.ball
        let rotatedBall = SIMD3(FootGeometry.ball.x * cos(pitch), 0, FootGeometry.ball.x * sin(pitch))
        return LimbPose(heel: ball - rotatedBall, pitch: pitch, shank: shank)
    }
}

/// The foot in the air: the instep follows quintic Hermite paths matching position and velocity at
/// lift-off and touchdown, plus a clearance bump; the foot and shank angles follow keyframe curves.
struct SwingMotion {
    var start: Double
    var end: Double
    var x, y, z: QuinticHermite
    var clearance: Double
    var clearancePeakAt: Double
    var lateral: Double
    /// Radians over s ∈ [0, 1].
    var pitch: KeyframeCurve
    var shank: KeyframeCurve

    func pose(at time: Double) -> LimbPose {
        let s = (time - start) / (end - start)
        let b = bump(s)
        let instep = SIMD3(x(s), y(s) + lateral * b, z(s) + clearance * b)
        let pitchAngle = pitch(s)
        let (c, sn) = (cos(pitchAngle), sin(pitchAngle))
        let local = FootGeometry.instep
        let heel = instep - SIMD3(local.x * c - local.z * sn, local.y, local.x * sn + local.z * c)
        return LimbPose(heel: heel, pitch: pitchAngle, shank: shank(s))
    }

    /// s³(1−s)^q scaled to peak 1 at `clearancePeakAt`; flat (zero slope and curvature) at both ends.
    private func bump(_ s: Double) -> Double {
        guard s > 0, s < 1 else { return 0 }
        let peak = clearancePeakAt
        let q = 3 * (1 - peak) / peak
        return pow(s / peak, 3) * pow((1 - s) / (1 - peak), q)
    }
}
