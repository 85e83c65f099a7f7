import GaitDSP

/// Initial contacts of the instrumented foot, for sensors on the foot or shank.
///
/// A foot-worn sensor sees one contact per stride: a swing full of movement, an impact when the
/// foot lands, and a quiet stance while it is on the ground. Each stance is found as a minimum of the
/// short-time movement energy (acceleration magnitude away from 1 g, plus angular speed when a
/// gyroscope is present); the contact is the first strong jerk peak in the half stride before it.
/// "First strong" rather than "largest" matters for backward running: the toe lands softly and the
/// heel drops a few tens of milliseconds later, often with the bigger jolt.
struct ImpactContactDetector: ContactDetector {
    var eventUnit: RhythmEstimator.EventUnit { .stride }
    /// Angular speed (deg/s) that weighs as much as 1 g of acceleration in the movement energy.
    var angularSpeedScale: Float = 200
    /// A jerk peak counts as strong at this fraction of the largest in its search window.
    var strongJerkFraction: Float = 0.7

    func rhythmSignal(_ signals: MotionSignals) -> [Float] { signals.magnitude }

    func contacts(in segment: GaitSegment, signals: MotionSignals) -> [DetectedContact] {
        let range = segment.range
        let period = segment.eventPeriod
        let energy = movementEnergy(signals, range: range)
        let smoothed = MovingStatistics.mean(energy, window: max(1, Int(0.08 * signals.sampleRate)))
        let spread = robustRange(smoothed, 0..<smoothed.count)
        guard spread > 0, let loudest = smoothed.max() else { return [] }
        let stances = PeakDetection.findPeaks(
            in: smoothed.map { -$0 }, minimumDistance: max(1, Int(0.6 * period)), minimumProminence: 0.2 * spread)
        let jerk = Array(signals.jerk[range])
        let reach = max(2, Int(0.5 * period))
        var contacts: [DetectedContact] = []
        for stance in stances {
            let windowStart = max(0, stance - reach)
            guard stance - windowStart >= 3 else { continue }
            let window = Array(jerk[windowStart...stance])
            let candidates = PeakDetection.findPeaks(in: window)
            guard let strongest = candidates.map({ window[$0] }).max(), strongest > 0 else { continue }
            guard let first = candidates.first(where: { window[$0] >= strongJerkFraction * strongest }) else { continue }
            let position = Double(windowStart + first) + ParabolicPeak.offset(window, at: first)
            let contrast = Double(loudest - smoothed[stance]) / Double(spread)
            contacts.append(DetectedContact(position: Double(range.lowerBound) + position, confidence: min(1, contrast)))
        }
        return contacts
    }

    private func movementEnergy(_ signals: MotionSignals, range: Range<Int>) -> [Float] {
        range.map { i in
            let deviation = signals.magnitude[i] - 1
            var energy = deviation * deviation
            if let speed = signals.angularSpeed?[i] {
                let scaled = speed / angularSpeedScale
                energy += scaled * scaled
            }
            return energy
        }
    }
}
