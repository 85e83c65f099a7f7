import RetroGait

/// Puts events that arrive nearly in time order (as a file analysis decides them: each contact's
/// initial contact, then its toe-off, which in walking may follow the next contact) into time order,
/// holding only the last ``horizonSeconds`` of them.
///
/// An event is released once an event more than ``horizonSeconds`` later has arrived (and all at
/// ``finish(_:)``); events of equal time keep their arrival order, as a stable sort would. The order is
/// exact while no event arrives more than the horizon after a later one — far more than the
/// analysis's disorder, which is one contact's length.
struct EventOrdering {
    /// How far behind the latest event an event may still arrive.
    var horizonSeconds = 30.0
    /// The events held, in time order (equal times in arrival order), from ``first`` on.
    private var held: [GaitEvent] = []
    private var first = 0

    /// Adds `event` and passes every event now settled to `release`, in time order.
    mutating func add(_ event: GaitEvent, release: (GaitEvent) -> Void) {
        // After the last held event not later than `event`: equal times keep their arrival order.
        var lower = first
        var upper = held.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if held[middle].time <= event.time { lower = middle + 1 } else { upper = middle }
        }
        held.insert(event, at: lower)
        let settled = held[held.count - 1].time - horizonSeconds
        while first < held.count, held[first].time < settled {
            release(held[first])
            first += 1
        }
        if first > 1024, first * 2 > held.count {
            held.removeFirst(first)
            first = 0
        }
    }

    /// Passes every event still held to `release`, in time order.
    mutating func finish(_ release: (GaitEvent) -> Void) {
        for event in held[first...] { release(event) }
        held.removeAll(keepingCapacity: true)
        first = 0
    }
}
