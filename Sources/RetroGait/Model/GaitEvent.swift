/// The two events of a foot's contact with the ground.
public enum GaitEventKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Initial contact: the foot touches down (heel strike in heel-first gait, toe strike in backward running).
    case initialContact = "IC"
    /// Toe-off / final contact: the foot leaves the ground (the heel leaves last in backward gait).
    case toeOff = "TC"
}

/// Which foot an event or step belongs to.
public enum Side: String, Sendable, Codable, CaseIterable, Hashable {
    /// The left foot.
    case left
    /// The right foot.
    case right
    /// Not known, e.g. for a lower-back or wrist sensor, or a foot sensor whose side was not given.
    case unknown
}

/// Which part of the foot touched the ground first.
public enum FootStrike: String, Sendable, Codable, CaseIterable, Hashable {
    /// Forefoot first — the normal landing in backward running.
    case toe
    /// Whole foot at once.
    case mid
    /// Rearfoot first — common in forward running, an injury-risk flag in backward running.
    case heel
    /// Not determined.
    case unknown
}

/// The direction of travel relative to where the person faces.
public enum Direction: String, Sendable, Codable, CaseIterable, Hashable {
    /// Moving the way the person faces.
    case forward
    /// Moving with the back first (retro walking or running).
    case backward
    /// Not determined; never a stand-in for forward.
    case unknown
}

/// One detected (or ground-truth) gait event.
public struct GaitEvent: Sendable, Codable, Equatable, Hashable {
    /// Initial contact or toe-off.
    public var kind: GaitEventKind
    /// When it happened, in seconds on the recording's time base.
    public var time: Double
    /// The sample nearest to ``time``.
    public var sampleIndex: Int
    /// Left or right foot, if known.
    public var side: Side
    /// How the foot landed (meaningful for initial contacts).
    public var strike: FootStrike
    /// Direction of travel of the bout the event is in.
    public var direction: Direction
    /// Detector confidence in 0…1 (1 for ground truth).
    public var confidence: Double

    /// Creates an event; everything but kind and time defaults to unknown.
    public init(
        kind: GaitEventKind,
        time: Double,
        sampleIndex: Int = 0,
        side: Side = .unknown,
        strike: FootStrike = .unknown,
        direction: Direction = .unknown,
        confidence: Double = 1
    ) {
        self.kind = kind
        self.time = time
        self.sampleIndex = sampleIndex
        self.side = side
        self.strike = strike
        self.direction = direction
        self.confidence = confidence
    }
}
