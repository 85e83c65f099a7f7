import Foundation
import GaitDatasets
import RetroGait

/// `strikewatch2025-wrist-running-footstrike`: wrist, outdoor running; per-file heel/forefoot label, no
/// event reference. Reports the wrist strike model subject-wise and the cadence found (not accuracy).
enum StrikeWatchSection {
    static let assumedSampleRate = 100.0

    static func render(folder: URL?) async -> String {
        var text = "## strikewatch2025 — wrist, outdoor running\n\n"
        guard let folder else { return text + "Data folder not found: section skipped.\n" }
        let files: [StrikeWatchFile]
        do {
            files = try StrikeWatch2025.load(from: folder, assumedSampleRate: assumedSampleRate)
        } catch {
            return text + "Could not load the data set: \(error)\n"
        }
        text += strikeSection(files)
        let cadences = await concurrentMap(files, width: 2) { file -> Double? in
            let analyzer = GaitAnalyzer(configuration: .init(placement: .wrist))
            return (try? analyzer.analyze(file.recording))?.summary.cadenceStepsPerMinute
        }
        let found = cadences.compactMap { $0 }.sorted()
        text += """

            ### Cadence (no reference)

            **No reference: these figures are not accuracy.** \(files.count) files (persons 1–6, heel and forefoot
            strike), acceleration clipped at ±2 g, sample rate not documented — assumed \(Format.number(assumedSampleRate, 0)) Hz
            (cadence scales with that assumption). Detected median cadence was found in \(found.count) of \(files.count) files
            """
        if let low = found.first, let high = found.last {
            let middle = found.count / 2
            let median = found.count % 2 == 1 ? found[middle] : (found[middle - 1] + found[middle]) / 2
            text += ": range \(Format.number(low)) – \(Format.number(high)) steps/min, median \(Format.number(median))"
        }
        return text + ".\n"
    }

    /// Leave-one-person-out heel vs forefoot, one row per held-out file.
    static func strikeSection(_ files: [StrikeWatchFile]) -> String {
        var text = """
            ### Heel vs forefoot strike, leave-one-person-out

            Wrist strike model (`WristStrikeModel`: logistic regression on crest factor, impact sharpness, unloaded
            share and cadence per stride, fitted in the package by IRLS through LAPACKE). Each person is held out in
            turn: the model is refitted on the other five persons' steps (every file weighing the same) and classifies
            the held-out person's steps; a file is called by the mean heel probability of its steps. Target (issue 5):
            ≥ 85 % of files.


            """
        let steps: [StrikeWatchCrossValidation.FileSteps]
        let results: [StrikeWatchCrossValidation.FileResult]
        do {
            steps = try StrikeWatchCrossValidation.steps(of: files)
            results = try StrikeWatchCrossValidation.leaveOnePersonOut(steps)
        } catch {
            return text + "Could not evaluate: \(error)\n"
        }
        var table = MarkdownTable(
            header: ["held-out file", "label", "steps", "step accuracy", "mean P(heel)", "file"], leftAligned: [0, 1, 5])
        for result in results {
            table.rows.append([
                result.name, result.isHeel ? "heel" : "forefoot", "\(result.steps)", Format.percent(result.stepAccuracy),
                Format.ratio(result.meanHeelProbability), result.fileCorrect ? "right" : "**wrong**",
            ])
        }
        text += table.rendered
        let persons = Set(results.map(\.person)).sorted()
        let bothRight = persons.count { person in results.filter { $0.person == person }.allSatisfy(\.fileCorrect) }
        let right = results.count(where: \.fileCorrect)
        let stepCount = results.reduce(0) { $0 + $1.steps }
        let rightSteps = results.reduce(0.0) { $0 + $1.stepAccuracy * Double($1.steps) }
        let higherCrest = persons.count { heelExceedsForefoot(steps, person: $0, \.crestFactor) == true }
        let lowerCadence = persons.count { heelExceedsForefoot(steps, person: $0, \.cadence) == false }
        let higherUnloaded = persons.count { heelExceedsForefoot(steps, person: $0, \.unloadedShare) == true }
        let unloadedIndex = WristStrikeFeatures.names.firstIndex(of: "unloaded_share") ?? 2
        let unloadedCoefficient = WristStrikeModel.strikeWatch2025.coefficients[unloadedIndex]
        text += """

            Per file: **\(right) of \(results.count) (\(Format.percent(Double(right) / Double(max(1, results.count)))))**; \
            persons with both files right: \(bothRight) of \(persons.count); per step: \
            \(Format.percent(rightSteps / Double(max(1, stepCount)))) of \(stepCount) steps. The heel file has the higher mean
            crest factor for \(higherCrest) of \(persons.count) persons, the lower mean cadence for \(lowerCadence) of \(persons.count) and the higher
            mean unloaded share for \(higherUnloaded) of \(persons.count), but the persons differ more from each other than the two styles
            do, so a model that has never seen the runner can misplace whole files. The committed model's
            coefficient on the unloaded share is \(Format.ratio(unloadedCoefficient)) (\(unloadedCoefficient < 0 ? "toward forefoot" : "toward heel")): across
            persons the trend \(unloadedCoefficient < 0 ? "runs against" : "follows") the one within each person. The committed model
            (`WristStrikeModel.strikeWatch2025`, fitted on all six persons by `swift run -c release WristStrikeFit`)
            is the one the analyzer uses for wrist steps.

            """
        return text
    }

    /// Whether the person's heel file has a higher mean of `feature` than the forefoot file (nil if missing).
    private static func heelExceedsForefoot(
        _ files: [StrikeWatchCrossValidation.FileSteps], person: Int, _ feature: KeyPath<WristStrikeFeatures, Double>
    ) -> Bool? {
        func mean(_ heel: Bool) -> Double? {
            guard let file = files.first(where: { $0.person == person && $0.isHeel == heel }), !file.features.isEmpty
            else { return nil }
            return file.features.reduce(0) { $0 + $1[keyPath: feature] } / Double(file.features.count)
        }
        guard let heel = mean(true), let forefoot = mean(false) else { return nil }
        return heel > forefoot
    }
}
