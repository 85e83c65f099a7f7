import RetroGait

/// Analyses one recording with ``GaitAnalyzer`` and evaluates it against its truth at several tolerances.
///
/// What a sensor can see decides the truth it is compared with: a foot or shank sensor reports the
/// contacts of its own foot (``sensorSide``), so it is scored against that foot's events, and its cadence
/// is counted from strides (two steps per interval); a lower-back or wrist sensor reports every step of
/// both feet and is scored against all events, with sides ignored when matching.
struct RecordingEvaluation: Sendable {
    var name: String
    var recording: Recording
    var placement: Placement
    var sensorSide: Side
    var truth: [GaitEvent]
    var scoringWindow: ClosedRange<Double>?

    /// The evaluations, one per tolerance (seconds), or the analysis error.
    func run(tolerances: [Double]) -> Result<[GaitEventEvaluation], AnalysisError> {
        let analyzer = GaitAnalyzer(configuration: .init(placement: placement, sensorSide: sensorSide))
        let analysis: GaitAnalysis
        do {
            analysis = try analyzer.analyze(recording)
        } catch {
            return .failure(error)
        }
        let ownFootOnly = placement == .foot || placement == .shank
        let truth = ownFootOnly ? self.truth.filter { $0.side == sensorSide } : self.truth
        return .success(tolerances.map { tolerance in
            let options = EventEvaluationOptions(
                tolerance: tolerance, sides: .pooled, scoringWindow: scoringWindow,
                cadenceStepsPerInterval: ownFootOnly ? 2 : 1)
            return GaitEventEvaluator(options: options).evaluate(truth: truth, detected: analysis.events)
        })
    }
}
