/// Where an event lies in its bout, as far as a live stream's latency is concerned: the events a
/// stream cannot always report within its bound are told apart from the rest by the events around
/// them alone.
///
/// A ``StreamingAnalyzer`` reports an event when the window deciding its moment finds it, with the
/// latency bound's lookahead. Two kinds of event need more than that, whatever the detector:
/// - **A bout's first events** (``boutStart``): after standing, the first swing has no stride before it,
///   and a step is told from any other movement by its repetition, which the window sees only a stride
///   or so later.
/// - **A landing into rest** (``landingIntoRest``): the last landing before the person stands is a
///   landing like any other until the foot stays still, and it is timed where the motion ends, which a
///   window sees only once the stillness has lasted.
/// - **A lift-off from standing** (``liftOffFromRest``): a foot's first toe-off of a bout ends the
///   standing, not a contact of the bout; a foot or shank sensor's detector finds it with the first swing's
///   landing, once the stance after that landing is in view, about a stride after the lift-off. A live
///   window takes it sooner, as the limb leaves its standing band and climbs into the swing.
///
/// ``classify(_:restSeconds:)`` labels a list of events (a batch analysis's, or ground truth): use it to
/// measure a stream's latency for each kind of event separately (AccuracyReport's live-stream section
/// does, and the equivalence tests hold a floor for events ``withinBout``).
public enum LiveEventContext: String, Sendable, Codable, CaseIterable {
    /// Neither among a bout's first events nor a landing into rest.
    case withinBout
    /// Among the first ``boutStartEvents`` events of their kind after a pause of at least the rest time.
    case boutStart
    /// An initial contact that no event of either kind follows within the rest time (also when it is
    /// among a bout's first events: a bout of a single step is a landing into rest).
    case landingIntoRest
    /// A toe-off that no event of either kind precedes within the rest time: a foot's lift-off from
    /// standing. It does not count among the bout's first ``boutStartEvents`` toe-offs, which end the
    /// bout's first contacts.
    case liftOffFromRest

    /// How many events of each kind after a pause count as a bout's start.
    public static let boutStartEvents = 2

    /// The context of each of `events` (any order; the result follows it): a pause is a stretch of at
    /// least `restSeconds` with no event of either kind.
    /// - Parameters:
    ///   - events: the events to label, of both kinds (a batch analysis's, or ground truth).
    ///   - restSeconds: the shortest pause between bouts. The default, 1 s, is longer than any stride of
    ///     walking or running, so every gap between events of a bout is shorter.
    public static func classify(_ events: [GaitEvent], restSeconds: Double = 1.0) -> [LiveEventContext] {
        let order = events.indices.sorted { events[$0].time < events[$1].time }
        var contexts = [LiveEventContext](repeating: .withinBout, count: events.count)
        var sinceRest: [GaitEventKind: Int] = [:]
        var previousTime = -Double.infinity
        for (rank, index) in order.enumerated() {
            let event = events[index]
            let afterRest = event.time - previousTime >= restSeconds
            if afterRest { sinceRest.removeAll(keepingCapacity: true) }
            previousTime = event.time
            if event.kind == .toeOff && afterRest {
                contexts[index] = .liftOffFromRest
                continue
            }
            let count = sinceRest[event.kind, default: 0]
            sinceRest[event.kind] = count + 1
            let nextTime = rank + 1 < order.count ? events[order[rank + 1]].time : .infinity
            if event.kind == .initialContact && nextTime - event.time >= restSeconds {
                contexts[index] = .landingIntoRest
            } else if count < boutStartEvents {
                contexts[index] = .boutStart
            }
        }
        return contexts
    }
}
