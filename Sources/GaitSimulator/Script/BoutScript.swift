public import RetroGait

/// One scripted bout of a simulated session, e.g. "30 s of backward running, toe strike".
///
/// Leave ``strike``, ``speed`` and ``cadence`` `nil` to get the biomechanical defaults for the
/// activity and direction (see ``GaitSimulator`` and `docs/SIMULATOR.md`).
public struct BoutScript: Sendable, Equatable, Hashable {
    /// Standing, walking or running.
    public var activity: Activity
    /// Direction of travel; ignored (stored as `Direction/unknown`) for standing.
    public var direction: Direction
    /// Length of the bout in seconds; must be positive.
    public var duration: Double
    /// How the feet land, or `nil` for the default: toe for backward gait, heel for forward gait.
    public var strike: FootStrike?
    /// Speed of travel in m/s, or `nil` for the default of the activity and direction.
    public var speed: Double?
    /// Step frequency in steps per minute, or `nil` to derive it from the speed.
    public var cadence: Double?

    /// Creates a bout script.
    ///
    /// - Parameters:
    ///   - activity: standing, walking or running.
    ///   - direction: forward or backward (forced to unknown for standing).
    ///   - duration: seconds, positive.
    ///   - strike: foot strike, or `nil` for the direction's default.
    ///   - speed: m/s, or `nil` for the default.
    ///   - cadence: steps per minute, or `nil` to derive it from the speed.
    public init(
        _ activity: Activity,
        direction: Direction = .forward,
        duration: Double,
        strike: FootStrike? = nil,
        speed: Double? = nil,
        cadence: Double? = nil
    ) {
        self.activity = activity
        self.direction = activity == .standing ? .unknown : direction
        self.duration = duration
        self.strike = strike
        self.speed = speed
        self.cadence = cadence
    }

    /// The strike the bout will use: the explicit one, else toe for backward and heel for forward gait.
    /// `FootStrike/unknown` for standing.
    public var effectiveStrike: FootStrike {
        if activity == .standing { return .unknown }
        if let strike, strike != .unknown { return strike }
        return direction == .backward ? .toe : .heel
    }
}
