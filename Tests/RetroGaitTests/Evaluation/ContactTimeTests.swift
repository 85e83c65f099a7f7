import Testing
import RetroGait

@Suite("Evaluation: contact time")
struct EvaluationContactTimeTests {
    private func ic(_ t: Double, _ side: Side = .unknown) -> GaitEvent { GaitEvent(kind: .initialContact, time: t, side: side) }
    private func tc(_ t: Double, _ side: Side = .unknown) -> GaitEvent { GaitEvent(kind: .toeOff, time: t, side: side) }

    @Test func pairsEachContactWithTheNextToeOffOfTheSameFoot() {
        // Walking: left IC, right TC, right IC, left TC — the left contact ends at the left TC.
        let events = [ic(0.0, .left), tc(0.1, .right), ic(0.5, .right), tc(0.6, .left), tc(1.1, .right)]
        let times = ContactTimeComparison.contactTimes(events)
        #expect(times.count == 2)
        #expect(abs(times[0]! - 0.6) < 1e-12)
        #expect(abs(times[2]! - 0.6) < 1e-12)
    }

    @Test func contactWithoutToeOffBeforeTheNextContactHasNoDuration() {
        // Second IC arrives before any TC: the first contact is left open and dropped.
        let times = ContactTimeComparison.contactTimes([ic(0), ic(0.4), tc(0.6), tc(0.7)])
        #expect(times.count == 1)
        #expect(abs(times[1]! - 0.2) < 1e-12)
    }

    @Test func comparesOnlyStepsWithContactTimeInBoth() {
        let truth = [ic(1.0), tc(1.2), ic(1.5), tc(1.7), ic(2.0)]
        let detected = [ic(1.01), tc(1.24), ic(1.49), ic(2.0), tc(2.2)]
        let evaluation = GaitEventEvaluator().evaluate(truth: truth, detected: detected)
        #expect(evaluation.initialContacts.detection.truePositives == 3)
        // Step 1: truth 200 ms vs detected 230 ms; step 2: detected has no TC; step 3: truth has no TC.
        let contact = evaluation.contactTime
        #expect(contact.pairs.count == 1)
        #expect(contact.pairs.first?.truthIndex == 0)
        #expect(abs(contact.statistics.meanAbsoluteErrorMs! - 30) < 1e-6)
        #expect(abs(contact.statistics.meanBiasMs! - 30) < 1e-6)
    }

    @Test func biasSignFollowsDetectedMinusTruth() {
        let truth = [ic(1.0), tc(1.25), ic(2.0), tc(2.25)]
        let detected = [ic(1.0), tc(1.2), ic(2.0), tc(2.2)]
        let statistics = GaitEventEvaluator().evaluate(truth: truth, detected: detected).contactTime.statistics
        #expect(statistics.count == 2)
        #expect(abs(statistics.meanBiasMs! + 50) < 1e-6)
        #expect(abs(statistics.meanAbsoluteErrorMs! - 50) < 1e-6)
    }
}
