/// Summary of the signed timing errors (detected − truth) of matched event pairs, in milliseconds.
///
/// Every figure is `nil` (absent in JSON) when there are no pairs. Percentiles interpolate linearly
/// between closest ranks.
public struct TimingErrorStatistics: Sendable, Codable, Equatable, Hashable {
    /// Number of matched pairs the figures are based on.
    public var count: Int
    /// Median of |error| in ms.
    public var medianAbsoluteErrorMs: Double?
    /// Mean of |error| in ms.
    public var meanAbsoluteErrorMs: Double?
    /// Mean signed error (detected − truth) in ms: positive means detections are late.
    public var meanBiasMs: Double?
    /// 95th percentile of |error| in ms.
    public var p95AbsoluteErrorMs: Double?
    /// Largest |error| in ms.
    public var maxAbsoluteErrorMs: Double?

    /// Computes the statistics from signed errors given in **seconds**.
    public init(errors: [Double]) {
        let absolute = errors.map { abs($0) * 1000 }
        count = errors.count
        medianAbsoluteErrorMs = OrderStatistics.median(absolute)
        meanAbsoluteErrorMs = OrderStatistics.mean(absolute)
        meanBiasMs = OrderStatistics.mean(errors).map { $0 * 1000 }
        p95AbsoluteErrorMs = OrderStatistics.percentile(absolute, 95)
        maxAbsoluteErrorMs = absolute.max()
    }

    enum CodingKeys: String, CodingKey {
        case count
        case medianAbsoluteErrorMs = "median_abs_error_ms"
        case meanAbsoluteErrorMs = "mean_abs_error_ms"
        case meanBiasMs = "mean_bias_ms"
        case p95AbsoluteErrorMs = "p95_abs_error_ms"
        case maxAbsoluteErrorMs = "max_abs_error_ms"
    }
}
