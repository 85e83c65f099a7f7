/// What a foot gyroscope shows of one landing.
///
/// - ``landingTiltDegrees``: how far the foot turns from touchdown to foot-flat: large for a heel or
///   toe landing (the foot lands tilted and rolls flat), small for a flat (midfoot) landing.
/// - ``landingTurnsLikeSwing``: whether that landing rotation turns the same way as the largest
///   rotation of the following swing. In swing the foot always tips toe-down (the knee flexes and the
///   heel rises), whichever way the body travels; a heel landing also rolls toe-down (toe-up to flat),
///   a toe landing rolls the other way (heel lowering). So the sign of the product tells heel from toe
///   without knowing how the sensor is mounted.
///
/// Without a gyroscope see ``ContactStrikeFeatures``.
struct StrikeFeatures: Equatable {
    var landingTiltDegrees: Float?
    var landingTurnsLikeSwing: Bool?

    /// The features of the contact at `position`, or nil without a gyroscope or a foot-flat point
    /// after the contact.
    static func measure(
        contactAt position: Double, flat: Int?, nextContact: Double?, angularVelocity: VectorSignal?, sampleRate: Double
    ) -> StrikeFeatures? {
        guard let angularVelocity, let flat, flat > Int(position.rounded()), position >= 0 else { return nil }
        var landing = SIMD3<Float>.zero
        for i in Int(position.rounded())..<min(flat, angularVelocity.count) { landing += angularVelocity[i] }
        let tilt = Vector3.length(landing) / Float(sampleRate)
        var likeSwing: Bool?
        let swingEnd = nextContact.map { min(angularVelocity.count, Int($0.rounded())) } ?? flat
        if swingEnd > flat + 1 {
            let swing = LargestSwingRotation(angularVelocity, from: flat, to: swingEnd)
            if swing.angle > 0 { likeSwing = Vector3.dot(landing, swing.rotation) > 0 }
        }
        return StrikeFeatures(landingTiltDegrees: tilt, landingTurnsLikeSwing: likeSwing)
    }
}
