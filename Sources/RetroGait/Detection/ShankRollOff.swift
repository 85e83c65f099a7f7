/// A shank's roll-off over its planted foot, before the toe-off.
///
/// In terminal stance and pre-swing the shank turns forward over the loaded foot (the ankle and forefoot
/// rockers: the heel rises while the forefoot still bears the body's weight; Perry & Burnfield 2010, Gait
/// Analysis). A sensor on the shank feels that turn as a broad climb of the acceleration magnitude, about
/// 100 ms long in the simulated strides, while the foot is still on the ground. As the knee flexes and the
/// foot unloads, the magnitude falls back (a notch, or a dip below the stance level in walking) just before
/// the toes leave the ground, and only then rises into the swing. ``SwingBoundaryDetector`` takes the toe-off at the foot of the climb through a
/// share of the swing's height; where that climb is the roll-off (the swing after it is not much higher:
/// running, and the walking step before the settling step), the toe-off was placed at the roll-off's start,
/// 100–240 ms early (simulated shank without gyroscope: forward running, 63 of 511 toe-offs −100 to −140 ms;
/// forward walking, the toe-off before the settling step in all 18 recordings −220 to −240 ms).
///
/// A narrow spike before the fall-back (narrower than an impact, so the morphological opening removes most of
/// it) is not a roll-off: a backward walker's or runner's foot leaves the ground with a snap as it rolls off
/// its heel, and the spike's onset is the toe-off (simulated shank without the breadth test: the backward rows'
/// toe-offs moved ~60 ms late, TC F1 walking 0.959 → 0.067, running 0.993 → 0.057).
enum ShankRollOff {
    /// The rise out of the unloading notch after a climb that is the shank's roll-off, or `nil` when the climb
    /// (from `foot` up to `top`, indices into `magnitude`) is the swing's own.
    ///
    /// The climb is a roll-off when it stops short of the swing's highest point (`hump`), falls back by at least
    /// `minimumFallBack` (g), and the magnitude then climbs again, higher than `top`; and when it is broad: its top
    /// survives the opening (`opened`, the magnitude opened over an impact's width) by at least half its height.
    /// The rise is returned as its foot (the notch) and top (the end of the monotonic climb out of it).
    static func riseAfterRollOff(
        _ magnitude: [Float], opened: [Float], foot: Int, top: Int, hump: Int, minimumFallBack: Float
    ) -> (foot: Int, top: Int)? {
        guard top < hump, opened[top] - magnitude[foot] >= 0.5 * (magnitude[top] - magnitude[foot]) else { return nil }
        var notch = top
        while notch < hump && magnitude[notch + 1] <= magnitude[notch] { notch += 1 }
        var rise = notch
        while rise < hump && magnitude[rise + 1] >= magnitude[rise] { rise += 1 }
        guard magnitude[top] - magnitude[notch] >= minimumFallBack, magnitude[rise] > magnitude[top] else { return nil }
        return (notch, rise)
    }
}
