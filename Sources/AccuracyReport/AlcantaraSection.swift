import Foundation
import GaitDatasets
import RetroGait

/// `alcantara2022-sacrum-running-grf`: sacral acceleration vs force-treadmill contacts, 31 × 5 s.
enum AlcantaraSection {
    static let tolerance = 0.040

    static func render(folder: URL?) async -> String {
        var text = "## alcantara2022 — sacrum, treadmill running, force-plate contacts\n\n"
        guard let folder else { return text + "Data folder not found: section skipped.\n" }
        let trials: [AlcantaraTrial]
        do {
            trials = try Alcantara2022.load(from: folder)
        } catch {
            return text + "Could not load the data set: \(error)\n"
        }
        text += """
            31 trials of 5 s (2480 samples at 500 Hz; x = vertical, y = anteroposterior, z = 0; lower back),
            one subject, 2.5–4.17 m/s, slopes 0/±5/±10°. Truth: force-treadmill contacts (normal GRF > 0.05 BW,
            see the folder README). Edges: a contact cut by the window start has no real initial contact and
            one cut by the window end has no real toe-off, so those events are not in the truth; in addition,
            events within one tolerance (\(Format.number(tolerance * 1000, 0)) ms) of either window edge take
            part in matching but are not scored (the scoring window is [tol, end − tol]). Partial contacts
            therefore never enter contact-time statistics. Cadence: the scored initial contacts counted over
            the time they span, detected vs force plate, per trial.


            """
        let cases = trials.map { trial in
            RecordingEvaluation(
                name: "row \(trial.row)", recording: trial.recording, placement: .lowerBack, sensorSide: .unknown,
                truth: trial.truthEvents, scoringWindow: trial.scoringWindow(margin: tolerance))
        }
        let results = await concurrentMap(cases, width: 2) { $0.run(tolerances: [tolerance]) }

        var total = RowAccumulator()
        var perTrial = MarkdownTable(header: [
            "row", "speed m/s", "slope °", "strike (RFS/MFS/FFS %)", "truth IC", "IC F1", "median abs IC err ms",
            "IC bias ms", "contact-time MAE ms (n)", "force-plate cadence spm", "detected cadence spm", "cadence err spm",
        ])
        for (trial, result) in zip(trials, results) {
            var row = RowAccumulator()
            switch result {
            case .success(let evaluations): row.add(evaluations[0])
            case .failure(let error): row.addFailure("row \(trial.row)", error.description)
            }
            total.merge(row)
            guard case .success(let evaluations) = result else { continue }
            let evaluation = evaluations[0]
            let percent = trial.strikePercent
            let strike = "\(Format.number(percent.rearfoot, 0))/\(Format.number(percent.midfoot, 0))/\(Format.number(percent.forefoot, 0))"
            let contact = evaluation.contactTime.statistics
            perTrial.rows.append([
                "\(trial.row)", Format.number(trial.speed, 2), Format.number(trial.slope, 0), strike,
                "\(evaluation.initialContacts.detection.truthCount)", Format.ratio(evaluation.initialContacts.detection.f1),
                Format.number(evaluation.initialContacts.timing.medianAbsoluteErrorMs),
                Format.signed(evaluation.initialContacts.timing.meanBiasMs),
                contact.count > 0 ? "\(Format.number(contact.meanAbsoluteErrorMs)) (\(contact.count))" : "—",
                Format.number(evaluation.cadence.truthStepsPerMinute), Format.number(evaluation.cadence.detectedStepsPerMinute),
                Format.signed(evaluation.cadence.errorStepsPerMinute),
            ])
        }
        var summary = MarkdownTable(header: ["data set", "placement"] + ReportColumns.header, leftAligned: [0, 1])
        summary.rows.append(["alcantara2022 (31 trials)", "lower back (sacrum)"]
            + ReportColumns.cells(total, toleranceMs: tolerance * 1000))
        text += summary.rendered + "\n"
        if let strike = total.strike, strike.evaluated > 0 {
            text += "Foot strike over the \(strike.evaluated) matched ICs of single-class (100 %) trials: "
            text += "\(ReportColumns.classification(strike)). "
            text += "Trial labels are shoe-sensor derived and confounded with slope (all midfoot trials are +10°).\n\n"
        }
        text += failures(total)
        text += "<details><summary>Per trial</summary>\n\n" + perTrial.rendered + "\n</details>\n\n"
        text += await AlcantaraStrikeSection.render(trials)
        text += await AlcantaraAsymmetrySection.render(trials)
        return text
    }

    static func failures(_ row: RowAccumulator) -> String {
        row.failures.isEmpty ? "" : "Analysis failed for: " + row.failures.joined(separator: "; ") + "\n\n"
    }
}
