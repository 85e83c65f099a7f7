/// A rhythm window that holds standing and then the first steps of a bout: its rhythm is not known yet.
///
/// A period is a repetition, and the first steps after standing have not repeated: a 5 s window that begins
/// with standing and ends a step or two into a walk correlates best at the lag between two unlike events of
/// those steps (a push-off and the next landing), and ``RhythmEstimator`` took that lag for the rhythm. Real
/// walkers at the lower back (voisard2023 13-5, 16-3, 3-1): windows ending in a walk's first 1.5 s counted as
/// gait with a period of 0.66–0.67 s (regularity 0.36–0.37) where the walk's step is 0.58–0.59 s; a live
/// window's contacts then fell a third of a step off, and three toe-offs and an initial contact were reported
/// late (moved 0.5–0.6 s after, or found only by the review). Once the steps have repeated, the rhythm repeats
/// at twice its period as well: the autocorrelation there is 0.23–0.24 at those walks' starts (0.5 and more
/// in steady walking), while the mistaken windows give 0.03–0.06.
///
/// So a window that begins with standing (its first ``standingSeconds`` still, as ``BoutOnsetRhythm`` tells
/// standing: 0.25 s blocks varying by less than ``activeDeviation``) counts as gait only when its
/// autocorrelation at twice its period reaches ``minimumTwicePeriodCorrelation``; until then a live stream's
/// young bout gets its rhythm from its active tail (``BoutOnsetRhythm``).
///
/// Asked only by a live stream's windows at the lower back (``GaitAnalyzer/analyzeWindow(_:seesBoutOnsets:)``):
/// the trunk repeats with every step, so its young tail's rhythm shows by the second step. A foot, a shank and
/// the wrist's arm swing repeat once a stride, and their young tail knows no better than the estimator (asked
/// there too: voisard2023 feet accelerometer only, initial contacts in time 354 -> 353 of 401; simulated wrist
/// 696 -> 694 of 709). Files never ask: the batch's windows see the whole bout, and its segments are widened
/// over a bout's first contacts (asked in files too: voisard2023 right foot IC F1 0.941 -> 0.934).
struct StandingThenSteps {
    /// Standing as a live stream's young bout tells it.
    private static let boutOnset = BoutOnsetRhythm(unit: .step)
    /// How long the window's start must be still to begin with standing (``BoutOnsetRhythm/longestStillSeconds``).
    var standingSeconds = boutOnset.longestStillSeconds
    /// Blocks of this length tell moving from still (``BoutOnsetRhythm/blockSeconds``).
    var blockSeconds = boutOnset.blockSeconds
    /// A block whose standard deviation reaches this (g) moves (``BoutOnsetRhythm/activeDeviation``).
    var activeDeviation = boutOnset.activeDeviation
    /// The autocorrelation at twice the period that shows the rhythm has repeated.
    var minimumTwicePeriodCorrelation: Float = 0.1

    /// Whether `window` begins with ``standingSeconds`` in which no block (sliding by a fifth of its length)
    /// moves.
    func beginsStill(_ window: UnsafeBufferPointer<Float>, sampleRate: Double) -> Bool {
        let block = max(2, Int((blockSeconds * sampleRate).rounded()))
        let standing = Int((standingSeconds * sampleRate).rounded())
        guard standing >= block, window.count >= standing else { return false }
        let step = max(1, block / 5)
        var start = 0
        while start + block <= standing {
            let moves = RhythmEstimator.varies(UnsafeBufferPointer(rebasing: window[start..<(start + block)]), atLeast: activeDeviation)
            if moves { return false }
            start += step
        }
        return true
    }
}
