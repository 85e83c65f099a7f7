import Foundation
import Testing
import RetroGait

@Suite("Evaluation: evaluator")
struct EvaluationGaitEventEvaluatorTests {
    private func ic(_ t: Double, _ side: Side = .unknown, strike: FootStrike = .unknown, direction: Direction = .unknown) -> GaitEvent {
        GaitEvent(kind: .initialContact, time: t, side: side, strike: strike, direction: direction)
    }
    private func tc(_ t: Double, _ side: Side = .unknown) -> GaitEvent { GaitEvent(kind: .toeOff, time: t, side: side) }

    @Test func matchesKindsSeparately() {
        // A toe-off never matches an initial contact, however close.
        let result = GaitEventEvaluator().evaluate(truth: [ic(1.0)], detected: [tc(1.0)])
        #expect(result.initialContacts.detection == DetectionScore(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(result.toeOffs.detection == DetectionScore(truePositives: 0, falsePositives: 1, falseNegatives: 0))
    }

    @Test func scoringWindowScoresByTruthTimeAndIgnoresOutsideEvents() {
        let truth = [ic(0.99), ic(2.0), ic(3.0), ic(5.01)]
        // 1.02 pairs with the truth at 0.99 (outside): neither scored. 2.0 ✓. 3.0 missed. 4.0 FP.
        // 4.99 pairs with 5.01 (outside): ignored. 6.0 outside and unmatched: ignored.
        let detected = [ic(1.02), ic(2.0), ic(4.0), ic(4.99), ic(6.0)]
        let options = EventEvaluationOptions(tolerance: 0.040, scoringWindow: 1.0...5.0)
        let result = GaitEventEvaluator(options: options).evaluate(truth: truth, detected: detected)
        #expect(result.initialContacts.detection == DetectionScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(result.initialContacts.matching.pairs.map(\.truthIndex) == [1])
        #expect(result.initialContacts.matching.unmatchedTruth == [2])
        #expect(result.initialContacts.matching.unmatchedDetected == [2])
    }

    @Test func separateSidesOnlyMatchTheSameFoot() {
        let truth = [ic(1.0, .left), ic(1.5, .right)]
        let detected = [ic(1.0, .right), ic(1.5, .right)]
        let pooled = GaitEventEvaluator().evaluate(truth: truth, detected: detected)
        #expect(pooled.initialContacts.detection.truePositives == 2)
        #expect(pooled.perSide.isEmpty)

        let separate = GaitEventEvaluator(options: EventEvaluationOptions(sides: .separate))
            .evaluate(truth: truth, detected: detected)
        #expect(separate.initialContacts.detection == DetectionScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(separate.perSide.map(\.side) == [.left, .right])
        #expect(separate.perSide[0].initialContacts.detection.falseNegatives == 1)
        #expect(separate.perSide[1].initialContacts.detection.truePositives == 1)
        #expect(separate.perSide[1].initialContacts.detection.falsePositives == 1)
    }

    @Test func strikeAndDirectionAreJudgedOnMatchedContacts() {
        let truth = [
            ic(1, strike: .toe, direction: .backward), ic(2, strike: .toe, direction: .backward),
            ic(3, strike: .heel, direction: .forward), ic(4, strike: .heel, direction: .forward),
        ]
        let detected = [
            ic(1, strike: .toe, direction: .backward), ic(2, strike: .heel, direction: .backward),
            ic(3, strike: .heel, direction: .backward), ic(9, strike: .toe, direction: .forward),
        ]
        let result = GaitEventEvaluator().evaluate(truth: truth, detected: detected)
        #expect(result.strike.evaluated == 3 && result.strike.correct == 2)
        #expect(result.strike.count(truth: "toe", detected: "heel") == 1)
        #expect(result.direction.count(truth: "forward", detected: "backward") == 1)
        #expect(result.direction.correct == 2)
    }

    @Test func cadenceUsesScoredInitialContacts() {
        let truth = (0..<10).map { ic(Double($0) * 0.5) }
        let detected = (0..<10).map { ic(Double($0) * 0.4) }
        let result = GaitEventEvaluator().evaluate(truth: truth, detected: detected)
        #expect(abs(result.cadence.truthStepsPerMinute! - 120) < 1e-9)
        #expect(abs(result.cadence.detectedStepsPerMinute! - 150) < 1e-9)
        #expect(abs(result.cadence.errorStepsPerMinute! - 30) < 1e-9)
        #expect(abs(result.cadence.errorPercent! - 25) < 1e-9)
    }

    @Test func medianCadenceIgnoresAPauseAndCountsStridesWhenAsked() {
        let times = [0, 0.5, 1.0, 1.5, 10, 10.5, 11]
        #expect(Cadence.medianStepsPerMinute(initialContactTimes: times) == 120)
        #expect(Cadence.medianStepsPerMinute(initialContactTimes: times, stepsPerInterval: 2) == 240)
        #expect(Cadence.medianStepsPerMinute(initialContactTimes: [1]) == nil)
    }

    @Test func countedCadenceAveragesAlternatingStepsWhereTheMedianPicksOne() {
        // Left steps 0.50 s, right steps 0.55 s: 4 steps in 2.1 s, but the middle interval is 0.55 s.
        let times = [0, 0.5, 1.05, 1.55, 2.1]
        let counted = Cadence.countedStepsPerMinute(initialContactTimes: times)!
        #expect(abs(counted - 60 * 4 / 2.1) < 1e-9)
        #expect(abs(Cadence.medianStepsPerMinute(initialContactTimes: times)! - 60 / 0.525) < 1e-9)
    }

    @Test func countedCadenceLeavesOutAMissedStepAndAPause() {
        // 0.5 s steps; the contact at 1.5 s is missed (a 1 s interval); an 8.5 s pause.
        let times = [0, 0.5, 1.0, 2.0, 2.5, 11, 11.5]
        let counted = Cadence.countedStepsPerMinute(initialContactTimes: times)!
        #expect(abs(counted - 120) < 1e-9)
        #expect(abs(Cadence.countedStepsPerMinute(initialContactTimes: times, stepsPerInterval: 2)! - 240) < 1e-9)
        #expect(Cadence.countedStepsPerMinute(initialContactTimes: [1]) == nil)
    }

    @Test func jsonUsesSnakeCaseKeysWithUnitsAndRoundTrips() throws {
        let truth = [ic(1), tc(1.2), ic(2), tc(2.2)]
        let detected = [ic(1.01), tc(1.22), ic(2.02)]
        let result = GaitEventEvaluator().evaluate(truth: truth, detected: detected)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(result)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"tolerance_ms\"", "\"median_abs_error_ms\"", "\"p95_abs_error_ms\"", "\"mean_bias_ms\"",
                    "\"true_positives\"", "\"f1\"", "\"initial_contacts\"", "\"contact_time\"", "\"truth_spm\""] {
            #expect(text.contains(key), "missing \(key)")
        }
        #expect(try JSONDecoder().decode(GaitEventEvaluation.self, from: data) == result)

        let bouts = BoutEvaluation(
            truth: [Bout(startTime: 0, endTime: 5, activity: .running, direction: .backward)],
            detected: [Bout(startTime: 0.5, endTime: 5, activity: .running, direction: .backward)])
        let boutData = try encoder.encode(bouts)
        #expect(String(decoding: boutData, as: UTF8.self).contains("\"start_error_s\":0.5"))
        #expect(try JSONDecoder().decode(BoutEvaluation.self, from: boutData) == bouts)
    }
}
