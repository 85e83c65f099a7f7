import Foundation
import GaitDatasets
import RetroGait

/// alcantara2022: can a sacrum sensor see the foot strike? Per trial, the impact-to-active peak ratio of
/// the detected contacts (a rearfoot landing's impact peak comes early in the contact, a midfoot or
/// forefoot landing loads in one smooth rise) set against the published shoe-sensor RFS/MFS/FFS shares.
enum AlcantaraStrikeSection {
    /// The early part of a contact searched for the impact peak (fraction of the contact time).
    static let earlyFraction = 0.3

    struct TrialRatio {
        var trial: AlcantaraTrial
        var contacts: Int
        var medianRatio: Double?
    }

    static func render(_ trials: [AlcantaraTrial]) async -> String {
        let ratios = await concurrentMap(trials, width: 2) { trial -> TrialRatio in
            guard let analysis = try? GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(trial.recording)
            else { return TrialRatio(trial: trial, contacts: 0, medianRatio: nil) }
            let values = impactRatios(analysis.events, recording: trial.recording).sorted()
            return TrialRatio(trial: trial, contacts: values.count, medianRatio: median(values))
        }
        var text = """
            ### Foot strike from the sacrum (per trial, vs the published shares)

            The analyzer gives lower-back contacts no strike class (`unknown`). To see whether the sacrum could tell,
            each detected contact (detected IC to detected toe-off) is measured: the largest acceleration
            magnitude in its first \(Format.number(earlyFraction * 100, 0)) % (a rearfoot impact peak) over the largest in the rest (the
            active peak); the trial's median is set against the shoe-sensor shares published with the data.


            """
        var table = MarkdownTable(header: ["row", "slope °", "speed m/s", "RFS/MFS/FFS %", "contacts", "impact/active peak (median)"])
        for entry in ratios.sorted(by: { ($0.trial.slope, $0.trial.speed, $0.trial.row) < ($1.trial.slope, $1.trial.speed, $1.trial.row) }) {
            let share = entry.trial.strikePercent
            table.rows.append([
                "\(entry.trial.row)", Format.number(entry.trial.slope, 0), Format.number(entry.trial.speed, 2),
                "\(Format.number(share.rearfoot, 0))/\(Format.number(share.midfoot, 0))/\(Format.number(share.forefoot, 0))",
                "\(entry.contacts)", Format.ratio(entry.medianRatio),
            ])
        }
        text += table.rendered
        // Majority class: rearfoot when at least half the trial's strikes were rearfoot.
        let rearfoot = ratios.filter { $0.trial.strikePercent.rearfoot >= 50 }.compactMap(\.medianRatio)
        let other = ratios.filter { $0.trial.strikePercent.rearfoot < 50 }.compactMap(\.medianRatio)
        let uphillRearfoot = ratios.filter { $0.trial.strikePercent.rearfoot >= 50 && $0.trial.slope > 0 }
            .compactMap(\.medianRatio)
        let slopes = Set(ratios.map(\.trial.slope)).sorted()
        let bySlope = slopes.compactMap { slope in
            median(ratios.filter { $0.trial.slope == slope && $0.trial.strikePercent.rearfoot >= 50 }.compactMap(\.medianRatio).sorted())
                .map { (slope, $0) }
        }
        let falling = zip(bySlope, bySlope.dropFirst()).allSatisfy { $0.1 > $1.1 }
        text += "\nMedian ratio of the rearfoot-majority trials per slope: "
            + bySlope.map { "\(Format.signed($0.0, 0))°: \(Format.ratio($0.1))" }.joined(separator: ", ")
            + (falling ? " — falling with every step uphill.\n\n" : ".\n\n")
        if let all = separability(higher: rearfoot, lower: other), let uphill = separability(higher: uphillRearfoot, lower: other) {
            text += """
                Separability of rearfoot-majority (\(rearfoot.count)) from midfoot-majority (\(other.count)) trials by this ratio (probability that
                a random rearfoot trial has the higher ratio; 1 = perfect, 0.5 = none): **\(Format.ratio(all))** over all slopes,
                **\(Format.ratio(uphill))** between the +5° rearfoot trials (\(uphillRearfoot.count)) and the +10° midfoot ones, the only comparison that
                is not mostly slope. All midfoot-majority trials are at +10° and none of the +10° trials is rearfoot-majority,
                so the ratio's order over all trials is the slope's, and where slope is nearly matched it does not rank
                the strikes: what the sacrum shows here is the slope's loading, not the strike: the sacrum sensor (20 Hz low-passed by the authors) cannot tell this
                runner's rearfoot from midfoot landings, and no strike class is given for lower-back sensors.

                """
        }
        return text
    }

    /// Impact-to-active peak ratio of each detected contact with a toe-off.
    static func impactRatios(_ events: [GaitEvent], recording: Recording) -> [Double] {
        let magnitude = recording.acceleration.magnitude()
        var ratios: [Double] = []
        var pending: Int?
        for event in events {
            switch event.kind {
            case .initialContact: pending = event.sampleIndex
            case .toeOff:
                guard let start = pending, event.sampleIndex - start >= 10, event.sampleIndex <= magnitude.count else { continue }
                pending = nil
                let split = start + Int(earlyFraction * Double(event.sampleIndex - start))
                let early = magnitude[start..<split].max() ?? 0
                let late = magnitude[split..<event.sampleIndex].max() ?? 0
                if late > 0 { ratios.append(Double(early / late)) }
            }
        }
        return ratios
    }

    /// P(a value of `higher` > a value of `lower`), ties counting half; nil when either is empty.
    static func separability(higher: [Double], lower: [Double]) -> Double? {
        guard !higher.isEmpty, !lower.isEmpty else { return nil }
        var wins = 0.0
        for a in higher { for b in lower { wins += a > b ? 1 : (a == b ? 0.5 : 0) } }
        return wins / Double(higher.count * lower.count)
    }

    /// The middle of values sorted ascending (mean of the two middle ones for an even count).
    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
