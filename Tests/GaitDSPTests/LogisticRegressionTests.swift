import Foundation
import GaitDSP
import Testing

@Suite("Logistic regression (IRLS)")
struct LogisticRegressionTests {
    /// One binary feature: 1 of 4 positive at x = 0, 3 of 4 at x = 1. The maximum-likelihood fit
    /// reproduces both rates: b₀ = ln(1/3), b₀ + b₁ = ln 3.
    private let binaryFeatures: [[Double]] = [[0], [0], [0], [0], [1], [1], [1], [1]]
    private let binaryLabels = [true, false, false, false, true, true, true, false]

    @Test("Known answer: group log-odds of a binary feature")
    func knownAnswer() throws {
        let model = try LogisticRegression.fit(features: binaryFeatures, labels: binaryLabels)
        #expect(abs(model.intercept - log(1.0 / 3)) < 1e-9)
        #expect(abs(model.coefficients[0] - 2 * log(3.0)) < 1e-9)
        #expect(abs(model.probability([0]) - 0.25) < 1e-9)
        #expect(abs(model.probability([1]) - 0.75) < 1e-9)
    }

    @Test("An integer weight counts as that many copies of the example")
    func weightsAreCopies() throws {
        let features: [[Double]] = [[0.1], [0.4], [0.9], [1.3], [2.0]]
        let labels = [false, true, false, true, true]
        let weighted = try LogisticRegression.fit(features: features, labels: labels, weights: [1, 2, 1, 3, 1])
        let copied = try LogisticRegression.fit(
            features: features + [[0.4], [1.3], [1.3]], labels: labels + [true, true, true])
        #expect(abs(weighted.intercept - copied.intercept) < 1e-9)
        #expect(abs(weighted.coefficients[0] - copied.coefficients[0]) < 1e-9)
    }

    @Test("With a ridge the fit satisfies its optimality condition: Σ (y − p) xⱼ = λ bⱼ, Σ (y − p) = 0")
    func ridgeStationarity() throws {
        var features: [[Double]] = []
        var labels: [Bool] = []
        for i in 0..<30 {
            let first = Double(i % 7) - 3
            let second = Double((i * 5) % 11) / 4
            features.append([first, second])
            labels.append((i * 13) % 5 < 2)
        }
        let ridge = 2.5
        let model = try LogisticRegression.fit(features: features, labels: labels, ridge: ridge)
        var gradient = [0.0, 0.0, 0.0]
        for (row, label) in zip(features, labels) {
            let residual = (label ? 1.0 : 0) - model.probability(row)
            gradient[0] += residual
            gradient[1] += residual * row[0]
            gradient[2] += residual * row[1]
        }
        #expect(abs(gradient[0]) < 1e-8)
        #expect(abs(gradient[1] - ridge * model.coefficients[0]) < 1e-8)
        #expect(abs(gradient[2] - ridge * model.coefficients[1]) < 1e-8)
    }

    @Test("Separable classes: no finite fit without a ridge, a correct one with it")
    func separable() throws {
        let features: [[Double]] = [[-2], [-1], [-0.5], [0.5], [1], [2]]
        let labels = [false, false, false, true, true, true]
        #expect(throws: LogisticRegressionError.self) {
            try LogisticRegression.fit(features: features, labels: labels, maximumIterations: 50)
        }
        let model = try LogisticRegression.fit(features: features, labels: labels, ridge: 0.1)
        for (row, label) in zip(features, labels) { #expect((model.probability(row) > 0.5) == label) }
    }

    @Test("A Newton step that overshoots is halved: the fit converges where full steps oscillate")
    func stepHalving() throws {
        // Nearly separable, wide-ranging features and a small ridge: from zero, full Newton steps land in
        // the logistic function's flat tails and oscillate for more than 100 steps (found by a random
        // search with a NumPy copy of the plain iteration); halved steps settle in about 20.
        let features: [[Double]] = [
            [-35, -149, 7], [-18, -78, -100], [-54, -83, -35], [96, 61, -110], [-138, 15, 48], [-1, -16, 37],
            [26, 65, -79], [-93, 142, 42], [248, 40, 63], [97, -155, -78], [102, -75, -4], [57, -91, -6],
            [49, 35, -31], [108, 21, -16], [24, 6, 112], [-43, -105, -82], [184, -48, 88],
        ]
        let labels = [1, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1].map { $0 == 1 }
        let ridge = 1e-3
        let model = try LogisticRegression.fit(features: features, labels: labels, ridge: ridge, maximumIterations: 100)
        // The optimum: the penalised score is zero in every coordinate.
        var gradient = [Double](repeating: 0, count: 4)
        for (row, label) in zip(features, labels) {
            let residual = (label ? 1 : 0) - model.probability(row)
            gradient[0] += residual
            for j in 0..<3 { gradient[j + 1] += residual * row[j] }
        }
        #expect(abs(gradient[0]) < 1e-6)
        for j in 0..<3 { #expect(abs(gradient[j + 1] - ridge * model.coefficients[j]) < 1e-6) }
        #expect(abs(model.intercept - 11.6) < 0.1)
    }

    @Test("Bad input gives typed errors")
    func errors() {
        #expect(throws: LogisticRegressionError.noData) { try LogisticRegression.fit(features: [], labels: []) }
        #expect(throws: LogisticRegressionError.singleClass) {
            try LogisticRegression.fit(features: [[1], [2]], labels: [true, true])
        }
        #expect(throws: LogisticRegressionError.mismatchedCounts(features: 2, other: 1)) {
            try LogisticRegression.fit(features: [[1], [2]], labels: [true])
        }
        #expect(throws: LogisticRegressionError.nonFiniteData) {
            try LogisticRegression.fit(features: [[1], [.infinity]], labels: [true, false])
        }
        #expect(throws: LogisticRegressionError.invalidPenaltyOrWeight) {
            try LogisticRegression.fit(features: [[1], [2]], labels: [true, false], ridge: -1)
        }
    }

    @Test("The logistic function neither overflows nor loses its symmetry")
    func sigmoid() {
        #expect(LogisticRegression.sigmoid(0) == 0.5)
        #expect(LogisticRegression.sigmoid(800) == 1)
        #expect(LogisticRegression.sigmoid(-800) == 0)
        #expect(abs(LogisticRegression.sigmoid(2) + LogisticRegression.sigmoid(-2) - 1) < 1e-15)
    }
}
