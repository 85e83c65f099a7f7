import RetroGait

/// Phenomenological foot and shank angles for one gait (degrees), and the swing path shape.
///
/// Foot pitch is the sole's angle to the ground, positive toe-up (dorsiflexed). Shank angle is the
/// tibia's tilt from vertical, positive with the knee ahead of the ankle (in the facing direction).
/// Values are round numbers in the ranges reported for running and walking kinematics; backward gait
/// lands toe-first (toe down) and rolls off through the heel (toe up at toe-off).
struct LimbKeyframes {
    /// Foot pitch at initial contact.
    var footAtContact: Double
    /// Fraction of stance until the foot is flat.
    var footFlatAt: Double
    /// Fraction of stance at which the roll-off (heel rise, or toe rise in backward gait) starts.
    var rollOffAt: Double
    /// Foot pitch at toe-off.
    var footAtToeOff: Double
    /// Swing turning points of the foot pitch, (fraction of swing, degrees), before landing.
    var footSwing: [(s: Double, value: Double)]
    /// When set, the push-off rotation runs on after toe-off and stops this long (s) after it, the
    /// foot's first turning point of the swing (a real walking foot stops 30–50 ms after toe-off); when
    /// `nil` the swing keys alone shape the early swing (forward running keeps turning toe-down).
    var pushOffStopSeconds: Double?
    /// Whether the push-off rotation peaks before toe-off (``StanceMotion/pushOffShape(_:)``, walking, as
    /// measured on real walkers) or at toe-off (running: a foot-worn gyroscope's push-off peak marks the
    /// running toe-off within a few ms, Falbriard et al. 2018).
    var pushOffPeaksBeforeToeOff: Bool
    /// Shank angle at initial contact and toe-off.
    var shankAtContact: Double
    var shankAtToeOff: Double
    /// Swing turning points of the shank angle.
    var shankSwing: [(s: Double, value: Double)]
    /// Peak foot clearance during swing (m) and where in the swing it peaks (≤ 0.5).
    var clearance: Double
    var clearancePeakAt: Double
    /// Vertical and horizontal (along travel) foot speed just before contact, m/s.
    var landingSink: Double
    var landingGlide: Double

    init(activity: Activity, direction: Direction, strike: FootStrike, speed: Double) {
        let running = activity == .running
        pushOffPeaksBeforeToeOff = !running
        let backward = direction == .backward
        switch strike {
        case .heel:
            footAtContact = running ? 18 : 20
            footFlatAt = running ? 0.2 : 0.22
        case .toe:
            footAtContact = running ? -18 : -14
            footFlatAt = running ? 0.4 : 0.25
        case .mid, .unknown:
            footAtContact = 2
            footFlatAt = 0.08
        }
        switch (running, backward) {
        case (true, false):
            rollOffAt = 0.55; footAtToeOff = -35; pushOffStopSeconds = nil
            footSwing = [(0.3, -80)]
            shankAtContact = -6; shankAtToeOff = 48
            shankSwing = [(0.35, 80), (0.85, -20)]
            clearance = 0.12 + 0.03 * speed; clearancePeakAt = 0.35
        case (true, true):
            rollOffAt = 0.6; footAtToeOff = 12; pushOffStopSeconds = nil
            footSwing = [(0.55, -40)]
            shankAtContact = 12; shankAtToeOff = -28
            shankSwing = [(0.45, 60)]
            clearance = 0.08 + 0.025 * speed; clearancePeakAt = 0.5
        case (false, false):
            rollOffAt = 0.62; footAtToeOff = -60; pushOffStopSeconds = 0.04
            footSwing = []
            shankAtContact = -18; shankAtToeOff = 35
            shankSwing = [(0.3, 55), (0.85, -25)]
            clearance = 0.07; clearancePeakAt = 0.3
        case (false, true):
            rollOffAt = 0.7; footAtToeOff = 20; pushOffStopSeconds = 0.04
            footSwing = [(0.55, -28)]
            shankAtContact = 15; shankAtToeOff = -22
            shankSwing = [(0.4, 40)]
            clearance = 0.06; clearancePeakAt = 0.5
        }
        landingSink = running ? 0.5 + 0.2 * speed : 0.25 + 0.1 * speed
        landingGlide = running ? 0.12 * speed : 0.15
    }
}
