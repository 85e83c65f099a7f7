/// The lift-off from standing before a walk's first step, seen at the trunk.
///
/// To take the first step from standing, the body first drops a little onto the leg that stays (the
/// vertical specific force dips, 0.75–0.96 g in the real walkers of voisard2023, 20–40 ms before the
/// swing foot leaves the ground) and that leg then pushes it up and forward as the swing foot lifts off
/// (a peak of 1.09–1.42 g, 20–60 ms after the lift-off). The steepest point of that rise, 0.4–1.1 step
/// periods before the first landing, is the lift-off. It is only looked for where the trunk stood still
/// before it: where the step wave (the vertical smoothed as the detector smooths it) stayed flat over
/// the two step periods before — where the walk follows a run or a turn, there was no lift-off from
/// standing.
struct TrunkLiftOff {
    /// Where the push-off is looked for, in step periods before the first landing.
    var reach: ClosedRange<Double> = 0.4...1.1
    /// How long the trunk must have been still before the push-off, in step periods.
    var standingPeriods = 2.0
    /// Still: the step wave's range over the standing stretch is at most this fraction of the walk's.
    var stillWaveFraction: Float = 0.15
    /// Half-width of the slope's central difference, in seconds.
    var slopeHalfWidth = 0.01
    /// A first contact this close (in step periods) to the lift-off is its push-off
    /// (``droppingPushOff(_:vertical:period:waveWidth:walkWaveRange:sampleRate:)``).
    var pushOffMatch = 0.25

    /// The lift-off's sample position before the landing at `firstLanding`, or `nil` when the trunk
    /// was not still before it or the recording does not reach far enough back.
    ///
    /// - Parameters:
    ///   - vertical: the recording's vertical acceleration (g).
    ///   - firstLanding: the walk's first landing, in samples.
    ///   - period: the step period, in samples.
    ///   - waveWidth: the width of each of the step wave's two moving means, in samples.
    ///   - walkWaveRange: the walk's step-wave range (its 5–95 % spread), g.
    func position(vertical: [Float], firstLanding: Double, period: Double, waveWidth: Int,
                  walkWaveRange: Float, sampleRate: Double) -> Double? {
        let h = max(1, Int((slopeHalfWidth * sampleRate).rounded()))
        let searchStart = Int((firstLanding - reach.upperBound * period).rounded(.down))
        let searchEnd = Int((firstLanding - reach.lowerBound * period).rounded(.up))
        let standingStart = searchStart - Int((standingPeriods * period).rounded())
        // The two moving means reach `waveWidth` samples to either side before they are whole.
        let smoothingStart = standingStart - 2 * waveWidth
        guard smoothingStart >= 0, searchStart < searchEnd, searchEnd + h < vertical.count, walkWaveRange > 0
        else { return nil }
        let wave = MovingStatistics.meanOfMean(Array(vertical[smoothingStart..<(searchStart + 2 * waveWidth)]), window: waveWidth)
        let standing = wave[(standingStart - smoothingStart)..<(searchStart - smoothingStart)]
        guard let low = standing.min(), let high = standing.max() else { return nil }
        guard high - low <= stillWaveFraction * walkWaveRange else { return nil }
        var steepest = searchStart
        var steepestSlope = -Float.infinity
        var slopes = [Float](repeating: 0, count: searchEnd - searchStart + 1)
        for i in searchStart...searchEnd {
            let slope = vertical[i + h] - vertical[i - h]
            slopes[i - searchStart] = slope
            if slope > steepestSlope { (steepest, steepestSlope) = (i, slope) }
        }
        guard steepestSlope > 0 else { return nil }
        return Double(steepest) + ParabolicPeak.offset(slopes, at: steepest - searchStart)
    }
}
