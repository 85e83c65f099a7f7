/// The weighted mean and standard deviation of each input of a logistic strike model over its training
/// examples: the standardisation both ``WristStrikeModel`` and ``ContactStrikeModel`` fit with.
struct WeightedStandardisation {
    /// Per input, the weighted mean.
    var means: [Double]
    /// Per input, the weighted standard deviation (population form).
    var scales: [Double]

    /// - Parameters:
    ///   - rows: one row of `width` inputs per example.
    ///   - weights: per example, how much it counts; `totalWeight` is their sum.
    init(rows: [[Double]], weights: [Double], totalWeight: Double, width: Int) {
        means = [Double](repeating: 0, count: width)
        scales = [Double](repeating: 0, count: width)
        for (row, weight) in zip(rows, weights) {
            for (j, value) in row.enumerated() { means[j] += weight * value / totalWeight }
        }
        for (row, weight) in zip(rows, weights) {
            for (j, value) in row.enumerated() { scales[j] += weight * (value - means[j]) * (value - means[j]) / totalWeight }
        }
        scales = scales.map { $0.squareRoot() }
    }
}
