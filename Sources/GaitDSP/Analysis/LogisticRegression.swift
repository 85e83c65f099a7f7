import Foundation

/// A binary logistic regression, `P(y = 1 | x) = 1 / (1 + exp(−(b₀ + Σ bⱼ xⱼ)))`, and its fit.
///
/// ``fit(features:labels:weights:ridge:maximumIterations:)`` maximises the (weighted) log-likelihood
/// minus a ridge penalty `½ λ Σ bⱼ²` (the intercept is not penalised) by iteratively reweighted
/// least squares: each Newton step is one ``LeastSquares`` solve, with √λ rows appended for the
/// penalty. A ridge keeps the fit finite when the classes are separable. A step that would lower the
/// penalised log-likelihood (or leave it undefined) is halved until it does not, up to
/// ``maximumStepHalvings`` times: far from the optimum the quadratic model behind a full Newton step
/// can overshoot into the flat tails of the logistic function and oscillate there without settling.
/// Where every full step improves the fit, which is the usual case, the result is exactly that of
/// plain Newton steps.
///
/// ```swift
/// // One binary feature: 1 of 4 positive at x = 0, 3 of 4 at x = 1.
/// let model = try LogisticRegression.fit(
///     features: [[0], [0], [0], [0], [1], [1], [1], [1]],
///     labels: [true, false, false, false, true, true, true, false])
/// model.probability([1])  // 0.75; model.coefficients[0] == 2 ln 3
/// ```
public struct LogisticRegression: Sendable, Equatable {
    /// The intercept `b₀`.
    public var intercept: Double
    /// The slopes `bⱼ`, one per feature.
    public var coefficients: [Double]

    /// Creates a model from known coefficients.
    public init(intercept: Double, coefficients: [Double]) {
        self.intercept = intercept
        self.coefficients = coefficients
    }

    /// `b₀ + Σ bⱼ xⱼ`, the log-odds of class 1. Extra features beyond the coefficients are ignored;
    /// missing ones count as 0.
    public func logOdds(_ features: [Double]) -> Double {
        var sum = intercept
        for (coefficient, value) in zip(coefficients, features) { sum += coefficient * value }
        return sum
    }

    /// The probability of class 1 for `features`.
    public func probability(_ features: [Double]) -> Double {
        Self.sigmoid(logOdds(features))
    }

    /// Fits a model by iteratively reweighted least squares.
    ///
    /// - Parameters:
    ///   - features: one row of `n ≥ 1` features per example.
    ///   - labels: the class of each example (`true` = class 1).
    ///   - weights: optional non-negative weight per example (e.g. to let every file count equally);
    ///     all 1 when `nil`.
    ///   - ridge: the penalty λ ≥ 0 on the slopes.
    ///   - maximumIterations: Newton steps allowed before ``LogisticRegressionError/notConverged(iterations:)``.
    /// - Throws: ``LogisticRegressionError`` for empty, ragged or non-finite input, mismatched counts,
    ///   a negative ridge or weight, a single class, or no convergence (separable data without a ridge).
    /// - Complexity: O(iterations · m n²) for m examples and n features.
    public static func fit(
        features: [[Double]], labels: [Bool], weights: [Double]? = nil, ridge: Double = 0, maximumIterations: Int = 100
    ) throws(LogisticRegressionError) -> LogisticRegression {
        let count = features.count
        let width = features.first?.count ?? 0
        guard count > 0, width > 0 else { throw .noData }
        guard labels.count == count else { throw .mismatchedCounts(features: count, other: labels.count) }
        let exampleWeights = weights ?? [Double](repeating: 1, count: count)
        guard exampleWeights.count == count else { throw .mismatchedCounts(features: count, other: exampleWeights.count) }
        guard ridge >= 0, ridge.isFinite, exampleWeights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw .invalidPenaltyOrWeight
        }
        for (index, row) in features.enumerated() {
            guard row.count == width else { throw .raggedRow(index: index, count: row.count, expected: width) }
            guard row.allSatisfy(\.isFinite) else { throw .nonFiniteData }
        }
        let positive = zip(labels, exampleWeights).contains { $0 && $1 > 0 }
        let negative = zip(labels, exampleWeights).contains { !$0 && $1 > 0 }
        guard positive, negative else { throw .singleClass }

        var beta = [Double](repeating: 0, count: width + 1)  // intercept first
        let penaltyRows: [[Double]] = ridge > 0
            ? (0..<width).map { j in (0...width).map { $0 == j + 1 ? ridge.squareRoot() : 0 } }
            : []
        for _ in 0..<maximumIterations {
            var rows: [[Double]] = []
            var targets: [Double] = []
            rows.reserveCapacity(count + penaltyRows.count)
            targets.reserveCapacity(count + penaltyRows.count)
            for index in 0..<count where exampleWeights[index] > 0 {
                let row = features[index]
                var eta = beta[0]
                for j in 0..<width { eta += beta[j + 1] * row[j] }
                let p = sigmoid(eta)
                let variance = max(p * (1 - p), 1e-12)
                let scale = (exampleWeights[index] * variance).squareRoot()
                let working = eta + ((labels[index] ? 1 : 0) - p) / variance
                rows.append([scale] + row.map { scale * $0 })
                targets.append(scale * working)
            }
            rows += penaltyRows
            targets += [Double](repeating: 0, count: penaltyRows.count)
            let next: [Double]
            do {
                next = try LeastSquares.solve(rows: rows, targets: targets)
            } catch {
                throw .leastSquares(error)
            }
            let accepted = Self.halvedUntilNotWorse(
                from: beta, towards: next, features: features, labels: labels, weights: exampleWeights, ridge: ridge)
            let change = zip(accepted, beta).map { abs($0 - $1) }.max() ?? 0
            beta = accepted
            guard beta.allSatisfy(\.isFinite) else { throw .notConverged(iterations: maximumIterations) }
            if change <= 1e-10 * max(1, beta.map(abs).max() ?? 0) {
                return LogisticRegression(intercept: beta[0], coefficients: Array(beta.dropFirst()))
            }
        }
        throw .notConverged(iterations: maximumIterations)
    }

    /// How many times one Newton step may be halved before it is taken as it stands.
    public static let maximumStepHalvings = 30

    /// `next` if it does not worsen the penalised objective compared with `beta`, else the step from
    /// `beta` towards `next` halved until it does not (at most ``maximumStepHalvings`` times). "Worse"
    /// allows for rounding: an objective within 10⁻¹² (relative) of the current one counts as not worse,
    /// so a converging fit takes its full steps, bit for bit as without halving.
    private static func halvedUntilNotWorse(
        from beta: [Double], towards next: [Double], features: [[Double]], labels: [Bool], weights: [Double], ridge: Double
    ) -> [Double] {
        let current = penalisedLoss(beta, features: features, labels: labels, weights: weights, ridge: ridge)
        guard current.isFinite else { return next }
        let bar = current + 1e-12 * max(1, abs(current))
        var candidate = next
        for _ in 0..<maximumStepHalvings {
            let loss = penalisedLoss(candidate, features: features, labels: labels, weights: weights, ridge: ridge)
            if loss <= bar { return candidate }
            candidate = zip(beta, candidate).map { $0 + 0.5 * ($1 - $0) }
        }
        return candidate
    }

    /// The weighted negative log-likelihood plus `½ λ Σ bⱼ²` at `beta` (intercept first); NaN when
    /// `beta` is not finite. Each term is `softplus(η) − y·η`, evaluated without overflow.
    static func penalisedLoss(
        _ beta: [Double], features: [[Double]], labels: [Bool], weights: [Double], ridge: Double
    ) -> Double {
        guard beta.allSatisfy(\.isFinite) else { return .nan }
        var loss = 0.0
        for index in features.indices where weights[index] > 0 {
            var eta = beta[0]
            for (coefficient, value) in zip(beta.dropFirst(), features[index]) { eta += coefficient * value }
            let softplus = eta > 0 ? eta + log1p(exp(-eta)) : log1p(exp(eta))
            loss += weights[index] * (softplus - (labels[index] ? eta : 0))
        }
        let penalty = beta.dropFirst().reduce(0) { $0 + $1 * $1 }
        return loss + 0.5 * ridge * penalty
    }

    /// The logistic function, evaluated without overflow for large |x|.
    public static func sigmoid(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }
}

/// Why a logistic regression could not be fitted.
public enum LogisticRegressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No examples, or examples with no features.
    case noData
    /// The labels or weights do not match the number of feature rows.
    case mismatchedCounts(features: Int, other: Int)
    /// A feature row's length differs from the first row's.
    case raggedRow(index: Int, count: Int, expected: Int)
    /// A feature is NaN or infinite.
    case nonFiniteData
    /// The ridge or a weight is negative or not finite.
    case invalidPenaltyOrWeight
    /// Every (weighted) example has the same label, so there is nothing to separate.
    case singleClass
    /// Newton's method did not settle (typically separable classes without a ridge).
    case notConverged(iterations: Int)
    /// A Newton step's least-squares solve failed.
    case leastSquares(LeastSquaresError)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .noData: "logistic regression needs at least one example with at least one feature"
        case let .mismatchedCounts(features, other): "logistic regression got \(features) feature rows but \(other) labels or weights"
        case let .raggedRow(index, count, expected): "logistic-regression row \(index) has \(count) features, expected \(expected)"
        case .nonFiniteData: "logistic-regression features contain NaN or infinite values"
        case .invalidPenaltyOrWeight: "logistic-regression ridge and weights must be finite and non-negative"
        case .singleClass: "logistic regression needs examples of both classes"
        case .notConverged(let iterations): "logistic regression did not converge in \(iterations) iterations (separable data? add a ridge)"
        case .leastSquares(let error): "logistic-regression step failed: \(error)"
        }
    }
}
