/// Builds ``GaitSummary/cadenceSeries`` one step at a time, holding at most five steps, so a series of
/// any length can be written out as the steps arrive (`retrogait analyze --format json` on long files).
///
/// Gives exactly the points of ``StepStatistics``: a point per step with a known step time, the median
/// cadence over it and up to two neighbours on each side with known step times that are consecutive
/// in the recording.
package struct CadenceSeriesBuilder {
    private struct Entry {
        var time: Double
        var stepMilliseconds: Double?
    }

    /// The two steps before the next one to get its point, that step, and the steps after it.
    private var window: [Entry] = []
    /// Index in `window` of the next step to get its point.
    private var next = 0
    /// One buffer for every neighbourhood (at most five values): no allocation per step.
    private var neighbourhood: [Double] = []

    /// Creates an empty builder.
    package init() {
        window.reserveCapacity(5)
        neighbourhood.reserveCapacity(5)
    }

    /// Adds the next step of the recording; `emit` gets the points that are now decided (two steps late).
    package mutating func add(_ step: Step, emit: (CadenceSample) throws -> Void) rethrows {
        try add(time: step.initialContactTime, stepMilliseconds: step.stepMilliseconds, emit: emit)
    }

    mutating func add(time: Double, stepMilliseconds: Double?, emit: (CadenceSample) throws -> Void) rethrows {
        window.append(Entry(time: time, stepMilliseconds: stepMilliseconds))
        while next + 2 < window.count {
            try point(at: next).map(emit)
            next += 1
            if next > 2 {
                window.removeFirst()
                next -= 1
            }
        }
    }

    /// Gives the points of the last steps (after the last ``add(_:emit:)``) and starts again empty.
    package mutating func finish(emit: (CadenceSample) throws -> Void) rethrows {
        while next < window.count {
            try point(at: next).map(emit)
            next += 1
        }
        window.removeAll(keepingCapacity: true)
        next = 0
    }

    private mutating func point(at center: Int) -> CadenceSample? {
        guard window[center].stepMilliseconds != nil else { return nil }
        neighbourhood.removeAll(keepingCapacity: true)
        var j = center
        while j >= 0, center - j <= 2, let ms = window[j].stepMilliseconds { neighbourhood.append(ms); j -= 1 }
        j = center + 1
        while j < window.count, j - center <= 2, let ms = window[j].stepMilliseconds { neighbourhood.append(ms); j += 1 }
        guard let median = OrderStatistics.median(neighbourhood), median > 0 else { return nil }
        return CadenceSample(time: window[center].time, stepsPerMinute: 60_000 / median)
    }
}
