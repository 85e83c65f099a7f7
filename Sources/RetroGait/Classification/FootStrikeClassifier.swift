/// Toe, mid or heel strike per contact for a foot or shank sensor, with a confidence.
///
/// Toe versus the rest comes from the impact's ``StrikeFeatures/sharpness`` (the ankle cushions a
/// forefoot landing); with a gyroscope, mid versus heel comes from the tilt between touchdown and
/// foot-flat (a flat landing barely turns). Without a gyroscope a sharp landing is called heel: the
/// accelerometer alone cannot tell a midfoot from a rearfoot landing, and the confidence says so.
struct FootStrikeClassifier {
    var placement: Placement
    /// Sharpness (1/s) below which a landing counts as cushioned (toe).
    var toeSharpness: Float = 27
    /// Landing tilt (degrees) below which a sharp landing counts as flat (mid).
    var midTiltDegrees: Float = 8

    func classify(_ features: StrikeFeatures?) -> (strike: FootStrike, confidence: Double) {
        guard placement == .foot || placement == .shank, let features else { return (.unknown, 0) }
        let softness = (toeSharpness - features.sharpness) / toeSharpness
        if softness > 0 { return (.toe, Double(min(1, 0.5 + 2 * softness))) }
        guard let tilt = features.landingTiltDegrees else { return (.heel, Double(min(0.5, -softness))) }
        let flatness = (midTiltDegrees - tilt) / midTiltDegrees
        if flatness > 0 { return (.mid, Double(min(1, 0.5 + flatness))) }
        return (.heel, Double(min(1, 0.5 + min(-softness, -flatness))))
    }
}
