import GaitDSP

extension TrunkLiftOff {
    /// The trunk's lift-off from standing at the end of a live stream's window, found before the walk's first
    /// landing.
    ///
    /// The detector finds the lift-off from standing with the walk's first landing (``position(vertical:firstLanding:period:waveWidth:walkWaveRange:sampleRate:)``),
    /// which a live window decides 0.4–0.5 s after it: the lift-off, 0.24–0.57 s before that landing, came
    /// 0.7–1.0 s late (voisard2023 lower back, live: none of 12 in time). Yet the push-off itself is in view
    /// sooner: the trunk stood still, then its vertical acceleration left the standing band, dipping as the
    /// body dropped onto the stance leg, and rose to the push-off's peak (voisard2023: 1.09–1.22 g, 20–130 ms
    /// after the lift-off) and fell again. The lift-off is the steepest point of that rise, as the detector
    /// takes it. So at a window's end the lift-off is taken there when
    /// - the trunk stood still for ``standingBeforeLiftOffSeconds`` (every sample within the resting band of
    ///   that stretch but for a jolt of at most ``standingJoltSeconds``, the band narrower than
    ///   ``standingBand``: a step within a walk is shorter, and a pause between bouts is as long as
    ///   ``BoutOnsetRhythm``'s longest still run),
    /// - the vertical left that band within the last ``liftOffLookbackSeconds`` of the window,
    /// - it rose out of the band above the standing level to a peak that lies ``peakMarginSeconds`` before
    ///   the window's end and that the vertical has fallen from since (the push-off is complete), and
    /// - no contact of the window after the push-off's peak carries a lift-off of its own (the detector has then
    ///   found the first landing and placed the lift-off itself).
    ///
    /// A contact that a window finds in the standing or the push-off (up to its peak) is the push-off taken for a
    /// landing: a young bout's provisional period, from a tail that holds the push-off alone (``BoutOnsetRhythm``),
    /// lets the detector read the dip and rise as a step's loading (voisard2023 7-4: a "landing" at 4.57 s, 20 ms
    /// before the lift-off, with its own lift-off 0.16 s early). The caller drops such contacts.
    ///
    /// What it finds is provisional, as a young bout's contacts are: windows that find the first landing move
    /// it to where the detector places it, and the review withdraws it when the detector, seeing the bout,
    /// places none (a run's first push-off: the detector reports a lift-off from standing only before a walk).
    /// - Returns: the lift-off's position (a fractional sample of `vertical`), how clearly the push-off stands
    ///   out of the standing noise (one minus the band's half-width over the peak's rise, 0…1), and the samples
    ///   from the standing's start to the push-off's peak.
    func atLiveEnd(
        _ vertical: [Float], sampleRate: Double, contacts: [DetectedContact]
    ) -> (position: Double, confidence: Double, standingAndPushOff: ClosedRange<Int>)? {
        let count = vertical.count
        guard let stood = DepartureFromStanding(
            vertical, lookbackSeconds: liftOffLookbackSeconds, standingSeconds: standingBeforeLiftOffSeconds,
            joltSeconds: standingJoltSeconds, narrowerThan: standingBand, sampleRate: sampleRate)
        else { return nil }
        let (band, standing, departure) = (stood.band, stood.standing, stood.departure)
        // The push-off's peak: the first local maximum above the band after the departure.
        let margin = max(1, Int((peakMarginSeconds * sampleRate).rounded()))
        guard departure < count - margin,
              let peak = (departure..<(count - margin)).first(where: { i in
                  vertical[i] - band.level > band.threshold && vertical[i] >= vertical[i - 1] && vertical[i] > vertical[i + 1]
              })
        else { return nil }
        // The steepest point of the rise to the peak (a central difference, as the detector's), from its lowest
        // point since the trunk left the band: the rise can pause on its way (voisard2023 10-1: 0.93 g, 1.03 g,
        // 1.01 g, then the peak at 1.10 g 0.1 s after the lift-off), and its steepest part lies before the pause.
        let h = max(1, Int((slopeHalfWidth * sampleRate).rounded()))
        let riseFrom = max(h, departure - h)
        guard riseFrom < peak else { return nil }
        var dip = riseFrom
        for i in riseFrom...peak where vertical[i] < vertical[dip] { dip = i }
        guard dip < peak, peak + h < count else { return nil }
        var slopes = [Float](repeating: 0, count: peak - dip + 1)
        var steepest = dip
        for i in dip...peak {
            slopes[i - dip] = vertical[i + h] - vertical[i - h]
            if slopes[i - dip] > slopes[steepest - dip] { steepest = i }
        }
        guard slopes[steepest - dip] > 0 else { return nil }
        let liftOff = Double(steepest) + ParabolicPeak.offset(slopes, at: steepest - dip)
        let placed = contacts.contains { $0.position > Double(peak) && $0.liftOffPosition != nil }
        guard !placed else { return nil }
        let rise = vertical[peak] - band.level
        return (liftOff, Double(max(0, min(1, 1 - band.threshold / rise))), standing.lowerBound...peak)
    }

    /// A live window's lift-off from standing is sought this long before its end: the lookahead of a latency
    /// bound of 0.5 s and the dip before the push-off.
    var liftOffLookbackSeconds: Double { 1.0 }
    /// The trunk stands still this long before a lift-off from standing: longer than a step within a walk
    /// (``BoutOnsetRhythm/longestStillSeconds``).
    var standingBeforeLiftOffSeconds: Double { 0.75 }
    /// A standing trunk's resting band is narrower than this (g): voisard2023's standing before the lift-off
    /// varies by 0.004–0.074 g.
    var standingBand: Float { 0.1 }
    /// A standing trunk may be jolted out of its resting band this long in all and still stand (s).
    var standingJoltSeconds: Double { 0.04 }
    /// The push-off's peak lies at least this long before the window's end (s), whose last samples the
    /// zero-phase filters have not settled.
    var peakMarginSeconds: Double { 0.03 }
}
