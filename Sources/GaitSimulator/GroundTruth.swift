import RetroGait

/// Ground-truth events from planned contacts.
enum GroundTruth {
    /// IC and TC of every contact, and each foot's lift-off from standing before its first step and
    /// settling touchdown after its last step of every gait bout (``FootBoutEdges``; a toe-off and an
    /// initial contact), sorted by time, with the nearest sample index. Both edges are real ground
    /// events of the foot, but neither belongs to a stance of the bout's gait: the lift-off ends the
    /// standing before the bout, and the settling touchdown is a flat placing of the foot beside the
    /// other, so their strike is `unknown`.
    static func events(_ contacts: [Contact], plans: [GaitBoutPlan], sampleTimes: [Double]) -> [GaitEvent] {
        var events: [GaitEvent] = []
        events.reserveCapacity(contacts.count * 2 + plans.count * 2)
        func append(_ kind: GaitEventKind, _ time: Double, _ side: Side, _ strike: FootStrike, _ direction: Direction) {
            events.append(GaitEvent(
                kind: kind, time: time, sampleIndex: nearestIndex(of: time, in: sampleTimes),
                side: side, strike: strike, direction: direction, confidence: 1))
        }
        for contact in contacts {
            append(.initialContact, contact.initialContact, contact.side, contact.strike, contact.direction)
            append(.toeOff, contact.toeOff, contact.side, contact.strike, contact.direction)
        }
        for plan in plans {
            for side in [Side.left, .right] {
                guard let edges = FootBoutEdges(side: side, plan: plan, contacts: contacts) else { continue }
                append(.toeOff, edges.liftOff, side, .unknown, plan.bout.direction)
                append(.initialContact, edges.settle, side, .unknown, plan.bout.direction)
            }
        }
        return events.sorted { $0.time < $1.time }
    }

    private static func nearestIndex(of time: Double, in times: [Double]) -> Int {
        let after = lastIndex(in: times, atOrBefore: time) + 1
        if after >= times.count { return times.count - 1 }
        if after == 0 { return 0 }
        return time - times[after - 1] <= times[after] - time ? after - 1 : after
    }
}
