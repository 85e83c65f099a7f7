/// Something the analysis has decided about a stream: an event, a finished step or a finished bout.
///
/// Updates come in the order they are decided. Events of one kind come in time order; an initial
/// contact may come after the toe-off that precedes it by a few milliseconds (each kind is decided
/// on its own time). A ``Step`` comes once the next initial contact is decided (which gives its step
/// and flight time), or when the stream ends. A ``Bout`` comes once the next bout has begun.
public enum StreamingUpdate: Sendable, Equatable {
    /// An initial contact or a toe-off.
    case event(GaitEvent)
    /// A step, complete with its contact, flight and step time where they could be measured.
    case step(Step)
    /// A bout (standing, walking or running × direction) that has ended.
    case bout(Bout)
}
