import Testing
@testable import RetroGait

/// What a live stream can know in time about an event, told from the events around it.
@Suite("Streaming: event contexts for latency")
struct LiveEventContextTests {
    private func event(_ kind: GaitEventKind, _ time: Double) -> GaitEvent { GaitEvent(kind: kind, time: time) }

    @Test func boutStartsAndLandingsIntoRestAreToldFromPauses() {
        // Standing, then a bout of ICs every 0.5 s with TCs 0.2 s after each, ending in a landing.
        var events: [GaitEvent] = []
        for step in 0..<6 {
            events.append(event(.initialContact, 10 + 0.5 * Double(step)))
            if step < 5 { events.append(event(.toeOff, 10.2 + 0.5 * Double(step))) }
        }
        let contexts = LiveEventContext.classify(events)
        let ic = zip(events, contexts).filter { $0.0.kind == .initialContact }.map(\.1)
        let tc = zip(events, contexts).filter { $0.0.kind == .toeOff }.map(\.1)
        #expect(ic == [.boutStart, .boutStart, .withinBout, .withinBout, .withinBout, .landingIntoRest])
        #expect(tc == [.boutStart, .boutStart, .withinBout, .withinBout, .withinBout])
    }

    /// A foot's first toe-off of a bout, its lift-off from standing, follows a pause: it is told apart
    /// from the toe-offs that end the bout's first contacts, which stay its start.
    @Test func aToeOffAfterAPauseIsALiftOffFromRest() {
        var events = [event(.toeOff, 9.6)]
        for step in 0..<4 {
            events.append(event(.initialContact, 10 + 0.5 * Double(step)))
            events.append(event(.toeOff, 10.2 + 0.5 * Double(step)))
        }
        events.append(event(.toeOff, 14))
        let contexts = LiveEventContext.classify(events)
        let tc = zip(events, contexts).filter { $0.0.kind == .toeOff }.map(\.1)
        #expect(tc == [.liftOffFromRest, .boutStart, .boutStart, .withinBout, .withinBout, .liftOffFromRest])
    }

    @Test func orderOfTheInputIsKeptAndASecondBoutStartsAgain() {
        let times = [1.0, 1.6, 2.2, 2.8, 5.0, 5.6, 6.2]
        let events = times.reversed().map { event(.initialContact, $0) }
        let contexts = LiveEventContext.classify(events)
        #expect(Array(contexts.reversed()) == [
            .boutStart, .boutStart, .withinBout, .landingIntoRest, .boutStart, .boutStart, .landingIntoRest,
        ])
        #expect(LiveEventContext.classify([]).isEmpty)
    }

    @Test func aShorterRestTimeSplitsFewerBouts() {
        let events = [0.0, 0.9, 1.8, 2.7, 3.6].map { event(.initialContact, $0) }
        #expect(LiveEventContext.classify(events, restSeconds: 0.8) == [.landingIntoRest, .landingIntoRest, .landingIntoRest, .landingIntoRest, .landingIntoRest])
        #expect(LiveEventContext.classify(events) == [.boutStart, .boutStart, .withinBout, .withinBout, .landingIntoRest])
    }
}
