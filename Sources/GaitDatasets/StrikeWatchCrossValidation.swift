import Foundation
public import RetroGait

/// Heel-versus-forefoot evaluation of the wrist strike model on StrikeWatch, subject-wise: each
/// person is held out in turn, a model is fitted on the other persons' steps (every file weighing
/// the same), and the held-out person's files are classified step by step and as a whole (the mean
/// heel probability over the file's steps). No person is ever in its own model's training data.
public enum StrikeWatchCrossValidation {
    /// The steps of one file, measured on the wrist analyzer's detected contacts.
    public struct FileSteps: Sendable {
        /// The file's name, e.g. `person3_heelstrike`.
        public var name: String
        /// The participant.
        public var person: Int
        /// Whether the file is the heel-strike one.
        public var isHeel: Bool
        /// Features of every measurable step.
        public var features: [WristStrikeFeatures]
    }

    /// The outcome for one held-out file.
    public struct FileResult: Sendable {
        /// The file's name.
        public var name: String
        /// The held-out participant.
        public var person: Int
        /// Whether the file is the heel-strike one.
        public var isHeel: Bool
        /// Steps measured.
        public var steps: Int
        /// Fraction of steps whose own probability falls on the right side of 0.5.
        public var stepAccuracy: Double
        /// Mean heel probability over the file's steps.
        public var meanHeelProbability: Double
        /// Whether the file as a whole is called right (mean probability on the right side of 0.5).
        public var fileCorrect: Bool { (meanHeelProbability > 0.5) == isHeel }
    }

    /// Detects the contacts of each file's recording (wrist analyzer) and measures their features.
    public static func steps(of files: [StrikeWatchFile]) throws -> [FileSteps] {
        try files.map { file in
            let analysis = try GaitAnalyzer(configuration: .init(placement: .wrist)).analyze(file.recording)
            let positions = analysis.events.filter { $0.kind == .initialContact }
                .map { ($0.time - file.recording.startTime) * file.recording.sampleRate }
            let features = WristStrikeFeatures.measure(file.recording, contactPositions: positions).compactMap { $0 }
            return FileSteps(name: file.name, person: file.person, isHeel: file.strike == .heel, features: features)
        }
    }

    /// Training examples from files, every file weighing 1 in total.
    public static func examples(_ files: [FileSteps]) -> [WristStrikeModel.Example] {
        files.flatMap { file in
            file.features.map { .init(features: $0, isHeel: file.isHeel, weight: 1 / Double(file.features.count)) }
        }
    }

    /// Leave-one-person-out results, one per file, persons in ascending order.
    public static func leaveOnePersonOut(_ files: [FileSteps], ridge: Double = 1) throws -> [FileResult] {
        let persons = Set(files.map(\.person)).sorted()
        var results: [FileResult] = []
        for person in persons {
            let model = try WristStrikeModel.fit(examples(files.filter { $0.person != person }), ridge: ridge)
            for file in files where file.person == person && !file.features.isEmpty {
                let probabilities = file.features.map(model.probabilityOfHeel)
                let right = probabilities.count { ($0 > 0.5) == file.isHeel }
                results.append(FileResult(
                    name: file.name, person: person, isHeel: file.isHeel, steps: probabilities.count,
                    stepAccuracy: Double(right) / Double(probabilities.count),
                    meanHeelProbability: probabilities.reduce(0, +) / Double(probabilities.count)))
            }
        }
        return results
    }
}
