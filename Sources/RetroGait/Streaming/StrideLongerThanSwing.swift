import GaitDSP

/// A live foot window's young bout: its stride is longer than the swing that began it.
///
/// A foot's stride is a swing and a stance, so it lasts longer than any of its swings: in running the swing
/// takes up to about two thirds of the stride, in walking under half. A live window that holds a bout's first
/// steps sees its rhythm before a stride has repeated, and the rhythm estimator then takes the lag between two
/// unlike events of those steps for the stride (voisard2023 walkers: 0.28–0.48 s for a 1.0–1.05 s stride, the
/// push-off to the next landing or a harmonic of it). The detector's windows are fractions of that period, so
/// the first landing flickered from window to window, and a toe-off was taken from the acceleration where the
/// rotation's lay more than a tenth of that short period away. The swing from the lift-off from standing to the
/// first landing is known by then (the window's own contact with its lift-off): a segment whose period is shorter
/// than ``minimumStrideToSwing`` times that swing takes instead the best autocorrelation peak of its rhythm signal
/// from that lag on, whatever its height (the stride has not repeated often enough to clear the estimator's bar).
/// Only while the lift-off lies within ``youngSeconds`` of the window's end: later the bout's rhythm is its own.
enum StrideLongerThanSwing {
    /// The shortest stride, as a multiple of the swing from standing that began the bout: a running foot's swing
    /// is at most about two thirds of its stride (and the first swing from standing is longer than a steady one).
    static let minimumStrideToSwing = 1.25
    /// How long after the bout's lift-off from standing (seconds, to the window's end) its period is checked: up
    /// to the window deciding the bout's second landing. Later, in simulated foot sessions with a gyroscope, a
    /// running stride replaced by the swing's bound cost toe-offs within the bout (313 -> 310 of 316 in time).
    static let youngSeconds = 2.5

    /// `segments` with the period of each segment that holds a contact with a lift-off from standing (in `contacts`,
    /// positions in samples of the window) replaced where it is shorter than the swing allows; nil when none is.
    static func segments(
        _ segments: [GaitSegment], contacts: [DetectedContact], rhythmSignal: [Float], sampleRate: Double
    ) -> [GaitSegment]? {
        var checked = segments
        var changed = false
        for index in checked.indices {
            let segment = checked[index]
            guard let contact = contacts.first(where: { segment.range.contains(Int($0.position)) && $0.liftOffPosition != nil }),
                  let liftOff = contact.liftOffPosition,
                  Double(rhythmSignal.count) - liftOff <= youngSeconds * sampleRate else { continue }
            let swing = contact.position - liftOff
            guard swing > 0, segment.eventPeriod < minimumStrideToSwing * swing else { continue }
            let shortest = Int(minimumStrideToSwing * swing)
            let longest = min(segment.range.count - 2, Int(RhythmEstimator(unit: .stride).longestPeriodSeconds * sampleRate))
            guard longest > shortest + 2 else { continue }
            let correlation = Autocorrelation.compute(Array(rhythmSignal[segment.range]), maxLag: longest)
            guard let period = RhythmEstimator.peak(in: correlation, lags: shortest...longest, atLeast: 0, first: false) else {
                continue
            }
            checked[index].eventPeriod = period
            changed = true
        }
        return changed ? checked : nil
    }
}
