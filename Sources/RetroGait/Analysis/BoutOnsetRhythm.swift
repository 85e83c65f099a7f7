import GaitDSP

/// The rhythm of a bout that has only just begun, for a live stream's newest window.
///
/// ``RhythmEstimator`` confirms a rhythm from 5 s windows; when a bout starts after standing, the
/// newest window holds a second or less of it, and its rhythm shows 0.9–1.5 s after the bout began:
/// the bout's first contacts would be reported late. And until the bout has lasted a whole estimator
/// window, the estimator's windows that reach the newest sample hold standing too: they confirm the
/// rhythm in one window and not in the next (the stream's bout flickers in and out), and their period
/// is off (simulated backward walking, a foot: 80 samples where the whole bout gives 102).
///
/// So while the bout is young, this looks at its **active tail** alone — the newest stretch in which
/// no run of still blocks (``blockSeconds`` each, varying by less than ``activeDeviation``) lasts
/// ``longestStillSeconds``: a walking foot's stance is still for half a second, a pause between bouts
/// for longer — and, when the tail repeats itself at all (autocorrelation at its period at least
/// ``minimumRegularity``, far below the estimator's bar), gives a segment over it with the tail's own
/// period, in which the placement's detector looks for contacts as in any other. That segment takes
/// the place of an estimator segment reaching the window's end (its start is kept when earlier), and
/// is added when none reaches it.
///
/// A bout's first steps from standing cannot repeat themselves: until the second landing, the tail holds
/// one push-off and one landing, and its autocorrelation at any lag stays far under ``minimumRegularity``
/// (simulated trunk pushing off from standing, backward walk, seed 11: 0.03–0.11 at the push-off-to-landing
/// lag for every window up to the second landing, whose rhythm came 0.64 s after the first landing). So
/// while the tail is no longer than ``firstStepsSeconds`` it needs no regularity: its best-correlated lag
/// is the first steps' provisional period, as the rhythm a window holding one step can give.
///
/// What it finds is provisional: two seconds later the live stream reviews every event it reported
/// with a window that sees more of the bout, and withdraws those that window does not find
/// (``StreamingUpdate/retraction(_:)``). Files and recordings never use it: their windows see the
/// whole bout.
struct BoutOnsetRhythm {
    var unit: RhythmEstimator.EventUnit
    /// Length of the blocks whose variation tells activity from standing, in seconds.
    var blockSeconds = 0.25
    /// A block is active when the rhythm signal's standard deviation over it reaches this (g).
    var activeDeviation: Float = 0.03
    /// A run of still blocks this long ends the active tail (a stance within a bout is shorter).
    var longestStillSeconds = 0.75
    /// The shortest active tail that gets a segment, in seconds.
    var shortestTailSeconds = 0.5
    /// A bout is young while its active tail is no longer than one of the estimator's windows; a
    /// longer active tail whose rhythm the estimator still does not confirm is not a bout's start.
    var longestTailSeconds = 5.0
    /// The tail's autocorrelation at its period must reach this.
    var minimumRegularity: Float = 0.15
    /// The tail must overlap itself by this much at its period, in seconds.
    var shortestOverlapSeconds = 0.15
    /// A stride is the first autocorrelation peak reaching this fraction of the highest (a higher one at
    /// a multiple of it is the same rhythm).
    var multiplePeakFraction: Float = 0.85
    /// The segment starts this long before the active tail, so the first landing's rise is in it.
    var leadSeconds = 0.3
    /// A tail this short holds at most two walking steps (0.5–0.6 s each) after standing: it cannot repeat
    /// itself yet, and its rhythm needs no regularity.
    var firstStepsSeconds = 1.2

    /// `segments` with the newest one replaced by, or followed by, a segment over the young bout at
    /// the end of `signal`; `segments` unchanged when the signal does not end in a young bout.
    func segments(of signal: [Float], after segments: [GaitSegment], sampleRate: Double) -> [GaitSegment] {
        let block = max(2, Int((blockSeconds * sampleRate).rounded()))
        let count = signal.count
        let reachesEnd = (segments.last?.range.upperBound ?? 0) >= count - block
        let earlier = reachesEnd ? segments.dropLast() : segments[...]
        let covered = earlier.last?.range.upperBound ?? 0
        guard let start = activeTailStart(of: signal, after: covered, block: block) else { return segments }
        let tail = count - start
        guard Double(tail) >= shortestTailSeconds * sampleRate, Double(tail) <= longestTailSeconds * sampleRate else {
            return segments
        }
        let regularity = Double(tail) <= firstStepsSeconds * sampleRate ? 0 : minimumRegularity
        guard let rhythm = rhythm(of: signal[start...], sampleRate: sampleRate, atLeast: regularity) else { return segments }
        var lower = max(covered, start - Int((leadSeconds * sampleRate).rounded()))
        if reachesEnd, let young = segments.last {
            // An estimator segment that began well before the tail (joined across a pause to the bout
            // before, or a bout that had only slowed) is not a young bout's.
            let widening = Int((RhythmEstimator(unit: unit).edgeExtensionPeriods * young.eventPeriod).rounded(.up))
            guard young.range.lowerBound >= lower - widening - block else { return segments }
            lower = max(covered, min(lower, young.range.lowerBound))
        }
        return Array(earlier) + [GaitSegment(range: lower..<count, eventPeriod: rhythm.period, regularity: Double(rhythm.regularity))]
    }

    /// The period (in samples) and regularity of `tail`: the best-correlated lag of its autocorrelation,
    /// or the first lag correlating nearly as well (for steps as ``RhythmEstimator`` does, for strides
    /// within ``multiplePeakFraction``), the autocorrelation at each lag divided by the share of the
    /// tail that overlaps itself there, when it reaches `regularity`. The
    /// plain (biased) estimate shrinks with the lag, which on a tail of two or three strides pulls the
    /// period short (simulated backward walking, a foot: 80 samples for a stride of 102).
    private func rhythm(of tail: ArraySlice<Float>, sampleRate: Double, atLeast regularity: Float) -> (period: Double, regularity: Float)? {
        let defaults = RhythmEstimator(unit: unit)
        let count = tail.count
        let overlap = max(Int((shortestOverlapSeconds * sampleRate).rounded()), count / 3)
        let shortest = max(2, Int((defaults.floorMargin * defaults.shortestPeriodSeconds * sampleRate).rounded(.up)))
        let longest = min(Int(defaults.longestPeriodSeconds * sampleRate), count - overlap)
        guard longest > shortest + 2 else { return nil }
        let varies = tail.withUnsafeBufferPointer { RhythmEstimator.varies($0, atLeast: defaults.minimumVariation) }
        guard varies else { return nil }
        var correlation = Autocorrelation.compute(Array(tail), maxLag: longest + 1)
        for lag in 1..<correlation.count { correlation[lag] *= Float(count) / Float(count - lag) }
        func isPeak(_ lag: Int) -> Bool {
            correlation[lag] > 0 && correlation[lag] >= correlation[lag - 1] && correlation[lag] > correlation[lag + 1]
        }
        var best: Int?
        for lag in shortest...longest where isPeak(lag) && correlation[lag] > best.map({ correlation[$0] }) ?? 0 { best = lag }
        guard var lag = best else { return nil }
        // Corrected for the overlap, every multiple of the period correlates about as well as the period.
        let fraction = unit == .step ? defaults.stepPeakFraction : multiplePeakFraction
        if let first = (shortest...lag).first(where: { isPeak($0) && correlation[$0] >= fraction * correlation[lag] }) {
            lag = first
        }
        guard correlation[lag] >= regularity else { return nil }
        return (Double(lag) + ParabolicPeak.offset(correlation, at: lag), min(1, correlation[lag]))
    }

    /// Where the active tail of `signal` starts (not before `floor`): the start of the first active
    /// block after the last run of still blocks lasting ``longestStillSeconds``; nil when the signal ends
    /// in such a run. The block slides back from the end in steps of a fifth of its length, so the tail's
    /// start does not depend on where a grid of whole blocks falls, which moves with every window of a
    /// live stream: a short first swing of the arm straddling two grid blocks passed in neither, the tail
    /// looked a block or two younger than it was, too short to hold its period, and the first landing
    /// was reported a window or two late (simulated backward walk, wrist: 0.55–0.62 s after it).
    private func activeTailStart(of signal: [Float], after floor: Int, block: Int) -> Int? {
        let longestStill = max(1, Int((longestStillSeconds / blockSeconds).rounded())) * block
        let step = max(1, block / 5)
        var start: Int?
        var cursor = signal.count
        // Samples spanned by the still blocks in a row just seen.
        var stillSpan = 0
        signal.withUnsafeBufferPointer { signal in
            while cursor - block >= max(0, floor), stillSpan < longestStill {
                let varies = RhythmEstimator.varies(
                    UnsafeBufferPointer(rebasing: signal[(cursor - block)..<cursor]), atLeast: activeDeviation)
                if varies {
                    start = cursor - block
                    stillSpan = 0
                } else {
                    stillSpan = stillSpan == 0 ? block : stillSpan + step
                }
                cursor -= step
            }
        }
        return start
    }
}
