/// The rhythm of a bout that has only just begun, for a live stream's newest window.
///
/// ``RhythmEstimator`` confirms a rhythm from 5 s windows; when a bout starts after standing, the
/// newest window holds a second or less of it, and its rhythm shows 0.9–1.5 s after the bout began:
/// the bout's first contacts would be reported late. While no segment reaches the window's end, this
/// looks at the **active tail** alone — the newest stretch in which every block of ``blockSeconds``
/// varies by at least ``activeDeviation`` — and, when the tail repeats itself at all (autocorrelation
/// at its period at least ``minimumRegularity``, far below the estimator's bar), gives a provisional
/// segment over it, in which the placement's detector looks for contacts as in any other.
///
/// What it finds is provisional: two seconds later the live stream reviews every event it reported
/// with a window that sees the bout's rhythm confirmed, and withdraws those that window does not find
/// (``StreamingUpdate/retraction(_:)``). Files and recordings never use it: their windows see the
/// whole bout.
struct BoutOnsetRhythm {
    var unit: RhythmEstimator.EventUnit
    /// Length of the blocks whose variation tells activity from standing, in seconds.
    var blockSeconds = 0.25
    /// A block is active when the rhythm signal's standard deviation over it reaches this (g).
    var activeDeviation: Float = 0.03
    /// The shortest active tail that gets a segment, in seconds.
    var shortestTailSeconds = 0.5
    /// A longer active tail whose rhythm the estimator still does not confirm is not a bout's start.
    var longestTailSeconds = 2.5
    /// The tail's autocorrelation at its period must reach this.
    var minimumRegularity: Float = 0.15
    /// The tail must overlap itself by this much at its period, in seconds.
    var shortestOverlapSeconds = 0.15
    /// The segment starts this long before the active tail, so the first landing's rise is in it.
    var leadSeconds = 0.3

    /// A provisional segment over the active tail of `signal`, when no segment of `segments` reaches
    /// within one block of its end.
    func segment(of signal: [Float], after segments: [GaitSegment], sampleRate: Double) -> GaitSegment? {
        let block = max(2, Int((blockSeconds * sampleRate).rounded()))
        let count = signal.count
        let covered = segments.last?.range.upperBound ?? 0
        guard covered < count - block else { return nil }
        var start = count
        signal.withUnsafeBufferPointer { signal in
            while start - block >= max(0, covered),
                  RhythmEstimator.varies(UnsafeBufferPointer(rebasing: signal[(start - block)..<start]), atLeast: activeDeviation) {
                start -= block
            }
        }
        let tail = count - start
        guard Double(tail) >= shortestTailSeconds * sampleRate, Double(tail) <= longestTailSeconds * sampleRate else {
            return nil
        }
        var estimator = RhythmEstimator(unit: unit)
        estimator.windowSeconds = Double(tail) / sampleRate
        estimator.longestPeriodSeconds = Double(tail) / sampleRate - shortestOverlapSeconds
        estimator.minimumRegularity = minimumRegularity
        estimator.minimumSegmentSeconds = 0
        estimator.edgeExtensionPeriods = 0
        guard let rhythm = estimator.segments(of: Array(signal[start...]), sampleRate: sampleRate).last else { return nil }
        let lower = max(covered, start - Int((leadSeconds * sampleRate).rounded()))
        return GaitSegment(range: lower..<count, eventPeriod: rhythm.eventPeriod, regularity: rhythm.regularity)
    }
}
