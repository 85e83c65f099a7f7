import GaitDSP

/// Initial contacts from the body's vertical loading, for sensors on the trunk (lower back, sacrum)
/// and, on the acceleration magnitude, the wrist.
///
/// Each step shows as one rise of the vertical acceleration from its flight (or swing) trough to its
/// mid-stance peak. Contact is placed where the steepest part of that rise, extended back as a
/// tangent, meets the trough level — the onset of loading. Only the shape of the vertical signal is
/// used, never the sign of the front-back acceleration, so the method is the same for forward and
/// backward gait. Toe-off mirrors it: the steepest part of the fall after the peak, extended forward
/// to the next trough level, marks the end of unloading.
struct LoadingOnsetDetector: ContactDetector {
    /// Which signal carries the loading: the gravity-projected vertical for the trunk, the
    /// magnitude for the wrist (whose orientation changes with every arm swing).
    enum Channel { case vertical, magnitude }

    var channel: Channel
    var eventUnit: RhythmEstimator.EventUnit { .step }
    /// Peaks must stand out by this fraction of the segment's 5–95 % range.
    var relativeProminence: Float = 0.25
    /// The fall into flight may dip and recover by this fraction of the segment's range and still
    /// count as one fall (for toe-off; loading onset uses the whole rise to the peak).
    var flankTolerance: Float = 0.05

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
            let tolerance = flankTolerance * spread
            guard let onset = Self.tangentCrossing(local, from: peak, towards: -1, reach: reach, tolerance: .infinity)
            else { continue }
            let release = Self.tangentCrossing(local, from: peak, towards: 1, reach: reach, tolerance: tolerance)
            contacts.append(DetectedContact(
                position: Double(range.lowerBound) + onset,
                confidence: Double(min(1, prominence / spread)),
                toeOffPosition: release.map { Double(range.lowerBound) + $0 }))
        }
        return contacts
    }

    /// Where the tangent at the steepest part of the flank next to the lowest point within `reach`
    /// samples on one side of `peak` (`direction` −1: before it, +1: after it) meets that lowest level.
    ///
    /// The flank is the stretch that climbs from the trough towards the peak without dipping by more
    /// than `tolerance`: on a contact with an impact peak and a later active peak, toe-off belongs to
    /// the final fall into flight, not to the drop after the impact.
    static func tangentCrossing(
        _ signal: [Float], from peak: Int, towards direction: Int, reach: Int, tolerance: Float
    ) -> Double? {
        let limit = direction < 0 ? max(0, peak - reach) : min(signal.count - 1, peak + reach)
        guard abs(limit - peak) >= 2 else { return nil }
        let side = direction < 0 ? Array(limit...peak) : Array(peak...limit)
        let trough = side.min { signal[$0] < signal[$1] }!
        guard abs(peak - trough) >= 2 else { return nil }
        // Climb from the trough towards the peak while the signal keeps rising (within the tolerance).
        var flankTop = trough
        var index = trough
        while index != peak {
            let next = index - direction
            if signal[next] < signal[flankTop] - tolerance { break }
            if signal[next] >= signal[flankTop] { flankTop = next }
            index = next
        }
        guard flankTop != trough else { return nil }
        var steepest = trough
        var steepestRise: Float = 0
        index = trough
        while index != flankTop {
            let next = index - direction
            let rise = signal[next] - signal[index]
            if rise > steepestRise { steepestRise = rise; steepest = index }
            index = next
        }
        guard steepestRise > 0 else { return nil }
        // The slope between `steepest` and its neighbour towards the peak sits halfway between them.
        let midpoint = Double(steepest) - 0.5 * Double(direction)
        let level = 0.5 * Double(signal[steepest] + signal[steepest - direction])
        let crossing = midpoint + Double(direction) * (level - Double(signal[trough])) / Double(steepestRise)
        let (low, high) = direction < 0 ? (Double(trough), midpoint) : (midpoint, Double(trough))
        return max(low, min(high, crossing))
    }
}
