/// Builds ``GaitSummary/cadenceSeries`` one step at a time, holding at most five steps, so a series of
/// any length can be written out as the steps arrive (`retrogait analyze --format json` on long files).
///
/// Gives exactly the points of the summary's series: a point per step with a known step time, the
/// median cadence over it and up to two neighbours on each side with known step times that are
/// consecutive in the recording. Feed it the steps of one segment in time order, for instance the
/// ``StreamingUpdate/step(_:)`` updates of ``GaitAnalyzer/analyze(_:keepingDetails:onUpdate:)``:
///
/// ```swift
/// var builder = CadenceSeriesBuilder()
/// let result = try analyzer.analyze(reader, keepingDetails: false) { _, update in
///     if case .step(let step) = update { builder.add(step) { print($0.time, $0.stepsPerMinute) } }
/// }
/// builder.finish { print($0.time, $0.stepsPerMinute) }
/// ```
public struct CadenceSeriesBuilder: Sendable {
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
    public init() {
        window.reserveCapacity(5)
        neighbourhood.reserveCapacity(5)
    }

    /// Adds the next step of the recording; `emit` gets the points that are now decided (two steps late).
    public mutating func add(_ step: Step, emit: (CadenceSample) throws -> Void) rethrows {
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
    public mutating func finish(emit: (CadenceSample) throws -> Void) rethrows {
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
        guard let median = OrderStatistics.medianReordering(&neighbourhood), median > 0 else { return nil }
        return CadenceSample(time: window[center].time, stepsPerMinute: 60_000 / median)
    }
}
