/// A body-worn sensor's continuous-time signal in its segment frame (before mounting rotation).
protocol SensorModel {
    /// Specific force (g, gravity included: 1 g up at rest) and angular velocity (deg/s) at `time`.
    func evaluate(at time: Double) -> (acceleration: SIMD3<Double>, rotation: SIMD3<Double>)
}

/// Standard gravity, m/s².
let standardGravity = 9.80665
/// Degrees per radian.
let degreesPerRadian = 180 / Double.pi
/// Step of the central differences that turn closed-form positions into accelerations, s.
let differenceStep = 1e-3
