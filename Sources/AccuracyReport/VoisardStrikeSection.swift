import Foundation
import GaitDatasets
import RetroGait

/// Foot strike on the voisard2023 foot sensors: healthy adults walking overground land on the heel,
/// so the share of contacts called heel is a plausibility check of the foot classifiers on real
/// walkers, with the gyroscope (landing rotation) and with the gyroscope channels dropped (the
/// accelerometer model, fitted on simulated recordings only). The data set has no strike labels.
/// Contacts inside the trial's U-turn (a 180° pivot) are also counted apart from
/// those of the two straight walks. The same contacts' direction (no mounting declared: the foot's
/// swing turn with the gyroscope) checks the single-bout direction on real walkers, who walk forward,
/// and so do the lower back's contacts (the trunk's lean, accelerometer only).
enum VoisardStrikeSection {
    /// Where in the trial a contact lies.
    enum Stretch: String, CaseIterable {
        case all = "all"
        case straight = "straight walks"
        case turn = "U-turn"
        case matched = "within 50 ms of a reference heel strike"
        case unmatched = "no reference heel strike within 50 ms"
    }

    /// How far (s) a detected contact may lie from its foot's nearest reference heel strike to count as on one.
    static let referenceTolerance = 0.050

    /// The foot sensors' axis toward the toes: the travel the gyroscope's swing path measures points
    /// within 25–55° of -x in every file (its x part −0.57 to −0.91).
    static let voisardFootForwardAxis = SensorAxis.minusX

    /// The lower-back sensor's axis toward the front: the MTw's z axis is normal to its case, which lies
    /// on the sacrum, so -z points forward out of the body's back.
    static let voisardLowerBackForwardAxis = SensorAxis.minusZ

    /// How many of the recording's detected contacts take each direction (none when the analysis fails).
    static func directionCounts(_ recording: Recording, _ configuration: GaitAnalyzer.Configuration) -> [Direction: Int] {
        guard let analysis = try? GaitAnalyzer(configuration: configuration).analyze(recording) else { return [:] }
        var directions: [Direction: Int] = [:]
        for event in analysis.events where event.kind == .initialContact { directions[event.direction, default: 0] += 1 }
        return directions
    }

    /// A direction table row: the label, the contacts and the forward / backward / unknown shares.
    static func directionRow(_ label: String, _ tallies: [[Direction: Int]]) -> [String] {
        var total: [Direction: Int] = [:]
        for tally in tallies { for (direction, count) in tally { total[direction, default: 0] += count } }
        let all = total.values.reduce(0, +)
        func share(_ direction: Direction) -> String {
            all > 0 ? Format.percent(Double(total[direction, default: 0]) / Double(all)) : "—"
        }
        return [label, "\(all)", share(.forward), share(.backward), share(.unknown)]
    }

    static func render(trials: [VoisardTrial]) async -> String {
        var cases: [(
            trial: String, recording: Recording, side: Side, gyroscope: Bool, turn: ClosedRange<Double>?, heelStrikes: [Double]
        )] = []
        for trial in trials {
            let turn = trial.uTurnBoundaries.map {
                Double($0.lowerBound) / trial.sampleRate...Double($0.upperBound) / trial.sampleRate
            }
            for sensor in [VoisardSensor.leftFoot, .rightFoot] {
                guard let recording = trial.recordings[sensor] else { continue }
                let heelStrikes = trial.truthEvents.filter { $0.kind == .initialContact && $0.side == sensor.side }.map(\.time)
                cases.append((trial.name, recording, sensor.side, true, turn, heelStrikes))
                if let accelerometerOnly = try? recording.accelerometerOnly() {
                    cases.append((trial.name, accelerometerOnly, sensor.side, false, turn, heelStrikes))
                }
            }
        }
        let tallies = await concurrentMap(cases, width: 2) { item -> ([Stretch: [FootStrike: Int]], [Direction: Int]) in
            let analyzer = GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: item.side))
            guard let analysis = try? analyzer.analyze(item.recording) else { return ([:], [:]) }
            var tally: [Stretch: [FootStrike: Int]] = [:]
            var directions: [Direction: Int] = [:]
            for event in analysis.events where event.kind == .initialContact {
                directions[event.direction, default: 0] += 1
                tally[.all, default: [:]][event.strike, default: 0] += 1
                let onReference = item.heelStrikes.contains { abs($0 - event.time) <= referenceTolerance }
                tally[onReference ? .matched : .unmatched, default: [:]][event.strike, default: 0] += 1
                guard let turn = item.turn else { continue }
                tally[turn.contains(event.time) ? .turn : .straight, default: [:]][event.strike, default: 0] += 1
            }
            return (tally, directions)
        }
        let counts = tallies.map(\.0)
        var table = MarkdownTable(
            header: ["foot sensors", "contacts", "heel", "mid", "toe", "unknown"], leftAligned: [0])
        for gyroscope in [true, false] {
            for stretch in Stretch.allCases {
                var total: [FootStrike: Int] = [:]
                for (item, tally) in zip(cases, counts) where item.gyroscope == gyroscope {
                    for (strike, count) in tally[stretch] ?? [:] { total[strike, default: 0] += count }
                }
                let all = total.values.reduce(0, +)
                func share(_ strike: FootStrike) -> String {
                    all > 0 ? Format.percent(Double(total[strike, default: 0]) / Double(all)) : "—"
                }
                let sensors = gyroscope ? "with gyroscope" : "accelerometer only"
                table.rows.append([
                    stretch == .all ? sensors : "\(sensors), \(stretch.rawValue)", "\(all)", share(.heel), share(.mid),
                    share(.toe), share(.unknown),
                ])
            }
        }
        // Where the accelerometer model's non-heel calls gather: the trial with the most of them.
        func nonHeel(_ trial: String, gyroscope: Bool) -> Int {
            zip(cases, counts).filter { $0.0.trial == trial && $0.0.gyroscope == gyroscope }
                .reduce(0) { $0 + ($1.1[.all]?[.toe] ?? 0) + ($1.1[.all]?[.mid] ?? 0) }
        }
        let names = trials.map(\.name)
        let allNonHeel = names.reduce(0) { $0 + nonHeel($1, gyroscope: false) }
        let inTurns = zip(cases, counts).filter { !$0.0.gyroscope }
            .reduce(0) { $0 + ($1.1[.turn]?[.toe] ?? 0) + ($1.1[.turn]?[.mid] ?? 0) }
        var concentration = ""
        if let worst = names.max(by: { nonHeel($0, gyroscope: false) < nonHeel($1, gyroscope: false) }), allNonHeel > 0 {
            concentration = "Of the \(allNonHeel) accelerometer-only toe and mid calls, \(nonHeel(worst, gyroscope: false)) "
                + "are in one trial (\(worst)), where the gyroscope calls \(nonHeel(worst, gyroscope: true)) of its contacts toe or mid, "
                + "and \(inTurns) in U-turns.\n\n"
        }
        var directionTable = MarkdownTable(
            header: ["sensors", "contacts", "forward", "backward", "unknown"], leftAligned: [0])
        for gyroscope in [true, false] {
            directionTable.rows.append(directionRow(
                gyroscope ? "with gyroscope" : "accelerometer only",
                zip(cases, tallies).filter { $0.0.gyroscope == gyroscope }.map(\.1.1)))
        }
        // With a declared mounting: the feet's sensors (Xsens MTw) are worn with -x toward the toes (the axis
        // nearest the travel measured with the gyroscope in all 24 files), so direction is the travel's sign.
        let declared = SensorMounting(forwardAxis: voisardFootForwardAxis)
        let axisTallies = await concurrentMap(cases, width: 2) { item in
            directionCounts(item.recording, .init(placement: .foot, sensorSide: item.side, mounting: declared))
        }
        for gyroscope in [true, false] {
            directionTable.rows.append(directionRow(
                (gyroscope ? "with gyroscope" : "accelerometer only") + ", `--forward-axis \(voisardFootForwardAxis.rawValue)`",
                zip(cases, axisTallies).filter { $0.0.gyroscope == gyroscope }.map(\.1)))
        }
        // The lower back's front is the trunk's lean between standing and walking (accelerometer only).
        let lowerBacks = trials.compactMap { trial -> (trial: String, recording: Recording)? in
            guard let accelerometerOnly = try? trial.recordings[.lowerBack]?.accelerometerOnly() else { return nil }
            return (trial.name, accelerometerOnly)
        }
        let trunkTallies = await concurrentMap(lowerBacks.map(\.recording), width: 2) { recording in
            directionCounts(recording, .init(placement: .lowerBack, sensorSide: .unknown))
        }
        directionTable.rows.append(directionRow("lower back, accelerometer only", trunkTallies))
        // Declared: the MTw's z axis is normal to its case, so on the sacrum -z points to the front.
        let trunkDeclared = SensorMounting(forwardAxis: voisardLowerBackForwardAxis)
        let trunkAxisTallies = await concurrentMap(lowerBacks.map(\.recording), width: 2) { recording in
            directionCounts(recording, .init(placement: .lowerBack, sensorSide: .unknown, mounting: trunkDeclared))
        }
        directionTable.rows.append(directionRow(
            "lower back, accelerometer only, `--forward-axis \(voisardLowerBackForwardAxis.rawValue)`", trunkAxisTallies))
        // Per trial: the direction most of its contacts take.
        let directions: [Direction] = [.forward, .backward, .unknown]
        var trialsBy: [Direction: [String]] = [:]
        for (item, tally) in zip(lowerBacks, trunkTallies) {
            // Ties go to the first in `directions` order (a dictionary's own order changes between runs).
            guard let top = tally.values.max(), top > 0,
                  let most = directions.first(where: { tally[$0] == top }) else { continue }
            trialsBy[most, default: []].append(item.trial)
        }
        let byTrial = directions.map { direction in
            let names = trialsBy[direction] ?? []
            return "\(names.count) \(direction.rawValue)" + (direction == .backward && !names.isEmpty ? " (\(names.joined(separator: ", ")))" : "")
        }.joined(separator: ", ")
        return """
            ### Foot strike on real walkers (no strike labels)

            Healthy adults walking overground land on the heel, so the share of the 24 foot recordings'
            detected contacts called heel is a plausibility check on real data: with the gyroscope (the
            landing rotation) and with the gyroscope channels dropped (`ContactStrikeModel`, fitted on
            simulated recordings only). Contacts inside the trial's `UTurnBoundaries` (a 180° pivot) are
            also counted apart from those of the two straight walks, and so are the contacts within 50 ms of
            a reference heel strike of their foot and those without one (missed timing or no real contact):
            the second kind tells how many of the non-heel calls come from the contact detection rather than
            the strike classifier.


            """ + table.rendered + "\n" + concentration + """
            Direction of the same contacts, no mounting declared: the walkers walk forward and a trial has no
            backward part to contrast with, so its direction rests on the foot's anatomical front (the swing
            turn, which needs the gyroscope) or, accelerometer only, on the first half of each swing: a forward
            foot lifts steeply toe-down and the mean specific force stays near the foot-flat up along the travel
            (at most 20°, bout median, to be called forward; 32° or more along it is backward). With the mounting
            declared (`--forward-axis \(voisardFootForwardAxis.rawValue)`, the sensor axis nearest the toes: the travel measured
            with the gyroscope points along it in all 24 files) the direction is the sign of the travel along it:
            the swing's path from foot-flat to the next landing, its orientation tracked by the gyroscope or,
            without one, held at foot-flat's. The lower back's contacts (same trials)
            rest on the trunk's lean between standing and walking (under 3° only where the trunk's sway phase
            agrees) and on that phase alone where it lies 12° or more beyond the quadrature (see below), or with `--forward-axis \(voisardLowerBackForwardAxis.rawValue)` (the
            sensor's z axis is normal to its case, lying on the sacrum) on the sign of the travel along it (each
            contact brakes, then propels).


            """ + directionTable.rendered + "\nLower back by trial (most of its contacts): \(byTrial).\n\n"
    }
}
