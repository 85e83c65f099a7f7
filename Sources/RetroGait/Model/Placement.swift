/// Where on the body the sensor was worn.
///
/// The placement decides which detector runs: a foot sensor sees sharp contact impacts and a quiet
/// stance phase, a lower-back sensor sees the body's vertical loading, a wrist sensor mostly arm swing.
public enum Placement: String, Sendable, Codable, CaseIterable, Hashable {
    /// On the instep or shoe, e.g. laced to the top of the foot.
    case foot
    /// On the shin (tibia), above the ankle.
    case shank
    /// On the lower back or sacrum, near the body's centre of mass.
    case lowerBack = "lower-back"
    /// On the wrist, like a watch.
    case wrist
}
