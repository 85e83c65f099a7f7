/// The unit acceleration was recorded in. RetroGait holds acceleration in g internally.
public enum AccelerationUnit: String, Sendable, Codable, CaseIterable, Hashable {
    /// Multiples of standard gravity (1 g = 9.80665 m/s²).
    case standardGravity = "g"
    /// Metres per second squared.
    case metersPerSecondSquared = "mps2"

    /// Standard gravity in m/s², as defined by the CGPM (1901).
    public static let standardGravityInMetersPerSecondSquared: Double = 9.80665

    /// The factor that converts a value in this unit to g.
    public var toStandardGravity: Float {
        switch self {
        case .standardGravity: 1
        case .metersPerSecondSquared: Float(1 / Self.standardGravityInMetersPerSecondSquared)
        }
    }
}
