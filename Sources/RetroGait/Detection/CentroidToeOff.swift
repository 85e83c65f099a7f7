import GaitDSP

/// Toe-off in running from the time symmetry of a contact's vertical impulse.
///
/// In a spring-mass bounce the ground reaction rises and falls symmetrically, so its centroid in time
/// is mid-contact, and the contact ends as far after the centroid as it began before it. The centroid
/// is robust where the end of contact itself is not: a sacral sensor keeps reading 0.5–1 g for some
/// 20–40 ms after the foot has left (the pelvis is still being pulled up by the swinging leg), which
/// moves any level or tangent crossing of the final fall by that much from trial to trial.
enum CentroidToeOff {
    /// The toe-off of every contact at `onsets` (fractional samples into the vertical) whose next contact
    /// follows within 1.6 step periods; `nil` for the others (last of a bout, or no onset).
    ///
    /// The centroid is taken over the step (this onset to the next) of the vertical low-passed at twice
    /// the step frequency (so an impact spike or the wobble after toe-off does not pull it), weighted by
    /// the height above the step's minimum: `smoothed` is the vertical filtered zero-phase by
    /// ``smoothingFilter(count:period:sampleRate:)``, or the vertical itself where that is nil.
    static func toeOffs(smoothed: [Float], onsets: [Double?], period: Double) -> [Double?] {
        onsets.indices.map { index in
            guard index + 1 < onsets.count,
                  LoadingOnsetDetector.follows(onsets[index + 1], onsets[index], period: period),
                  let onset = onsets[index], let next = onsets[index + 1] else { return nil }
            let lower = max(0, Int(onset.rounded()))
            let upper = min(smoothed.count, Int(next.rounded()))
            guard upper - lower >= 3, let centre = centroid(smoothed, lower..<upper) else { return nil }
            let toeOff = 2 * centre - onset
            return toeOff > onset && toeOff < next ? toeOff : nil
        }
    }

    /// `toeOffs` moved to each contact's centroid plus half its side-balanced duration: the duration
    /// (twice the centroid's distance from the onset) averaged with its neighbours' (weights ¼, ½, ¼ over
    /// the previous, this and the next contact of a run of contacts that follow one another; ½, ½ at a
    /// run's ends), so that an alternation of the onsets from one foot's steps to the other's cancels
    /// and their mean stays.
    ///
    /// For the wrist: the arm swings once per stride, and its swing shifts the landing onsets of one
    /// foot's steps one way and the other foot's the other way, while the centroid, taken over the whole
    /// contact, moves little; a toe-off placed as far after the centroid as the onset lies before it then
    /// takes the alternation over, mirrored (simulated running, 6 seeds, 100 Hz, toe-off error median by
    /// side: forward +10.9 / +30.0 ms, backward +26.5 / +14.3 ms; at the lower back +5 / +5 and +11 / +11).
    /// A runner's two feet stay on the ground about equally long, so the alternation is the arm's.
    static func sideBalanced(_ toeOffs: [Double?], onsets: [Double?], period: Double) -> [Double?] {
        let durations: [Double?] = zip(toeOffs, onsets).map { toeOff, onset in
            guard let toeOff, let onset else { return nil }
            return toeOff - onset
        }
        return toeOffs.indices.map { index in
            guard let onset = onsets[index], let own = durations[index] else { return toeOffs[index] }
            let previous = index > 0 && LoadingOnsetDetector.follows(onset, onsets[index - 1], period: period)
                ? durations[index - 1] : nil
            let next = index + 1 < onsets.count && LoadingOnsetDetector.follows(onsets[index + 1], onset, period: period)
                ? durations[index + 1] : nil
            let duration = switch (previous, next) {
            case let (previous?, next?): 0.25 * previous + 0.5 * own + 0.25 * next
            case let (neighbour?, nil), let (nil, neighbour?): 0.5 * (own + neighbour)
            case (nil, nil): own
            }
            let toeOff = onset + 0.5 * own + 0.5 * duration
            if let following = index + 1 < onsets.count ? onsets[index + 1] : nil, toeOff >= following { return toeOffs[index] }
            return toeOff
        }
    }

    /// The time centroid (fractional sample) of `signal` over `range`, weighted by the height above the
    /// range's minimum; `nil` when the range is flat.
    static func centroid(_ signal: [Float], _ range: Range<Int>) -> Double? {
        // Of equal zeros the floor may be the other sign: the heights above it then differ only in the
        // sign of a zero height, which adds nothing to the sums.
        let floor = signal.withUnsafeBufferPointer { LaneExtremum.lowest(in: UnsafeBufferPointer(rebasing: $0[range])) }
        var weight = 0.0
        var moment = 0.0
        for index in range {
            let height = Double(signal[index] - floor)
            weight += height
            moment += height * Double(index)
        }
        return weight > 0 ? moment / weight : nil
    }

    /// The low-pass at twice the step frequency that the centroid is taken on, for a signal of `count`
    /// samples; nil where it does not apply (the signal is then used as it is).
    static func smoothingFilter(count: Int, period: Double, sampleRate: Double) -> ButterworthFilter? {
        let cutoff = 2 * sampleRate / period
        guard count > 12, cutoff < 0.45 * sampleRate else { return nil }
        return try? ButterworthFilter(.lowPass(cutoff: cutoff), order: 2, sampleRate: sampleRate)
    }
}
