/// One signed axis of the sensor's own frame, e.g. `+x` or `-z`.
///
/// Used to declare how a sensor sits on the body (see ``SensorMounting``). The raw values are the
/// spellings accepted by `retrogait analyze --forward-axis`.
public enum SensorAxis: String, Sendable, Codable, CaseIterable, Hashable {
    /// The sensor's positive x axis, `+x`.
    case plusX = "+x"
    /// The sensor's negative x axis, `-x`.
    case minusX = "-x"
    /// The sensor's positive y axis, `+y`.
    case plusY = "+y"
    /// The sensor's negative y axis, `-y`.
    case minusY = "-y"
    /// The sensor's positive z axis, `+z`.
    case plusZ = "+z"
    /// The sensor's negative z axis, `-z`.
    case minusZ = "-z"

    /// The unit vector of the axis in the sensor frame.
    public var unitVector: SIMD3<Float> {
        switch self {
        case .plusX: [1, 0, 0]
        case .minusX: [-1, 0, 0]
        case .plusY: [0, 1, 0]
        case .minusY: [0, -1, 0]
        case .plusZ: [0, 0, 1]
        case .minusZ: [0, 0, -1]
        }
    }
}
