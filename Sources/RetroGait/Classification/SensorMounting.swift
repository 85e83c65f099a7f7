/// What the user knows about how the sensor sits on the body.
///
/// Nothing is required: without a declared axis the direction of travel is inferred from the signal
/// alone (and is more often `unknown`). Declaring the forward axis makes direction a matter of
/// physics: the braking-then-propulsion pattern of every contact (trunk, wrist) or the path of the
/// foot through the swing (foot, shank) says which way the body travels in the sensor frame, and the
/// declared axis says where the wearer's front is.
///
/// ```swift
/// // A foot sensor whose x axis points to the toes:
/// let configuration = GaitAnalyzer.Configuration(placement: .foot, mounting: SensorMounting(forwardAxis: .plusX))
/// ```
public struct SensorMounting: Sendable, Codable, Equatable, Hashable {
    /// The sensor axis that points to the wearer's front (toward the toes for a foot sensor), or `nil`.
    /// It need not be exact: the analysis uses its horizontal part, so a tilt of a few tens of degrees
    /// does no harm.
    public var forwardAxis: SensorAxis?

    /// Creates a mounting description.
    public init(forwardAxis: SensorAxis? = nil) {
        self.forwardAxis = forwardAxis
    }

    /// Nothing declared.
    public static let unknown = SensorMounting()
}
