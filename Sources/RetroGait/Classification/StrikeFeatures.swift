/// What a foot gyroscope shows of one landing.
///
/// - ``landingTiltDegrees``: how far the foot turns from touchdown to foot-flat: large for a heel or
///   toe landing (the foot lands tilted and rolls flat), small for a flat (midfoot) landing.
/// - ``landingTurnsLikeSwing``: whether that landing rotation turns the same way as the foot's swings
///   (``ToeDownAxis``: in swing the foot always tips toe-down, the knee flexing and the heel rising,
///   whichever way the body travels). A heel landing also rolls toe-down (toe-up to flat), a toe
///   landing rolls the other way (heel lowering). So the sign of the product tells heel from toe
///   without knowing how the sensor is mounted.
///
/// Without a gyroscope see ``ContactStrikeFeatures``.
struct StrikeFeatures: Equatable {
    var landingTiltDegrees: Float?
    var landingTurnsLikeSwing: Bool?

    /// The features of the contact at `position`, or nil without a gyroscope or a foot-flat point
    /// after the contact. `toeDownAxis` is the recording's pooled swing rotation (``ToeDownAxis``);
    /// without one the sense of the landing is not known.
    static func measure(
        contactAt position: Double, flat: Int?, toeDownAxis: SIMD3<Float>?, angularVelocity: VectorSignal?, sampleRate: Double
    ) -> StrikeFeatures? {
        guard let angularVelocity, let flat, flat > Int(position.rounded()), position >= 0 else { return nil }
        var landing = SIMD3<Float>.zero
        for i in Int(position.rounded())..<min(flat, angularVelocity.count) { landing += angularVelocity[i] }
        let tilt = Vector3.length(landing) / Float(sampleRate)
        let likeSwing = toeDownAxis.map { Vector3.dot(landing, $0) > 0 }
        return StrikeFeatures(landingTiltDegrees: tilt, landingTurnsLikeSwing: likeSwing)
    }
}
