public import RetroGait

/// How the simulated sensor is worn and how imperfect it is.
///
/// The defaults describe a decent consumer IMU: 100 Hz, 0.01 g white noise, a few mg of bias,
/// ±16 g range, no gyroscope, no mounting rotation, 3 % step-time variability, 2 % left/right asymmetry.
public struct SimulationOptions: Sendable, Equatable {
    /// Where the sensor is worn. The wrist sensor is on the left wrist.
    public var placement: Placement
    /// Samples per second; 25…1000 Hz is the supported (tested) range.
    public var sampleRate: Double
    /// The seed of every random choice. Same seed and options → bit-identical output.
    public var seed: UInt64
    /// Whether to record angular velocity (deg/s) as well.
    public var includeGyroscope: Bool
    /// White accelerometer noise, g RMS per axis.
    public var noise: Double
    /// White gyroscope noise, deg/s RMS per axis.
    public var gyroscopeNoise: Double
    /// Largest constant accelerometer offset per axis, g; each axis draws its own in ±bias.
    public var bias: Double
    /// Largest constant gyroscope offset per axis, deg/s.
    public var gyroscopeBias: Double
    /// How the sensor's axes are rotated against the body segment's axes.
    public var mounting: MountingRotation
    /// Full-scale range in g (e.g. 2, 8, 16): acceleration is clipped to ±range. `nil` = no clipping.
    public var range: Double?
    /// Full-scale gyroscope range in deg/s; angular velocity is clipped to ±range. `nil` = no clipping.
    public var gyroscopeRange: Double?
    /// Coefficient of variation of step time (0.03 = 3 %). Contact time varies by the same amount.
    public var stepVariability: Double
    /// Left/right asymmetry: left steps and contacts are longer by this fraction, right shorter
    /// (0.02 → about ±1 %), and left impacts stronger.
    public var asymmetry: Double
    /// Missing stretches of samples (time jumps in the written time column).
    public var gaps: GapOptions
    /// Standard deviation of the sampling instants around the nominal grid, in seconds (0 = none);
    /// capped at 0.35 / ``sampleRate`` so time still increases.
    public var jitter: Double

    /// Creates options; see the property documentation for the meaning of each value.
    public init(
        placement: Placement = .lowerBack,
        sampleRate: Double = 100,
        seed: UInt64 = 1,
        includeGyroscope: Bool = false,
        noise: Double = 0.01,
        gyroscopeNoise: Double = 0.5,
        bias: Double = 0.01,
        gyroscopeBias: Double = 1,
        mounting: MountingRotation = .identity,
        range: Double? = 16,
        gyroscopeRange: Double? = 2000,
        stepVariability: Double = 0.03,
        asymmetry: Double = 0.02,
        gaps: GapOptions = .none,
        jitter: Double = 0
    ) {
        self.placement = placement
        self.sampleRate = sampleRate
        self.seed = seed
        self.includeGyroscope = includeGyroscope
        self.noise = noise
        self.gyroscopeNoise = gyroscopeNoise
        self.bias = bias
        self.gyroscopeBias = gyroscopeBias
        self.mounting = mounting
        self.range = range
        self.gyroscopeRange = gyroscopeRange
        self.stepVariability = stepVariability
        self.asymmetry = asymmetry
        self.gaps = gaps
        self.jitter = jitter
    }
}

/// Missing stretches of data: `count` gaps of `duration` seconds each, at seeded random places.
public struct GapOptions: Sendable, Equatable, Hashable {
    /// How many gaps.
    public var count: Int
    /// Length of each gap in seconds.
    public var duration: Double

    /// Creates gap options.
    public init(count: Int, duration: Double) {
        self.count = count
        self.duration = duration
    }

    /// No gaps.
    public static let none = GapOptions(count: 0, duration: 0)
}
