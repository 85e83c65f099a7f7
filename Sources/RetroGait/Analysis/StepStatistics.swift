/// Recording-level figures from the ``Step``s: cadence series, variability, contact balance.
///
/// Reads the steps in a few passes and holds none of them, so memory stays bounded when they come from
/// a ``SpillingBuffer`` (the medians go through ``OrderStatistics/median(of:memoryLimit:)``).
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

    /// The figures of `steps`; the cadence series only when `includingCadenceSeries` (it holds a point
    /// per step; long analyses build it as the steps arrive with ``CadenceSeriesBuilder`` instead).
    /// Medians of more than `medianMemoryLimit` values are found in passes over `steps`.
    init<Steps: Sequence>(
        _ steps: Steps, includingCadenceSeries: Bool = true, medianMemoryLimit: Int = .max
    ) where Steps.Element: StepFigures {
        let limit = medianMemoryLimit
        if includingCadenceSeries {
            var builder = CadenceSeriesBuilder()
            var series: [CadenceSample] = []
            series.reserveCapacity(steps.underestimatedCount)
            for step in steps {
                builder.add(time: step.initialContactTime, stepMilliseconds: step.stepMilliseconds) { series.append($0) }
            }
            builder.finish { series.append($0) }
            cadenceSeries = series
        }
        let stepTimes = steps.lazy.compactMap { $0.stepMilliseconds }
        var stepCount = 0
        var sum = 0.0
        for ms in stepTimes { stepCount += 1; sum += ms }
        if stepCount >= 2 {
            let mean = sum / Double(stepCount)
            let variance = stepTimes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(stepCount - 1)
            stepTimeCoefficientOfVariation = mean > 0 ? variance.squareRoot() / mean : nil
        }
        let contacts = steps.lazy.compactMap { $0.contactMilliseconds }
        stepsWithContactTime = contacts.reduce(0) { count, _ in count + 1 }
        medianContactMilliseconds = OrderStatistics.median(of: contacts, memoryLimit: limit)
        medianFlightMilliseconds = OrderStatistics.median(of: steps.lazy.compactMap { $0.flightMilliseconds }, memoryLimit: limit)
        medianDutyFactor = OrderStatistics.median(of: steps.lazy.compactMap { $0.dutyFactor }, memoryLimit: limit)
        for step in steps {
            if step.side == .left { leftSteps += 1 } else if step.side == .right { rightSteps += 1 }
        }
        let left = OrderStatistics.median(of: steps.lazy.compactMap { $0.side == .left ? $0.contactMilliseconds : nil }, memoryLimit: limit)
        let right = OrderStatistics.median(of: steps.lazy.compactMap { $0.side == .right ? $0.contactMilliseconds : nil }, memoryLimit: limit)
        if let left, let right, left + right > 0 { contactBalanceLeftPercent = 100 * left / (left + right) }
    }
}
