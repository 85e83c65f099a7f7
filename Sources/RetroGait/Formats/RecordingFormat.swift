/// The file layouts RetroGait reads. ``RecordingReader`` tells them apart from the first lines of a
/// file; ``RecordingReadOptions/format`` overrides the guess.
public enum RecordingFormat: String, Sendable, Codable, CaseIterable, Hashable {
    /// RetroGait's own CSV: header `t,ax,ay,az[,gx,gy,gz]`, seconds, g or m/s², deg/s.
    case canonical
    /// Any delimited text (`,` `;` or tab, decimal point or comma) described by a ``ColumnMapping``.
    case delimited
    /// An accelerometer or gyroscope CSV of the Sensor Logger app: header `time,seconds_elapsed,z,y,x`,
    /// `time` in epoch nanoseconds, acceleration in m/s², angular velocity in rad/s. Gravity must be
    /// included (`TotalAcceleration.csv`); the gravity-free `Accelerometer.csv` is refused by the unit check.
    case sensorLogger = "sensor-logger"
    /// A phyphox CSV export: quoted header `"Time (s)","Acceleration x (m/s^2)",…` (or `Gyroscope x (rad/s)`),
    /// comma, tab or semicolon-with-decimal-comma variants.
    case phyphox
    /// The Xsens MT Manager text export: line 1 `Acquisition frequency: 100 Hz`, line 2 a tab-separated
    /// header with `PacketCounter Acc_X Acc_Y Acc_Z [Gyr_X Gyr_Y Gyr_Z]`; m/s², rad/s; time from the counter.
    case xsens
}

/// The unit angular velocity was recorded in. RetroGait holds angular velocity in deg/s.
public enum AngularVelocityUnit: String, Sendable, Codable, CaseIterable, Hashable {
    /// Degrees per second.
    case degreesPerSecond = "dps"
    /// Radians per second.
    case radiansPerSecond = "rps"

    /// The factor that converts a value in this unit to deg/s.
    public var toDegreesPerSecond: Float {
        switch self {
        case .degreesPerSecond: 1
        case .radiansPerSecond: Float(180 / Double.pi)
        }
    }
}

/// The unit of a numeric time column.
public enum TimeUnit: String, Sendable, Codable, CaseIterable, Hashable {
    /// Seconds.
    case seconds = "s"
    /// Milliseconds.
    case milliseconds = "ms"
    /// Microseconds.
    case microseconds = "us"
    /// Nanoseconds.
    case nanoseconds = "ns"

    /// Seconds per unit.
    public var seconds: Double {
        switch self {
        case .seconds: 1
        case .milliseconds: 1e-3
        case .microseconds: 1e-6
        case .nanoseconds: 1e-9
        }
    }
}

/// Which columns of a delimited file hold time, acceleration and angular velocity.
///
/// Columns are named as in the header (case-insensitive, quotes and surrounding spaces ignored) or,
/// for a file without a header, by 1-based position (`"1"`, `"2"`, …).
///
/// ```swift
/// let mapping = ColumnMapping(time: "timestamp", acceleration: ["accX", "accY", "accZ"])
/// ```
public struct ColumnMapping: Sendable, Equatable, Hashable {
    /// The time column, or `nil` when the rows are evenly spaced at ``RecordingReadOptions/sampleRate``.
    public var time: String?
    /// The three acceleration columns (x, y, z).
    public var acceleration: [String]
    /// The three angular velocity columns (x, y, z), if any.
    public var angularVelocity: [String]?

    /// Creates a mapping. `acceleration` (and `angularVelocity`, when given) must name three columns.
    public init(time: String?, acceleration: [String], angularVelocity: [String]? = nil) {
        self.time = time
        self.acceleration = acceleration
        self.angularVelocity = angularVelocity
    }
}
