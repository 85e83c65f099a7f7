import PropertyBased
import Testing
import RetroGait

@Suite("Evaluation: matching laws")
struct EvaluationEventMatcherPropertyTests {
    static let tolerance = 0.040

    @Test func perturbingTruthByLessThanTheToleranceGivesPerfectF1() async {
        // Truth times may lie arbitrarily close together: an optimal matching still finds the perfect
        // pairing because one exists.
        await propertyCheck(
            input: Gen.double(in: 0...20).array(of: 0...40),
            Gen.double(in: -0.999...0.999).array(of: 40)
        ) { truth, shifts in
            let detected = truth.enumerated().map { $0.element + shifts[$0.offset] * Self.tolerance }
            let score = EventMatcher.match(truth: truth, detected: detected, tolerance: Self.tolerance).score
            #expect(score.truePositives == truth.count)
            #expect(score.falsePositives == 0 && score.falseNegatives == 0)
            if !truth.isEmpty { #expect(score.f1 == 1) }
        }
    }

    @Test func f1IsSymmetricInTruthAndDetections() async {
        await propertyCheck(
            input: Gen.double(in: 0...3).array(of: 0...25),
            Gen.double(in: 0...3).array(of: 0...25)
        ) { a, b in
            let forward = EventMatcher.match(truth: a, detected: b, tolerance: Self.tolerance)
            let backward = EventMatcher.match(truth: b, detected: a, tolerance: Self.tolerance)
            #expect(forward.score.f1 == backward.score.f1)
            #expect(forward.pairs.count == backward.pairs.count)
            #expect(forward.score.falsePositives == backward.score.falseNegatives)
        }
    }

    @Test func agreesWithExhaustiveSearchOnSmallCases() async {
        await propertyCheck(
            input: Gen.double(in: 0...0.3).array(of: 0...6),
            Gen.double(in: 0...0.3).array(of: 0...6)
        ) { truth, detected in
            let result = EventMatcher.match(truth: truth, detected: detected, tolerance: Self.tolerance)
            let best = Self.exhaustiveBest(truth, detected, tolerance: Self.tolerance)
            #expect(result.pairs.count == best.pairs)
            let cost = result.pairs.reduce(0) { $0 + abs($1.error) }
            #expect(abs(cost - best.cost) < 1e-9)
            #expect(result.pairs.allSatisfy { abs($0.error) <= Self.tolerance })
            #expect(Set(result.pairs.map(\.truthIndex)).count == result.pairs.count)
            #expect(Set(result.pairs.map(\.detectedIndex)).count == result.pairs.count)
            #expect(result.pairs.count + result.unmatchedTruth.count == truth.count)
            #expect(result.pairs.count + result.unmatchedDetected.count == detected.count)
        }
    }

    /// Most pairs, then least total |error|, over every one-to-one assignment.
    private static func exhaustiveBest(
        _ truth: [Double], _ detected: [Double], tolerance: Double
    ) -> (pairs: Int, cost: Double) {
        var best = (pairs: 0, cost: 0.0)
        var used = [Bool](repeating: false, count: detected.count)
        func visit(_ i: Int, _ pairs: Int, _ cost: Double) {
            if i == truth.count {
                if pairs > best.pairs || (pairs == best.pairs && cost < best.cost - 1e-12) { best = (pairs, cost) }
                return
            }
            visit(i + 1, pairs, cost)
            for j in detected.indices where !used[j] && abs(detected[j] - truth[i]) <= tolerance {
                used[j] = true
                visit(i + 1, pairs + 1, cost + abs(detected[j] - truth[i]))
                used[j] = false
            }
        }
        visit(0, 0, 0)
        return best
    }
}
