import GaitDSP

/// The orientation-independent signals the detectors work on, derived once per recording.
///
/// Nothing here assumes which way the sensor faces or which way the person travels: the vertical
/// comes from gravity, the rest are magnitudes.
struct MotionSignals {
    /// Sample rate in Hz.
    let sampleRate: Double
    /// Acceleration magnitude in g, low-pass filtered to remove sensor noise.
    let magnitude: [Float]
    /// Acceleration along the slowly varying gravity direction, in g (about 1 g at rest).
    let vertical: [Float]
    /// Magnitude of the time derivative of the (low-pass filtered) acceleration vector, in g/s.
    let jerk: [Float]
    /// Angular-velocity magnitude in deg/s, when a gyroscope was recorded.
    let angularSpeed: [Float]?
    /// Angular velocity in deg/s in the sensor's frame, when a gyroscope was recorded.
    let angularVelocity: TriaxialSignal?

    /// The low-pass cutoff applied to acceleration: 20 Hz, or 40 % of the sample rate when lower.
    static func noiseCutoff(sampleRate: Double) -> Double { min(20, 0.4 * sampleRate) }

    init(_ recording: Recording) throws {
        sampleRate = recording.sampleRate
        let acc = recording.acceleration
        let smoothing = try ButterworthFilter(.lowPass(cutoff: Self.noiseCutoff(sampleRate: sampleRate)), order: 4, sampleRate: sampleRate)
        let gravityFilter = try ButterworthFilter(.lowPass(cutoff: min(0.3, 0.1 * sampleRate)), order: 2, sampleRate: sampleRate)
        let (x, y, z) = Self.filter(acc, with: smoothing)
        let (gx, gy, gz) = Self.filter(acc, with: gravityFilter)
        let n = acc.count
        var magnitude = [Float](repeating: 0, count: n)
        var vertical = [Float](repeating: 0, count: n)
        var jerk = [Float](repeating: 0, count: n)
        let rate = Float(sampleRate)
        for i in 0..<n {
            magnitude[i] = (x[i] * x[i] + y[i] * y[i] + z[i] * z[i]).squareRoot()
            let norm = (gx[i] * gx[i] + gy[i] * gy[i] + gz[i] * gz[i]).squareRoot()
            vertical[i] = norm > 1e-3 ? (x[i] * gx[i] + y[i] * gy[i] + z[i] * gz[i]) / norm : magnitude[i]
            if i > 0 {
                let (dx, dy, dz) = (x[i] - x[i - 1], y[i] - y[i - 1], z[i] - z[i - 1])
                jerk[i] = (dx * dx + dy * dy + dz * dz).squareRoot() * rate
            }
        }
        if n > 1 { jerk[0] = jerk[1] }
        self.magnitude = magnitude
        self.vertical = vertical
        self.jerk = jerk
        angularVelocity = recording.angularVelocity
        angularSpeed = recording.angularVelocity.map { $0.magnitude() }
    }

    private static func filter(_ signal: TriaxialSignal, with filter: ButterworthFilter) -> ([Float], [Float], [Float]) {
        signal.count > 12 ? filter.filteredZeroPhase(signal.x, signal.y, signal.z) : (signal.x, signal.y, signal.z)
    }
}
