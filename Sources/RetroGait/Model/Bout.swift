/// What the person was doing during a bout.
public enum Activity: String, Sendable, Codable, CaseIterable, Hashable {
    /// Upright and still, or shifting weight without stepping.
    case standing
    /// Stepping with a double-support phase (both feet on the ground) and no flight.
    case walking
    /// Stepping with a flight phase (neither foot on the ground) between contacts.
    case running
}

/// A stretch of one activity in one direction, e.g. "30 s of backward running".
public struct Bout: Sendable, Codable, Equatable, Hashable {
    /// Start in seconds on the recording's time base.
    public var startTime: Double
    /// End in seconds (exclusive).
    public var endTime: Double
    /// Standing, walking or running.
    public var activity: Activity
    /// Forward, backward, or unknown (always unknown for standing).
    public var direction: Direction

    /// Creates a bout.
    public init(startTime: Double, endTime: Double, activity: Activity, direction: Direction) {
        self.startTime = startTime
        self.endTime = endTime
        self.activity = activity
        self.direction = direction
    }

    /// Length of the bout in seconds.
    public var duration: Double { endTime - startTime }
}
