import GaitDSP

/// Initial contacts from the body's vertical loading, for sensors on the trunk (lower back, sacrum)
/// and, on the acceleration magnitude, the wrist.
///
/// Each step shows as one rise of the vertical acceleration from its flight (or swing) trough to its
/// mid-stance peak. Contact is placed where the steepest part of that rise, extended back as a
/// tangent, meets the trough level — the onset of loading. Only the shape of the vertical signal is
/// used, never the sign of the front-back acceleration, so the method is the same for forward and
/// backward gait.
struct LoadingOnsetDetector: ContactDetector {
    /// Which signal carries the loading: the gravity-projected vertical for the trunk, the
    /// magnitude for the wrist (whose orientation changes with every arm swing).
    enum Channel { case vertical, magnitude }

    var channel: Channel
    var eventUnit: RhythmEstimator.EventUnit { .step }
    /// Peaks must stand out by this fraction of the segment's 5–95 % range.
    var relativeProminence: Float = 0.25

    func rhythmSignal(_ signals: MotionSignals) -> [Float] {
        channel == .vertical ? signals.vertical : signals.magnitude
    }

    func contacts(in segment: GaitSegment, signals: MotionSignals) -> [DetectedContact] {
        let signal = rhythmSignal(signals)
        let range = segment.range
        let period = segment.eventPeriod
        let spread = robustRange(signal, range)
        guard spread > 0 else { return [] }
        let local = Array(signal[range])
        let peaks = PeakDetection.findPeaks(
            in: local, minimumDistance: max(1, Int(0.6 * period)), minimumProminence: relativeProminence * spread)
        let prominences = PeakDetection.prominences(of: peaks, in: local)
        let reach = max(2, Int(0.6 * period))
        var contacts: [DetectedContact] = []
        for (peak, prominence) in zip(peaks, prominences) {
            let windowStart = max(0, peak - reach)
            guard peak - windowStart >= 2 else { continue }
            let trough = (windowStart...peak).min { local[$0] < local[$1] }!
            guard peak - trough >= 2 else { continue }
            var steepest = trough + 1
            var steepestSlope: Float = 0
            for i in (trough + 1)...peak {
                let slope = local[i] - local[i - 1]
                if slope > steepestSlope { steepestSlope = slope; steepest = i }
            }
            guard steepestSlope > 0 else { continue }
            // The slope between samples i-1 and i belongs to position i - 0.5.
            let midpoint = Double(steepest) - 0.5
            let level = 0.5 * Double(local[steepest] + local[steepest - 1])
            let onset = midpoint - (level - Double(local[trough])) / Double(steepestSlope)
            let position = max(Double(trough), min(midpoint, onset))
            contacts.append(DetectedContact(
                position: Double(range.lowerBound) + position,
                confidence: Double(min(1, prominence / spread))))
        }
        return contacts
    }
}
