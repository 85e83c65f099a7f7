import GaitDSP

/// Steps at the wrist, from the loading each step sends up the arm (acceleration magnitude).
///
/// Each step shows as one rise of the vertical acceleration from its flight (or swing) trough to its
/// mid-stance peak. Contact is placed where the steepest part of that rise, extended back as a
/// tangent, meets the trough level — the onset of loading. Only the shape of the vertical signal is
/// used, never the sign of the front-back acceleration, so the method is the same for forward and
/// backward gait. Toe-off is where the final fall after the peak has come down close to the next
/// trough (``releaseLevel`` of the way up): the body is then near free fall, i.e. unloaded. (A tangent
/// at the steepest fall, as for loading, ends contact ~30 ms early on force-plate data: the sacrum
/// unloads with a slow shoulder at the end of push-off.)
struct WristStepDetector: ContactDetector {
    var eventUnit: RhythmEstimator.EventUnit { .step }
    /// Peaks must stand out by this fraction of the segment's 5–95 % range.
    var relativeProminence: Float = 0.25
    /// The fall into flight may dip and recover by this fraction of the segment's range and still
    /// count as one fall (for toe-off; loading onset uses the whole rise to the peak).
    var flankTolerance: Float = 0.05
    /// Toe-off is where the final fall has come down to this fraction of the way from the flight
    /// (or swing) trough to the top of the fall.
    var releaseLevel: Float = 0.1

    func rhythmSignal(_ signals: MotionSignals) -> [Float] {
        signals.magnitude
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
        let tolerance = flankTolerance * spread
        var contacts: [DetectedContact] = []
        for (peak, prominence) in zip(peaks, prominences) {
            guard let onset = Self.tangentCrossing(local, from: peak, towards: -1, reach: reach, tolerance: .infinity)
            else { continue }
            let release = Self.levelCrossing(
                local, from: peak, towards: 1, reach: reach, tolerance: tolerance, fraction: releaseLevel)
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
        guard let (trough, flankTop) = flank(signal, from: peak, towards: direction, reach: reach, tolerance: tolerance)
        else { return nil }
        var steepest = trough
        var steepestRise: Float = 0
        var index = trough
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

    /// The lowest point within `reach` samples on one side of `peak` and the top of the monotonic
    /// flank (within `tolerance`) that climbs from it towards the peak; nil when there is no flank.
    static func flank(
        _ signal: [Float], from peak: Int, towards direction: Int, reach: Int, tolerance: Float
    ) -> (trough: Int, top: Int)? {
        let limit = direction < 0 ? max(0, peak - reach) : min(signal.count - 1, peak + reach)
        guard abs(limit - peak) >= 2 else { return nil }
        let trough = (min(limit, peak)...max(limit, peak)).min { signal[$0] < signal[$1] }!
        guard abs(peak - trough) >= 2 else { return nil }
        var flankTop = trough
        var index = trough
        while index != peak {
            let next = index - direction
            if signal[next] < signal[flankTop] - tolerance { break }
            if signal[next] >= signal[flankTop] { flankTop = next }
            index = next
        }
        return flankTop == trough ? nil : (trough, flankTop)
    }

    /// Where the flank on one side of `peak` passes `fraction` of the way from its trough up to its
    /// top, searched from the top towards the trough (linear interpolation between samples).
    static func levelCrossing(
        _ signal: [Float], from peak: Int, towards direction: Int, reach: Int, tolerance: Float, fraction: Float
    ) -> Double? {
        guard let (trough, top) = flank(signal, from: peak, towards: direction, reach: reach, tolerance: tolerance)
        else { return nil }
        let level = signal[trough] + fraction * (signal[top] - signal[trough])
        var index = top
        while index != trough {
            let next = index + direction
            if signal[next] <= level {
                let step = Double(signal[index] - signal[next])
                let offset = step > 0 ? Double(signal[index] - level) / step : 0
                return Double(index) + Double(direction) * offset
            }
            index = next
        }
        return Double(trough)
    }
}
