import RetroGait

/// Ground-truth events from planned contacts.
enum GroundTruth {
    /// IC and TC of every contact, sorted by time, with the nearest sample index.
    static func events(_ contacts: [Contact], sampleTimes: [Double]) -> [GaitEvent] {
        var events: [GaitEvent] = []
        events.reserveCapacity(contacts.count * 2)
        for contact in contacts {
            for (kind, time) in [(GaitEventKind.initialContact, contact.initialContact), (.toeOff, contact.toeOff)] {
                events.append(GaitEvent(
                    kind: kind, time: time, sampleIndex: nearestIndex(of: time, in: sampleTimes),
                    side: contact.side, strike: contact.strike, direction: contact.direction, confidence: 1))
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
