/// What a foot or shank sensor shows of one landing.
///
/// - ``sharpness``: the impact's peak acceleration over its area (1/s). The foot's change of velocity
///   at touchdown is the area; a stiff heel landing delivers it in a few milliseconds (high peak for
///   the area), a forefoot landing lets the ankle spread it over tens of milliseconds. The ratio does
///   not depend on speed, only on how fast the landing is absorbed.
/// - ``landingTiltDegrees``: with a gyroscope, how far the foot (shank) turns from touchdown to
///   foot-flat: large for a heel or toe landing (the foot lands tilted and rolls flat), small for a
///   flat (midfoot) landing.
struct StrikeFeatures: Equatable {
    var sharpness: Float
    var impactPeak: Float
    var landingTiltDegrees: Float?

    /// The features of the contact at `position`, or nil when the window leaves the recording.
    static func measure(
        contactAt position: Double, flat: Int?, acceleration: VectorSignal, angularVelocity: VectorSignal?,
        sampleRate: Double
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
        if let angularVelocity, let flat, flat > start {
            var rotation = SIMD3<Float>.zero
            for i in Int(position.rounded())..<min(flat, angularVelocity.count) { rotation += angularVelocity[i] }
            tilt = Vector3.length(rotation) / Float(sampleRate)
        }
        return StrikeFeatures(
            sharpness: peak / (area / Float(sampleRate)), impactPeak: peak, landingTiltDegrees: tilt)
    }
}
