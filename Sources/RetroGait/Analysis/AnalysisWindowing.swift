/// How the block-wise analysis cuts a stream of samples into windows.
///
/// RetroGait has one analysis algorithm, and it works on windows. Each window is the stretch
/// `[d − history, d + decision + lookahead)` of the stream: its **decision zone** `[d, d + decision)`
/// plus a **history** margin before it and a **lookahead** margin after it. The whole pipeline (filters,
/// rhythm, contacts, sides, bouts, direction, strike) runs on the window as if it were a recording of
/// its own, and only what falls in the decision zone is kept; the next window's zone starts where
/// this one's ended. An event found again by a later window (its zone overlapping the history of the
/// next) is recognised as the same event when it lies within half an event period of the last one kept.
///
/// - The margins give the detectors the context they need: the rhythm estimator's 5 s windows and
///   2 s minimum segment, the zero-phase filters' settling, a stride on either side of a contact for
///   strike and direction cues.
/// - ``batch`` uses long windows (30 minutes of decisions, 30 s margins): a recording up to 31
///   minutes long is one window, analysed exactly as a whole; longer recordings and files are streamed
///   through windows, so memory stays bounded (see ``GaitAnalyzer/analyze(_:)->GaitAnalysis``).
///   Every window analyses its margins again (the next window's history and the last one's lookahead),
///   and every seam cuts the bouts it crosses, each piece classified on its own evidence: 30 minutes
///   keep that repeated work to 3 % of the analysis (10 % with 10-minute zones) and the seams few,
///   while a window's working memory stays a few megabytes.
/// - ``streaming(maximumLatency:)`` decides every 0.1 s with a short lookahead, so every event that
///   is found as soon as its window sees it is emitted within the latency bound (see ``StreamingAnalyzer``).
public struct AnalysisWindowing: Sendable, Equatable {
    /// Seconds of samples before the decision zone that each window includes.
    public var historySeconds: Double
    /// Length of each window's decision zone in seconds (how often a window is analysed).
    public var decisionSeconds: Double
    /// Seconds of samples after the decision zone that each window includes.
    public var lookaheadSeconds: Double

    /// Creates a windowing; every length is clamped to be at least one sample when used.
    public init(historySeconds: Double, decisionSeconds: Double, lookaheadSeconds: Double) {
        self.historySeconds = historySeconds
        self.decisionSeconds = decisionSeconds
        self.lookaheadSeconds = lookaheadSeconds
    }

    /// Long windows for files and in-memory recordings: 30 s history, 1800 s decisions, 30 s lookahead.
    public static let batch = AnalysisWindowing(historySeconds: 30, decisionSeconds: 1800, lookaheadSeconds: 30)

    /// Short hops for live streams: 12 s history, decisions every 0.1 s (or a quarter of the latency
    /// when that is shorter), and the rest of `maximumLatency` as lookahead. An event found by the
    /// first window that sees it is emitted at most `maximumLatency` after it happened.
    public static func streaming(maximumLatency: Double = 0.5) -> AnalysisWindowing {
        let decision = min(0.1, 0.25 * maximumLatency)
        return AnalysisWindowing(historySeconds: 12, decisionSeconds: decision, lookaheadSeconds: maximumLatency - decision)
    }

    /// The lengths in samples at `sampleRate` (decision plus lookahead rounded as a whole, so their
    /// sum never exceeds the latency they stand for by a rounding).
    func samples(at sampleRate: Double) -> (history: Int, decision: Int, lookahead: Int) {
        let decision = max(1, Int((decisionSeconds * sampleRate).rounded()))
        let reach = Int(((decisionSeconds + lookaheadSeconds) * sampleRate).rounded())
        return (max(1, Int((historySeconds * sampleRate).rounded())), decision, max(0, reach - decision))
    }
}
