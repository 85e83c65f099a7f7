/// What a foot or shank sensor shows of one landing.
///
/// - ``sharpness``: the impact's peak acceleration over its area (1/s). The foot's change of velocity
///   at touchdown is the area; a stiff heel landing delivers it in a few milliseconds (high peak for
///   the area), a forefoot landing lets the ankle spread it over tens of milliseconds. The ratio does
///   not depend on speed, only on how fast the landing is absorbed.
/// - ``landingTiltDegrees``: with a gyroscope, how far the foot turns from touchdown to foot-flat:
///   large for a heel or toe landing (the foot lands tilted and rolls flat), small for a flat
///   (midfoot) landing.
/// - ``landingTurnsLikeSwing``: with a gyroscope, whether that landing rotation turns the same way
///   as the largest rotation of the following swing. In swing the foot always tips toe-down (the
///   knee flexes and the heel rises), whichever way the body travels; a heel landing also rolls
///   toe-down (toe-up to flat), a toe landing rolls the other way (heel lowering). So the sign of
///   the product tells heel from toe without knowing how the sensor is mounted.
struct StrikeFeatures: Equatable {
    var sharpness: Float
    var impactPeak: Float
    var landingTiltDegrees: Float?
    var landingTurnsLikeSwing: Bool?

    /// The features of the contact at `position`, or nil when the window leaves the recording.
    static func measure(
        contactAt position: Double, flat: Int?, nextContact: Double?, acceleration: VectorSignal,
        angularVelocity: VectorSignal?, sampleRate: Double
    ) -> StrikeFeatures? {
        let start = Int(position.rounded()) - max(1, Int(0.01 * sampleRate))
        let end = Int(position.rounded()) + max(3, Int(0.08 * sampleRate))
        guard start >= 0, end <= acceleration.count else { return nil }
        var peak: Float = 0
        var area: Float = 0
        for i in start..<end {
            let excess = max(0, Vector3.length(acceleration[i]) - 1)
            peak = max(peak, excess)
            area += excess
        }
        guard area > 0 else { return nil }
        var tilt: Float?
        var likeSwing: Bool?
        if let angularVelocity, let flat, flat > Int(position.rounded()) {
            var landing = SIMD3<Float>.zero
            for i in Int(position.rounded())..<min(flat, angularVelocity.count) { landing += angularVelocity[i] }
            tilt = Vector3.length(landing) / Float(sampleRate)
            let swingEnd = nextContact.map { min(angularVelocity.count, Int($0.rounded())) } ?? flat
            if swingEnd > flat + 1 {
                var rotation = SIMD3<Float>.zero
                var largest = SIMD3<Float>.zero
                var largestAngle: Float = 0
                for k in flat..<swingEnd {
                    rotation += angularVelocity[k]
                    let angle = Vector3.length(rotation)
                    if angle > largestAngle { largestAngle = angle; largest = rotation }
                }
                if largestAngle > 0 { likeSwing = Vector3.dot(landing, largest) > 0 }
            }
        }
        return StrikeFeatures(
            sharpness: peak / (area / Float(sampleRate)), impactPeak: peak, landingTiltDegrees: tilt,
            landingTurnsLikeSwing: likeSwing)
    }
}
