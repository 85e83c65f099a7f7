import GaitSimulator
import RetroGait

/// A batch event the live stream reported late (or never): where it lies in its bout, in which gait,
/// and whether the stream had reported it in time at another place that its review then moved.
struct LateEvent: Sendable {
    /// Where in a bout an event lies.
    enum Phase: Sendable, CaseIterable {
        /// Among the first two events of its kind in the bout.
        case start
        /// Neither among the first two nor among the last two.
        case middle
        /// Among the last two events of its kind in the bout.
        case end
    }

    /// A bout of the session script, in seconds of the recording.
    struct ScriptBout: Sendable {
        var start: Double
        var end: Double
        var activity: Activity

        /// The script's bouts laid end to end from time 0.
        static func bouts(of script: SessionScript) -> [ScriptBout] {
            var start = 0.0
            return script.bouts.map { bout in
                defer { start += bout.duration }
                return ScriptBout(start: start, end: start + bout.duration, activity: bout.activity)
            }
        }
    }

    /// A timely report this close to a late event is the same event found in time at another place.
    static let nearbySeconds = 0.15
    /// An event this long after a bout's scripted end (its settling step) still belongs to it.
    static let settlingSeconds = 1.0

    var time: Double
    /// Seconds from the event to its first report, nil when the stream never held it.
    var latency: Double?
    var activity: Activity
    var phase: Phase
    var reportedInTimeElsewhere: Bool

    init(at time: Double, latency: Double?, among reference: [Double], bouts: [ScriptBout], reportedInTimeElsewhere: Bool) {
        self.time = time
        self.latency = latency
        self.reportedInTimeElsewhere = reportedInTimeElsewhere
        let bout = bouts.first { $0.activity != .standing && time >= $0.start - 0.5 && time <= $0.end + Self.settlingSeconds }
        activity = bout?.activity ?? .standing
        guard let bout else {
            phase = .middle
            return
        }
        let before = reference.count { $0 >= bout.start - 0.5 && $0 < time }
        let after = reference.count { $0 > time && $0 <= bout.end + Self.settlingSeconds }
        phase = before < 2 ? .start : after < 2 ? .end : .middle
    }
}
