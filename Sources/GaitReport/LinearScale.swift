import Foundation

/// Maps data values to pixels along one axis and chooses readable tick values (1, 2 or 5 × 10ⁿ).
struct LinearScale {
    let domain: ClosedRange<Double>
    let range: ClosedRange<Double>
    /// Whether larger values go to smaller pixels (a y axis).
    let inverted: Bool

    init(domain: ClosedRange<Double>, range: ClosedRange<Double>, inverted: Bool = false) {
        let span = domain.upperBound - domain.lowerBound
        self.domain = span > 0 && span.isFinite ? domain : (domain.lowerBound - 0.5)...(domain.lowerBound + 0.5)
        self.range = range
        self.inverted = inverted
    }

    /// The pixel of `value` (not clamped).
    func callAsFunction(_ value: Double) -> Double {
        let fraction = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        let along = inverted ? 1 - fraction : fraction
        return range.lowerBound + along * (range.upperBound - range.lowerBound)
    }

    /// About `count` evenly spaced round values inside the domain.
    func ticks(count: Int = 6) -> [Double] {
        let step = Self.niceStep(span: domain.upperBound - domain.lowerBound, count: count)
        var values: [Double] = []
        var value = (domain.lowerBound / step).rounded(.up) * step
        while value <= domain.upperBound + step * 1e-9, values.count < 50 {
            values.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return values
    }

    /// A tick label with as many decimals as the tick step needs.
    func label(_ value: Double, count: Int = 6) -> String {
        let step = Self.niceStep(span: domain.upperBound - domain.lowerBound, count: count)
        let decimals = max(0, Int(-log10(step).rounded(.down)))
        return String(format: "%.\(decimals)f", value)
    }

    static func niceStep(span: Double, count: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(1, count))
        let magnitude = pow(10, log10(raw).rounded(.down))
        let normalized = raw / magnitude
        let nice: Double = normalized < 1.5 ? 1 : normalized < 3 ? 2 : normalized < 7 ? 5 : 10
        return nice * magnitude
    }

    /// A domain from `low` to `high` widened by `padding` of its span and rounded out to ticks.
    static func niceDomain(_ low: Double, _ high: Double, padding: Double = 0.05, count: Int = 5) -> ClosedRange<Double> {
        var low = low, high = high
        if !(high > low) { low -= 1; high += 1 }
        let span = high - low
        low -= span * padding
        high += span * padding
        let step = niceStep(span: high - low, count: count)
        return ((low / step).rounded(.down) * step)...((high / step).rounded(.up) * step)
    }
}
