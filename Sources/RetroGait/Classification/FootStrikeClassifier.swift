/// Toe, mid or heel strike per contact for a foot sensor, with a confidence.
///
/// With a gyroscope: a landing that barely turns the foot before foot-flat is mid; otherwise the
/// sense of the landing rotation against the swing's tells heel from toe (see
/// ``StrikeFeatures/landingTurnsLikeSwing``). Without one, toe versus the rest comes from the
/// impact's ``StrikeFeatures/sharpness`` (the ankle cushions a forefoot landing) and a sharp landing
/// is called heel: the accelerometer alone cannot tell a midfoot from a rearfoot landing, and the
/// confidence says so. A shank sensor does not see the foot's pitch, and on simulated data its
/// impact sharpness does not order the strikes consistently: shank contacts stay `unknown`.
struct FootStrikeClassifier {
    var placement: Placement
    /// Sharpness (1/s) below which a landing counts as cushioned (toe).
    var toeSharpness: Float = 27
    /// Landing tilt (degrees) below which a landing counts as flat (mid). Heel and toe landings turn
    /// 15–20° (≥ 7° measured from a detected contact that may come some 30 ms late), flat ones ≈ 2°.
    var midTiltDegrees: Float = 5

    func classify(_ features: StrikeFeatures?) -> (strike: FootStrike, confidence: Double) {
        guard placement == .foot, let features else { return (.unknown, 0) }
        if let tilt = features.landingTiltDegrees, let likeSwing = features.landingTurnsLikeSwing {
            let flatness = (midTiltDegrees - tilt) / midTiltDegrees
            if flatness > 0 { return (.mid, Double(min(1, 0.5 + flatness))) }
            return (likeSwing ? .heel : .toe, Double(min(1, 0.5 - flatness / 2)))
        }
        let softness = (toeSharpness - features.sharpness) / toeSharpness
        if softness > 0 { return (.toe, Double(min(1, 0.5 + 2 * softness))) }
        guard let tilt = features.landingTiltDegrees else { return (.heel, Double(min(0.5, -softness))) }
        let flatness = (midTiltDegrees - tilt) / midTiltDegrees
        if flatness > 0 { return (.mid, Double(min(1, 0.5 + flatness))) }
        return (.heel, Double(min(1, 0.5 + min(-softness, -flatness))))
    }
}
