import Testing
import RetroGait

@Suite("Evaluation: confusion matrices")
struct EvaluationConfusionMatrixTests {
    @Test func countsRowsAsTruthAndColumnsAsDetection() {
        let pairs: [(truth: FootStrike, detected: FootStrike)] = [
            (.toe, .toe), (.toe, .toe), (.toe, .heel), (.heel, .heel), (.mid, .unknown), (.unknown, .toe),
        ]
        let matrix = ConfusionMatrix(pairs: pairs, unknown: .unknown)
        #expect(matrix.labels == ["toe", "mid", "heel", "unknown"])
        #expect(matrix.count(truth: "toe", detected: "toe") == 2)
        #expect(matrix.count(truth: "toe", detected: "heel") == 1)
        #expect(matrix.count(truth: "heel", detected: "toe") == 0)
        #expect(matrix.count(truth: "mid", detected: "unknown") == 1)
        #expect(matrix.count(truth: "unknown", detected: "toe") == 1)
        #expect(matrix.counts.flatMap { $0 }.reduce(0, +) == 6)
        // The unknown-truth pair is counted but not judged; an unknown detection is wrong.
        #expect(matrix.evaluated == 5)
        #expect(matrix.correct == 3)
        #expect(matrix.accuracy == 0.6)
    }

    @Test func accuracyIsAbsentWithoutKnownTruth() {
        let matrix = ConfusionMatrix(pairs: [(truth: Direction.unknown, detected: .forward)], unknown: .unknown)
        #expect(matrix.evaluated == 0)
        #expect(matrix.accuracy == nil)
    }

    @Test func matricesAdd() {
        let a = ConfusionMatrix(pairs: [(truth: Direction.forward, detected: .forward)], unknown: .unknown)
        let b = ConfusionMatrix(pairs: [(truth: Direction.backward, detected: .forward)], unknown: .unknown)
        let sum = a + b
        #expect(sum.evaluated == 2 && sum.correct == 1)
        #expect(sum.count(truth: "backward", detected: "forward") == 1)
    }
}
