import GaitSimulator
import RetroGait

/// A foot sensor through whole practice sessions that mix forward running with backward running and
/// walking, with and without its gyroscope: the bout's gait changes under one analysis, so a timing
/// cue that holds in one gait must not be carried into another (the simulated matrix has one gait per
/// recording and no gyroscope).
enum MixedSessionSection {
    static let tolerance = 0.040
    static let session = SessionScript([
        BoutScript(.standing, duration: 4), BoutScript(.running, direction: .forward, duration: 25),
        BoutScript(.standing, duration: 5), BoutScript(.running, direction: .backward, duration: 20),
        BoutScript(.standing, duration: 4), BoutScript(.walking, direction: .backward, duration: 20),
        BoutScript(.standing, duration: 3),
    ])
    /// The session in `retrogait simulate --session` notation.
    static let sessionText = "stand:4,fw-run:25,stand:5,bw-run:20,stand:4,bw-walk:20,stand:3"
    static let seeds: ClosedRange<UInt64> = 1...30

    static func render() async -> String {
        let variants = [false, true]
        let cases = variants.flatMap { gyroscope in seeds.map { (gyroscope, $0) } }
        let results = await concurrentMap(cases, width: 2) { item in
            Self.evaluationCase(gyroscope: item.0, seed: item.1).run(tolerances: [tolerance]).map { $0[0] }
        }
        var table = MarkdownTable(
            header: ["placement", "gyro"] + ReportColumns.header + ["worst recording IC F1 (seed)"], leftAligned: [0, 1])
        for gyroscope in variants {
            var row = RowAccumulator()
            var worst: (f1: Double, seed: UInt64)?
            for ((caseGyroscope, seed), result) in zip(cases, results) where caseGyroscope == gyroscope {
                switch result {
                case .success(let evaluation):
                    row.add(evaluation)
                    let f1 = evaluation.initialContacts.detection.f1 ?? 0
                    if worst.map({ f1 < $0.f1 }) ?? true { worst = (f1, seed) }
                case .failure(let error):
                    row.addFailure("foot seed \(seed)", error.description)
                }
            }
            let worstCell = worst.map { "\(Format.ratio($0.f1)) (\($0.seed))" } ?? "—"
            table.rows.append(["foot", gyroscope ? "yes" : "no"]
                + ReportColumns.cells(row, toleranceMs: tolerance * 1000) + [worstCell])
        }
        return """
            ## Mixed sessions, foot sensor with and without gyroscope (GaitSimulator)

            Session `\(sessionText)`, left foot, 100 Hz, default noise, seeds \(seeds.lowerBound)–\(seeds.upperBound)
            (one recording each), scored against the left foot's events, tolerance ±\(Format.number(tolerance * 1000, 0)) ms.


            """ + table.rendered + "\n"
    }

    private static func evaluationCase(gyroscope: Bool, seed: UInt64) -> RecordingEvaluation {
        let options = SimulationOptions(placement: .foot, sampleRate: 100, seed: seed, includeGyroscope: gyroscope)
        let simulated = GaitSimulator.simulate(session, options: options)
        return RecordingEvaluation(
            name: "foot mixed session seed \(seed)", recording: simulated.recording, placement: .foot,
            sensorSide: .left, truth: simulated.events, scoringWindow: nil)
    }
}
