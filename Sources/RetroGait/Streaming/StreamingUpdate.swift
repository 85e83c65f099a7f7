/// Something the analysis has decided about a stream: an event, a finished step or a finished bout.
///
/// Updates come in the order they are decided. Events of one kind come in time order, corrections
/// (``lateEvent(_:)``, ``retraction(_:)`` and the event that follows a retraction) excepted; an initial
/// contact may come after the toe-off that precedes it by a few milliseconds (each kind is decided
/// on its own time). A ``Step`` comes once the next initial contact is decided (which gives its step
/// and flight time), or when the stream ends. A ``Bout`` comes once the next bout has begun.
///
/// ## Timely and late events
/// Every ``event(_:)`` of a ``StreamingAnalyzer`` is reported at most
/// ``StreamingAnalyzer/Configuration/maximumLatencySeconds`` after it happened: it is what the
/// window deciding its moment found. A later window, which sees more of what followed, occasionally
/// finds an event in a moment already decided — mostly the first contact or two of a bout, before
/// the rhythm that reveals them is in view. Such an event comes as ``lateEvent(_:)``: a correction
/// that adds it to what was reported, so that nothing found is lost, while ``event(_:)`` keeps its
/// latency bound. A late initial contact still takes its place in the steps. (Files and in-memory
/// recordings, which have no latency bound, report every event as ``event(_:)``.)
///
/// ## Retractions
/// Two seconds after an event, a live stream reviews it with a window that sees what followed. An
/// event that window no longer finds is withdrawn (``retraction(_:)``); one it finds more than a sample
/// away is withdrawn and reported again, late, at the corrected time; one it finds that was never
/// reported comes as a ``lateEvent(_:)``. Before that, the newest event of each kind is moved as soon
/// as a window, seeing more of what followed, finds it more than a sample away (once per event): a
/// ``retraction(_:)`` followed by an ``event(_:)`` at the new time when that is still within the
/// latency bound, else by a ``lateEvent(_:)``. The events reported minus those
/// retracted are what the stream finally holds: that is what agrees with the batch analysis.
public enum StreamingUpdate: Sendable, Equatable {
    /// An initial contact or a toe-off, reported within the latency bound.
    case event(GaitEvent)
    /// An initial contact or a toe-off found only after its latency bound had passed: a correction
    /// adding it to the events already reported.
    case lateEvent(GaitEvent)
    /// An event reported earlier (as ``event(_:)`` or ``lateEvent(_:)``, equal to it) that the analysis,
    /// reviewing it with two seconds of what followed, no longer finds where it was reported: withdraw
    /// it. When the review finds it a few samples away, a ``lateEvent(_:)`` at the corrected time follows.
    /// Steps already reported are not revised.
    case retraction(GaitEvent)
    /// A step, complete with its contact, flight and step time where they could be measured.
    case step(Step)
    /// A bout (standing, walking or running × direction) that has ended.
    case bout(Bout)
}
