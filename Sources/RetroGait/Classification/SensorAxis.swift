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

    /// The signed axis closest to a direction given in the sensor frame (the one with the largest
    /// |component|), e.g. to declare the axis nearest to a segment's known front; nil for a zero or
    /// non-finite vector.
    public static func nearest(to direction: SIMD3<Float>) -> SensorAxis? {
        let magnitudes = [abs(direction.x), abs(direction.y), abs(direction.z)]
        guard magnitudes.allSatisfy(\.isFinite), let largest = magnitudes.max(), largest > 0,
              let index = magnitudes.firstIndex(of: largest) else { return nil }
        let positive = direction[index] > 0
        switch index {
        case 0: return positive ? .plusX : .minusX
        case 1: return positive ? .plusY : .minusY
        default: return positive ? .plusZ : .minusZ
        }
    }

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
