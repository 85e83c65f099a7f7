import Testing
import RetroGait

@Suite("Evaluation: bouts")
struct BoutEvaluationTests {
    @Test func findsTheBestOverlappingDetectedBout() {
        let truth = [
            Bout(startTime: 0, endTime: 10, activity: .standing, direction: .unknown),
            Bout(startTime: 10, endTime: 30, activity: .running, direction: .backward),
            Bout(startTime: 30, endTime: 50, activity: .walking, direction: .forward),
            Bout(startTime: 60, endTime: 70, activity: .running, direction: .forward),
        ]
        let detected = [
            Bout(startTime: 0, endTime: 11, activity: .standing, direction: .unknown),
            Bout(startTime: 11, endTime: 20, activity: .running, direction: .backward),
            Bout(startTime: 20, endTime: 31, activity: .running, direction: .forward),
            Bout(startTime: 31, endTime: 49, activity: .running, direction: .forward),
        ]
        let result = BoutEvaluation(truth: truth, detected: detected)
        #expect(result.truthBouts == 4 && result.detectedBouts == 4 && result.matchedBouts == 3)

        let running = result.comparisons[1]
        // 11–20 overlaps 9 s, 20–31 overlaps 10 s: the latter wins.
        #expect(running.detected?.startTime == 20)
        #expect(running.overlapSeconds == 10)
        #expect(running.startErrorSeconds == 10 && running.endErrorSeconds == 1)
        #expect(running.activityAgrees == true && running.directionAgrees == false)

        let walking = result.comparisons[2]
        #expect(walking.detected?.startTime == 31)
        #expect(walking.activityAgrees == false && walking.directionAgrees == true)

        #expect(result.comparisons[3].detected == nil)
        #expect(result.comparisons[3].startErrorSeconds == nil)

        // Activity over 3 matched bouts: standing ✓, running ✓, walking ✗.
        #expect(result.activityAgreement == 2.0 / 3.0)
        // Direction over matched moving bouts only: running ✗, walking ✓.
        #expect(result.directionAgreement == 0.5)
        #expect(result.meanAbsoluteStartErrorSeconds == (0 + 10 + 1) / 3.0)
        #expect(result.meanAbsoluteEndErrorSeconds == (1 + 1 + 1) / 3.0)
    }

    @Test func overlappingDetectedBoutsAreAllConsidered() {
        let truth = [Bout(startTime: 5, endTime: 15, activity: .running, direction: .forward)]
        let detected = [
            Bout(startTime: 0, endTime: 14, activity: .running, direction: .forward),
            Bout(startTime: 1, endTime: 2, activity: .walking, direction: .forward),
        ]
        let result = BoutEvaluation(truth: truth, detected: detected)
        #expect(result.comparisons[0].detected?.endTime == 14)
        #expect(result.comparisons[0].overlapSeconds == 9)
    }

    @Test func emptyInputs() {
        let none = BoutEvaluation(truth: [], detected: [])
        #expect(none.truthBouts == 0 && none.activityAgreement == nil && none.meanAbsoluteStartErrorSeconds == nil)
        let missed = BoutEvaluation(truth: [Bout(startTime: 0, endTime: 1, activity: .walking, direction: .forward)], detected: [])
        #expect(missed.matchedBouts == 0)
    }
}
