import Testing
import RetroGait

@Suite("Evaluation: event matching")
struct EvaluationEventMatcherTests {
    private func match(_ truth: [Double], _ detected: [Double], tolerance: Double = 0.040) -> EventMatching {
        EventMatcher.match(truth: truth, detected: detected, tolerance: tolerance)
    }

    @Test func exactMatchesPairEverything() {
        let result = match([1, 2, 3], [1, 2, 3])
        #expect(result.pairs.map(\.truthIndex) == [0, 1, 2])
        #expect(result.pairs.map(\.detectedIndex) == [0, 1, 2])
        #expect(result.unmatchedTruth.isEmpty && result.unmatchedDetected.isEmpty)
        #expect(result.score == DetectionScore(truePositives: 3, falsePositives: 0, falseNegatives: 0))
        #expect(result.score.f1 == 1)
        #expect(result.timing.medianAbsoluteErrorMs == 0)
    }

    @Test func oneDetectionBetweenTwoTruthsMatchesOnlyOnce() {
        // 1.030 is 30 ms from 1.000 and 20 ms from 1.050: it may pair with either, but only once; the
        // nearer truth wins because the pair count is equal either way.
        let result = match([1.000, 1.050], [1.030])
        #expect(result.pairs.count == 1)
        #expect(result.pairs.first?.truthIndex == 1)
        #expect(result.unmatchedTruth == [0])
        #expect(result.score.precision == 1)
        #expect(result.score.recall == 0.5)
    }

    @Test func duplicateDetectionsCountAsFalsePositives() {
        let result = match([2.0], [1.99, 2.0, 2.01])
        #expect(result.pairs.count == 1)
        #expect(result.pairs.first?.detectedIndex == 1)
        #expect(result.unmatchedDetected == [0, 2])
        #expect(result.score == DetectionScore(truePositives: 1, falsePositives: 2, falseNegatives: 0))
    }

    @Test func duplicateTruthEventsCountAsFalseNegatives() {
        let result = match([2.0, 2.0], [2.0])
        #expect(result.score == DetectionScore(truePositives: 1, falsePositives: 0, falseNegatives: 1))
    }

    @Test func emptyInputs() {
        let none = match([], [])
        #expect(none.pairs.isEmpty)
        #expect(none.score == .zero)
        #expect(none.score.precision == nil && none.score.recall == nil && none.score.f1 == nil)
        #expect(none.timing.count == 0 && none.timing.medianAbsoluteErrorMs == nil)

        let onlyTruth = match([1, 2], [])
        #expect(onlyTruth.unmatchedTruth == [0, 1])
        #expect(onlyTruth.score.recall == 0 && onlyTruth.score.precision == nil && onlyTruth.score.f1 == 0)

        let onlyDetections = match([], [1, 2])
        #expect(onlyDetections.unmatchedDetected == [0, 1])
        #expect(onlyDetections.score.precision == 0 && onlyDetections.score.recall == nil)
    }

    @Test func toleranceBoundaryIsInclusive() {
        // Binary-exact values so the difference is exactly the tolerance.
        #expect(match([1.0], [1.0 + 0.0625], tolerance: 0.0625).pairs.count == 1)
        #expect(match([1.0], [1.0 - 0.0625], tolerance: 0.0625).pairs.count == 1)
        #expect(match([1.0], [1.0 + 0.0625 + 1e-9], tolerance: 0.0625).pairs.isEmpty)
        #expect(match([1.0], [1.0 - 0.0625 - 1e-9], tolerance: 0.0625).pairs.isEmpty)
        #expect(match([1.0], [1.0], tolerance: 0).pairs.count == 1)
    }

    @Test func biasIsDetectedMinusTruth() {
        let late = match([1, 2, 3], [1.010, 2.010, 3.010])
        #expect(abs(late.timing.meanBiasMs! - 10) < 1e-9)
        let early = match([1, 2, 3], [0.980, 1.980, 2.980])
        #expect(abs(early.timing.meanBiasMs! + 20) < 1e-9)
        #expect(abs(early.timing.medianAbsoluteErrorMs! - 20) < 1e-9)
        #expect(early.pairs.allSatisfy { $0.error < 0 })
    }

    @Test func maximisesPairsWhereGreedyByDistanceWouldNot() {
        // Greedy by distance would take 0.000–0.030 (30 ms) first and leave both others single.
        // The optimum pairs 0.000 with −0.035 and 0.060 with 0.030.
        let result = match([0.000, 0.060], [0.030, -0.035])
        #expect(result.pairs.count == 2)
        #expect(result.pairs.map(\.detectedIndex) == [1, 0])
    }

    @Test func acceptsUnsortedInputAndReportsOriginalIndices() {
        let result = match([3, 1, 2], [2.01, 2.99, 1.0])
        let byTruth = Dictionary(uniqueKeysWithValues: result.pairs.map { ($0.truthIndex, $0.detectedIndex) })
        #expect(byTruth == [0: 1, 1: 2, 2: 0])
        #expect(result.pairs.map(\.truthTime) == [1, 2, 3])
    }

    @Test func nonFiniteTimesNeverMatch() {
        let result = match([1, .nan], [1, .infinity])
        #expect(result.pairs.count == 1)
        #expect(result.unmatchedTruth == [1] && result.unmatchedDetected == [1])
    }

    @Test func timingStatisticsUsePercentilesOfAbsoluteErrors() {
        // Errors −10, +20, +30, −40 ms → |e| = 10, 20, 30, 40.
        let result = match([1, 2, 3, 4], [0.990, 2.020, 3.030, 3.960], tolerance: 0.050)
        let timing = result.timing
        #expect(timing.count == 4)
        #expect(abs(timing.medianAbsoluteErrorMs! - 25) < 1e-9)
        #expect(abs(timing.meanAbsoluteErrorMs! - 25) < 1e-9)
        #expect(abs(timing.meanBiasMs! - 0) < 1e-9)
        // rank 0.95 · 3 = 2.85 → 30 + 0.85 · 10.
        #expect(abs(timing.p95AbsoluteErrorMs! - 38.5) < 1e-9)
        #expect(abs(timing.maxAbsoluteErrorMs! - 40) < 1e-9)
    }
}
