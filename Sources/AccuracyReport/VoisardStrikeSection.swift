import Foundation
import GaitDatasets
import RetroGait

/// Foot strike on the voisard2023 foot sensors: healthy adults walking overground land on the heel,
/// so the share of contacts called heel is a plausibility check of the foot classifiers on real
/// walkers, with the gyroscope (landing rotation) and with the gyroscope channels dropped (the
/// accelerometer model, fitted on simulated recordings only). The data set has no strike labels.
enum VoisardStrikeSection {
    static func render(trials: [VoisardTrial]) async -> String {
        var cases: [(recording: Recording, side: Side, gyroscope: Bool)] = []
        for trial in trials {
            for sensor in [VoisardSensor.leftFoot, .rightFoot] {
                guard let recording = trial.recordings[sensor] else { continue }
                cases.append((recording, sensor.side, true))
                if let accelerometerOnly = try? Recording(
                    sampleRate: recording.sampleRate, startTime: recording.startTime, acceleration: recording.acceleration,
                    placement: recording.placement, sourceUnit: recording.sourceUnit) {
                    cases.append((accelerometerOnly, sensor.side, false))
                }
            }
        }
        let counts = await concurrentMap(cases, width: 2) { item -> [FootStrike: Int] in
            let analyzer = GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: item.side))
            guard let analysis = try? analyzer.analyze(item.recording) else { return [:] }
            var tally: [FootStrike: Int] = [:]
            for event in analysis.events where event.kind == .initialContact { tally[event.strike, default: 0] += 1 }
            return tally
        }
        var table = MarkdownTable(
            header: ["foot sensors", "contacts", "heel", "mid", "toe", "unknown"], leftAligned: [0])
        for gyroscope in [true, false] {
            var total: [FootStrike: Int] = [:]
            for (item, tally) in zip(cases, counts) where item.gyroscope == gyroscope {
                for (strike, count) in tally { total[strike, default: 0] += count }
            }
            let all = total.values.reduce(0, +)
            func share(_ strike: FootStrike) -> String {
                all > 0 ? Format.percent(Double(total[strike, default: 0]) / Double(all)) : "—"
            }
            table.rows.append([
                gyroscope ? "with gyroscope" : "accelerometer only", "\(all)", share(.heel), share(.mid), share(.toe),
                share(.unknown),
            ])
        }
        return """
            ### Foot strike on real walkers (no strike labels)

            Healthy adults walking overground land on the heel, so the share of the 24 foot recordings'
            detected contacts called heel is a plausibility check on real data: with the gyroscope (the
            landing rotation) and with the gyroscope channels dropped (`ContactStrikeModel`, fitted on
            simulated recordings only).


            """ + table.rendered + "\n"
    }
}
