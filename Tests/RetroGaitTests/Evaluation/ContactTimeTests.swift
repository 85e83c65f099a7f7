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

@Suite("Evaluation: contact time with unknown detected sides")
struct EvaluationContactTimeSideTests {
    private func event(_ kind: GaitEventKind, _ t: Double, _ side: Side) -> GaitEvent { GaitEvent(kind: kind, time: t, side: side) }

    @Test func walkingStepsWithDoubleSupportAreSkippedWhenDetectionsHaveNoSide() {
        // Walking truth: the left contact 0.0–0.6 s contains the right IC at 0.5 s.
        let truth = [
            event(.initialContact, 0.0, .left), event(.toeOff, 0.1, .right), event(.initialContact, 0.5, .right),
            event(.toeOff, 0.6, .left),
        ]
        let detected = [event(.initialContact, 0.0, .unknown), event(.toeOff, 0.1, .unknown)]
        let evaluation = GaitEventEvaluator().evaluate(truth: truth, detected: detected)
        #expect(evaluation.initialContacts.detection.truePositives == 1)
        #expect(evaluation.contactTime.pairs.isEmpty)

        // With the side known, the same step is compared (0.6 s vs 0.1 s).
        let sided = [event(.initialContact, 0.0, .left), event(.toeOff, 0.1, .left)]
        let withSides = GaitEventEvaluator().evaluate(truth: truth, detected: sided)
        #expect(withSides.contactTime.pairs.count == 1)
    }

    @Test func aStepOverlappedOnlyByTheOtherFootsToeOffIsSkippedToo() {
        // First step of a walking bout: the right foot lifts (TC 0.1 s) during the left contact.
        let truth = [
            event(.initialContact, 0.0, .left), event(.toeOff, 0.1, .right), event(.toeOff, 0.6, .left),
        ]
        let detected = [event(.initialContact, 0.0, .unknown), event(.toeOff, 0.6, .unknown)]
        #expect(GaitEventEvaluator().evaluate(truth: truth, detected: detected).contactTime.pairs.isEmpty)
    }

    @Test func runningStepsAreComparedWhenDetectionsHaveNoSide() {
        // Running truth: contacts never overlap, so an unsided detection can be compared.
        let truth = [
            event(.initialContact, 0.0, .left), event(.toeOff, 0.2, .left), event(.initialContact, 0.35, .right),
            event(.toeOff, 0.55, .right),
        ]
        let detected = [
            event(.initialContact, 0.0, .unknown), event(.toeOff, 0.22, .unknown),
            event(.initialContact, 0.35, .unknown), event(.toeOff, 0.56, .unknown),
        ]
        let contact = GaitEventEvaluator().evaluate(truth: truth, detected: detected).contactTime
        #expect(contact.pairs.count == 2)
        #expect(abs(contact.statistics.meanBiasMs! - 15) < 1e-6)
    }
}
