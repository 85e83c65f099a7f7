/// A still foot's stance, told by its gyroscope: the foot rests flat on the ground and has (nearly) stopped turning.
///
/// The stance centres of ``SwingBoundaryDetector`` are minima of a movement energy (acceleration magnitude away
/// from 1 g, plus angular speed), each as deep as a share of its ±1 stride neighbourhood. A swing can hold such a
/// minimum too: just after toe-off the foot's pitch turns from the push-off's sense to the swing's, and its
/// acceleration magnitude passes through 1 g, while the foot still turns at 140–300 deg/s. Where the strides are
/// regular a stance lies within 0.6 stride and thins that dip away; at a bout's first or last step and at a turn's
/// pivot step none does, and the dip was taken for a stance: a contact was reported at the toe-off and a toe-off
/// in mid-swing (voisard2023 feet: 7 of 20 spurious initial contacts). A foot on the ground in mid-stance does not
/// turn: zero-velocity detectors of foot-mounted navigation systems find the stance by the angular rate, which
/// tells it better than the acceleration does (Skog et al. 2010, IEEE Trans. Biomed. Eng. 57:2657, the
/// angular-rate energy detector). Measured at the stance centres (root mean square over the energy's 80 ms):
/// voisard2023 feet, every stance ≤ 78 deg/s, every swing dip ≥ 143 deg/s; simulated feet with a gyroscope,
/// stances ≤ 53 deg/s (backward running) and ≤ 4 deg/s otherwise.
enum StillStance {
    /// A still foot's stance centre turns slower than this (deg/s, root mean square).
    static let angularSpeedLimit: Float = 100

    /// Whether the root mean square of `angularSpeed` (deg/s) over `index ± half` samples stays below
    /// ``angularSpeedLimit``.
    static func isTurningSlowly(_ angularSpeed: [Float], around index: Int, half: Int) -> Bool {
        isBelow(angularSpeedLimit, angularSpeed, around: index, half: half)
    }

    /// A foot standing at rest turns slower than this (deg/s, root mean square): the sway of quiet standing,
    /// well below a stance centre's ``angularSpeedLimit``, which a foot rolling over its heel or ball reaches.
    static let restingAngularSpeedLimit: Float = 30

    /// Where the foot came to rest before `end` (a recording index in a stretch of rest): the first sample of
    /// the run up to `end` whose root mean square of `angularSpeed` over `index ± half` stays below
    /// ``restingAngularSpeedLimit``, searched back no further than `start`.
    static func restStart(_ angularSpeed: [Float], before end: Int, notBefore start: Int, half: Int) -> Int {
        var index = min(end, angularSpeed.count - 1)
        while index > start && isBelow(restingAngularSpeedLimit, angularSpeed, around: index - 1, half: half) { index -= 1 }
        return index
    }

    private static func isBelow(_ limit: Float, _ angularSpeed: [Float], around index: Int, half: Int) -> Bool {
        let lower = max(0, index - half), upper = min(angularSpeed.count, index + half + 1)
        guard upper > lower else { return true }
        var sum: Float = 0
        for i in lower..<upper { sum += angularSpeed[i] * angularSpeed[i] }
        return sum / Float(upper - lower) < limit * limit
    }
}
