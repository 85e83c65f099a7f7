import Foundation

/// The path of a foot (or shank) sensor through one swing, with a gyroscope: from foot-flat, where
/// the sensor is at rest (zero velocity) and its specific force is gravity alone, the orientation is
/// tracked by integrating the angular velocity, each sample's specific force is turned back into the
/// foot-flat frame, gravity is removed, and the result is integrated twice.
///
/// Over one swing (a few tenths of a second) the drift of this dead reckoning is small next to the
/// stride, so the horizontal displacement points along the travel whichever way the person faces,
/// and the foot's pitch of up to 80° in swing no longer leaks gravity into the estimate (which is
/// what misleads the acceleration alone at a slow walking push-off: the heel rise tilts gravity
/// toward the heel before the foot accelerates).
enum SwingPath {
    /// The displacement (arbitrary units, sensor frame at foot-flat) from `flat` to `end`, or nil.
    /// O(end − flat).
    static func displacement(
        from flat: Int, to end: Int, up: SIMD3<Float>, acceleration: VectorSignal, angularVelocity: VectorSignal,
        sampleRate: Double
    ) -> SIMD3<Float>? {
        guard flat >= 0, end > flat + 2, end <= min(acceleration.count, angularVelocity.count) else { return nil }
        let dt = 1 / sampleRate
        let radiansPerDegree = Double.pi / 180
        // Rows of the rotation taking current-sensor-frame vectors into the foot-flat frame.
        var rows = (SIMD3<Double>(1, 0, 0), SIMD3<Double>(0, 1, 0), SIMD3<Double>(0, 0, 1))
        let gravity = SIMD3<Double>(up)
        var velocity = SIMD3<Double>.zero
        var displacement = SIMD3<Double>.zero
        for k in flat..<end {
            let force = SIMD3<Double>(acceleration[k])
            let inFlatFrame = SIMD3((rows.0 * force).sum(), (rows.1 * force).sum(), (rows.2 * force).sum())
            velocity += (inFlatFrame - gravity) * dt
            displacement += velocity * dt
            rows = rotated(rows, by: SIMD3<Double>(angularVelocity[k]) * (radiansPerDegree * dt))
        }
        let result = SIMD3<Float>(displacement)
        return result.x.isFinite && result.y.isFinite && result.z.isFinite ? result : nil
    }

    /// The displacement (arbitrary units, sensor frame) from `start` to `end` of a foot held at one
    /// orientation, for a sensor without a gyroscope: between two rests (foot-flat, then the next
    /// landing) the foot's velocity starts and ends near zero, so its acceleration sums to zero and
    /// the displacement is Σ ((n − 1)/2 − k) · f_k (times dt²), the specific force's mean (gravity)
    /// dropping out because the weights sum to zero.
    ///
    /// Held at foot-flat's orientation, the foot's pitch lets gravity in: toe-down after toe-off and
    /// toe-up before the landing in forward walking, which points this term against the travel. On
    /// real forward walkers (voisard2023, 386 strides, the two terms split with the gyroscope) the
    /// swing's acceleration (+2.1 g speeding up, −2.3 g stopping, medians along the foot) is about
    /// three times that term, and the sum points toward the toes in 381 of 386 strides. Backward gait
    /// is forward gait played backward in time (Winter et al. 1989, Grasso et al. 1998): the
    /// displacement and the leaking term both flip with the travel, so their sum still points along it.
    /// O(end − start), one pass, no allocation.
    static func displacementAtFixedOrientation(
        from start: Int, to end: Int, acceleration: VectorSignal
    ) -> SIMD3<Float>? {
        guard start >= 0, end > start + 2, end <= acceleration.count else { return nil }
        let centre = Float(end - start - 1) / 2
        var sum = SIMD3<Float>.zero
        for k in start..<end { sum += (centre - Float(k - start)) * acceleration[k] }
        let count = Float(end - start)
        let result = sum / (count * count)
        return result.x.isFinite && result.y.isFinite && result.z.isFinite ? result : nil
    }

    /// `R · exp([θ]×)`: the frame turned by the body-frame rotation vector θ (radians), Rodrigues' formula.
    private static func rotated(
        _ r: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>), by theta: SIMD3<Double>
    ) -> (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>) {
        let angle = (theta * theta).sum().squareRoot()
        guard angle > 1e-12 else { return r }
        let a = sin(angle) / angle
        let b = (1 - cos(angle)) / (angle * angle)
        let (x, y, z) = (theta.x, theta.y, theta.z)
        // E = I + a K + b K², K the cross-product matrix of θ; columns of E.
        let k0 = SIMD3<Double>(0, z, -y), k1 = SIMD3<Double>(-z, 0, x), k2 = SIMD3<Double>(y, -x, 0)
        func kTimes(_ v: SIMD3<Double>) -> SIMD3<Double> { SIMD3(y * v.z - z * v.y, z * v.x - x * v.z, x * v.y - y * v.x) }
        let e0 = SIMD3<Double>(1, 0, 0) + a * k0 + b * kTimes(k0)
        let e1 = SIMD3<Double>(0, 1, 0) + a * k1 + b * kTimes(k1)
        let e2 = SIMD3<Double>(0, 0, 1) + a * k2 + b * kTimes(k2)
        func times(_ row: SIMD3<Double>) -> SIMD3<Double> { SIMD3((row * e0).sum(), (row * e1).sum(), (row * e2).sum()) }
        return (times(r.0), times(r.1), times(r.2))
    }
}
