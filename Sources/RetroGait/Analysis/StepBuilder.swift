/// Turns detected contacts into ``Step``s: contact, flight and step times, duty factor.
///
/// A trunk or wrist sensor sees every step, so a step's time is the interval to the next contact.
/// A foot or shank sensor sees only its own foot: the next contact it sees is a stride later, and a
/// step is taken as half of it (the other foot's contact is not observed); flight is then half the
/// stride minus the contact, which assumes the two feet are symmetric.
enum StepBuilder {
    /// The step of `contact` (positions in samples from `startTime`), given the next contact of the
    /// same rhythmic segment when there is one (a pause never counts as a long step).
    static func step(
        _ contact: DetectedContact, next: DetectedContact?, unit: RhythmEstimator.EventUnit,
        sampleRate: Double, startTime: Double, side: Side
    ) -> Step {
        let eventsPerStride = unit == .stride ? 1.0 : 2.0
        let interval = next.map { ($0.position - contact.position) / sampleRate }
        let stepSeconds = interval.map { unit == .stride ? $0 / 2 : $0 }
        let contactSeconds = contact.toeOffPosition.map { ($0 - contact.position) / sampleRate }
        var flight: Double?
        if let contactSeconds, let stepSeconds { flight = max(0, stepSeconds - contactSeconds) }
        var dutyFactor: Double?
        if let contactSeconds, let interval { dutyFactor = contactSeconds / (interval * eventsPerStride) }
        return Step(
            initialContactTime: startTime + contact.position / sampleRate,
            toeOffTime: contact.toeOffPosition.map { startTime + $0 / sampleRate },
            contactMilliseconds: contactSeconds.map { $0 * 1000 },
            flightMilliseconds: flight.map { $0 * 1000 },
            stepMilliseconds: stepSeconds.map { $0 * 1000 },
            dutyFactor: dutyFactor,
            side: contact.side == .unknown ? side : contact.side,
            confidence: contact.confidence)
    }

    /// Steps for `contacts` (in time order), each paired with the next contact of its segment.
    static func steps(
        contacts: [DetectedContact], segments: [GaitSegment], unit: RhythmEstimator.EventUnit,
        sampleRate: Double, startTime: Double, side: Side
    ) -> [Step] {
        contacts.indices.map { index in
            let next = index + 1 < contacts.count
                && sameSegment(contacts[index].position, contacts[index + 1].position, segments)
                ? contacts[index + 1] : nil
            return step(contacts[index], next: next, unit: unit, sampleRate: sampleRate, startTime: startTime, side: side)
        }
    }

    /// Whether `a` and `b` lie in the same one of `segments`.
    static func sameSegment(_ a: Double, _ b: Double, _ segments: [GaitSegment]) -> Bool {
        segments.contains { $0.range.contains(Int(a)) && $0.range.contains(Int(b)) }
    }
}
