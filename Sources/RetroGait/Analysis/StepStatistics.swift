/// Recording-level figures from the ``Step``s: cadence series, variability, contact balance.
struct StepStatistics: Equatable {
    var cadenceSeries: [CadenceSample] = []
    var stepTimeCoefficientOfVariation: Double?
    var medianContactMilliseconds: Double?
    var medianFlightMilliseconds: Double?
    var medianDutyFactor: Double?
    var contactBalanceLeftPercent: Double?
    var leftSteps = 0
    var rightSteps = 0
    var stepsWithContactTime = 0

    init(_ steps: [some StepFigures]) {
        cadenceSeries = Self.cadenceSeries(steps)
        let stepTimes = steps.compactMap(\.stepMilliseconds)
        if stepTimes.count >= 2 {
            let mean = stepTimes.reduce(0, +) / Double(stepTimes.count)
            let variance = stepTimes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(stepTimes.count - 1)
            stepTimeCoefficientOfVariation = mean > 0 ? variance.squareRoot() / mean : nil
        }
        let contacts = steps.compactMap(\.contactMilliseconds)
        stepsWithContactTime = contacts.count
        medianContactMilliseconds = OrderStatistics.median(contacts)
        medianFlightMilliseconds = OrderStatistics.median(steps.compactMap(\.flightMilliseconds))
        medianDutyFactor = OrderStatistics.median(steps.compactMap(\.dutyFactor))
        leftSteps = steps.count { $0.side == .left }
        rightSteps = steps.count { $0.side == .right }
        let left = OrderStatistics.median(steps.compactMap { $0.side == .left ? $0.contactMilliseconds : nil })
        let right = OrderStatistics.median(steps.compactMap { $0.side == .right ? $0.contactMilliseconds : nil })
        if let left, let right, left + right > 0 { contactBalanceLeftPercent = 100 * left / (left + right) }
    }

    /// A point per step with a known step time: the median cadence over up to five neighbouring steps
    /// with known step times that are consecutive in the recording.
    private static func cadenceSeries(_ steps: [some StepFigures]) -> [CadenceSample] {
        var series: [CadenceSample] = []
        series.reserveCapacity(steps.count)
        // One buffer for every step's neighbourhood (at most five values): no allocation per step.
        var neighbourhood: [Double] = []
        neighbourhood.reserveCapacity(5)
        for (index, step) in steps.enumerated() where step.stepMilliseconds != nil {
            neighbourhood.removeAll(keepingCapacity: true)
            var j = index
            while j >= 0, index - j <= 2, let ms = steps[j].stepMilliseconds { neighbourhood.append(ms); j -= 1 }
            j = index + 1
            while j < steps.count, j - index <= 2, let ms = steps[j].stepMilliseconds { neighbourhood.append(ms); j += 1 }
            guard let median = OrderStatistics.median(neighbourhood), median > 0 else { continue }
            series.append(CadenceSample(time: step.initialContactTime, stepsPerMinute: 60_000 / median))
        }
        return series
    }
}
