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
    /// The recorded acceleration in g in the sensor's frame, unfiltered (the recording's own channels).
    let acceleration: TriaxialSignal

    /// The low-pass cutoff applied to acceleration: 20 Hz, or 40 % of the sample rate when lower.
    static func noiseCutoff(sampleRate: Double) -> Double { min(20, 0.4 * sampleRate) }

    /// The noise filter: fourth-order Butterworth low-pass at ``noiseCutoff(sampleRate:)``.
    static func noiseFilter(sampleRate: Double) throws -> ButterworthFilter {
        try ButterworthFilter(.lowPass(cutoff: noiseCutoff(sampleRate: sampleRate)), order: 4, sampleRate: sampleRate)
    }

    /// Signals already derived (``init(_:skippingQuietStretches:)`` puts them together from pieces).
    init(
        sampleRate: Double, magnitude: [Float], vertical: [Float], jerk: [Float], angularSpeed: [Float]?,
        angularVelocity: TriaxialSignal?, acceleration: TriaxialSignal
    ) {
        self.sampleRate = sampleRate
        self.magnitude = magnitude
        self.vertical = vertical
        self.jerk = jerk
        self.angularSpeed = angularSpeed
        self.angularVelocity = angularVelocity
        self.acceleration = acceleration
    }

    init(_ recording: Recording) throws {
        sampleRate = recording.sampleRate
        let acc = recording.acceleration
        let smoothing = try Self.noiseFilter(sampleRate: sampleRate)
        let gravityFilter = try ButterworthFilter(.lowPass(cutoff: min(0.3, 0.1 * sampleRate)), order: 2, sampleRate: sampleRate)
        let n = acc.count
        var magnitude = [Float](repeating: 0, count: n)
        var vertical = [Float](repeating: 0, count: n)
        var jerk = [Float](repeating: 0, count: n)
        let rate = Float(sampleRate)
        /// Magnitude, vertical and jerk from the smoothed (x, y, z, 0) and gravity-filtered samples.
        func derive(_ smooth: UnsafeBufferPointer<SIMD4<Float>>, _ slow: UnsafeBufferPointer<SIMD4<Float>>) {
            magnitude.withUnsafeMutableBufferPointer { magnitude in
                vertical.withUnsafeMutableBufferPointer { vertical in
                    jerk.withUnsafeMutableBufferPointer { jerk in
                        LaneGeometry.measure(
                            smooth, along: slow, rate: rate, norms: magnitude, components: vertical, changes: jerk)
                    }
                }
            }
        }
        if n > 12 {
            // One sweep runs both filters (their recursions overlap in the processor).
            ButterworthFilter.filteredZeroPhase(acc.x, acc.y, acc.z, by: smoothing, and: gravityFilter, derive)
        } else {
            let raw = (0..<n).map { SIMD4<Float>(acc.x[$0], acc.y[$0], acc.z[$0], 0) }
            raw.withUnsafeBufferPointer { derive($0, $0) }
        }
        if n > 1 { jerk[0] = jerk[1] }
        self.magnitude = magnitude
        self.vertical = vertical
        self.jerk = jerk
        angularVelocity = recording.angularVelocity
        acceleration = acc
        angularSpeed = recording.angularVelocity.map { $0.magnitude() }
    }
}
