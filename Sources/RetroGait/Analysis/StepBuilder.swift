/// Turns detected contacts into ``Step``s: contact, flight and step times, duty factor.
///
/// A trunk or wrist sensor sees every step, so a step's time is the interval to the next contact.
/// A foot or shank sensor sees only its own foot: the next contact it sees is a stride later, and a
/// step is taken as half of it (the other foot's contact is not observed); flight is then half the
/// stride minus the contact, which assumes the two feet are symmetric.
enum StepBuilder {
    /// Steps for `contacts`, grouped by rhythmic segment so a pause never counts as a long step.
    static func steps(
        contacts: [DetectedContact], segments: [GaitSegment], unit: RhythmEstimator.EventUnit,
        sampleRate: Double, startTime: Double, side: Side
    ) -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(contacts.count)
        let eventsPerStride = unit == .stride ? 1.0 : 2.0
        for (index, contact) in contacts.enumerated() {
            let next = index + 1 < contacts.count && sameSegment(contact, contacts[index + 1], segments)
                ? contacts[index + 1] : nil
            let interval = next.map { ($0.position - contact.position) / sampleRate }
            let stepSeconds = interval.map { unit == .stride ? $0 / 2 : $0 }
            let contactSeconds = contact.toeOffPosition.map { ($0 - contact.position) / sampleRate }
            var flight: Double?
            if let contactSeconds, let stepSeconds { flight = max(0, stepSeconds - contactSeconds) }
            var dutyFactor: Double?
            if let contactSeconds, let interval { dutyFactor = contactSeconds / (interval * eventsPerStride) }
            steps.append(Step(
                initialContactTime: startTime + contact.position / sampleRate,
                toeOffTime: contact.toeOffPosition.map { startTime + $0 / sampleRate },
                contactMilliseconds: contactSeconds.map { $0 * 1000 },
                flightMilliseconds: flight.map { $0 * 1000 },
                stepMilliseconds: stepSeconds.map { $0 * 1000 },
                dutyFactor: dutyFactor,
                side: contact.side == .unknown ? side : contact.side,
                confidence: contact.confidence))
        }
        return steps
    }

    private static func sameSegment(_ a: DetectedContact, _ b: DetectedContact, _ segments: [GaitSegment]) -> Bool {
        segments.contains { $0.range.contains(Int(a.position)) && $0.range.contains(Int(b.position)) }
    }
}
