import GaitDatasets
import RetroGait

/// alcantara2022: is the landing–takeoff asymmetry of running a direction cue for a single bout?
///
/// Forward runners at moderate speed push for longer than they brake, and backward runners the other
/// way round (Cavagna, Legramandi & La Torre 2012: in backward running the muscle–tendon units are
/// stretched slowly during the brake and shorten fast during the push). The load above body weight
/// should then lie early in a forward contact and late in a backward one: a cue that needs only the
/// vertical and time's arrow, not the sign of any horizontal axis. Per contact, the centroid of the
/// load above body weight (as a share of the contact, 0.5 = symmetric) is measured on the force
/// treadmill (reference contacts) and at the sacrum (the analyzer's contacts, vertical channel).
enum AlcantaraAsymmetrySection {
    struct TrialShares {
        var trial: AlcantaraTrial
        /// Median centroid share of the reference contacts' force above body weight.
        var force: Double?
        /// Median centroid share of the detected contacts' vertical acceleration above 1 g.
        var sacrum: Double?
    }

    static func render(_ trials: [AlcantaraTrial]) async -> String {
        let shares = await concurrentMap(trials, width: 2) { trial -> TrialShares in
            let force = trial.contacts.filter { !$0.isPartial }.compactMap {
                loadCentroid(trial.normalForce, from: $0.initialContactSample, to: $0.toeOffSample, above: 1)
            }
            var sacrum: [Double] = []
            if let analysis = try? GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(trial.recording) {
                var pending: Int?
                for event in analysis.events {
                    switch event.kind {
                    case .initialContact: pending = event.sampleIndex
                    case .toeOff:
                        guard let start = pending else { continue }
                        pending = nil
                        if let share = loadCentroid(trial.recording.acceleration.x, from: start, to: event.sampleIndex, above: 1) {
                            sacrum.append(share)
                        }
                    }
                }
            }
            return TrialShares(trial: trial, force: median(force), sacrum: median(sacrum))
        }
        var text = """
            ### Landing–takeoff asymmetry: a single-bout direction cue? (per slope)

            Forward runners at moderate speed push for longer than they brake; in backward running the asymmetry is
            reversed (Cavagna et al. 2012). The load above body weight should then lie early in a forward contact and
            late in a backward one, a cue needing only the vertical and time's arrow. Per contact: the centroid of the
            load above body weight as a share of the contact (0.5 = symmetric), on the force treadmill (reference
            contacts) and at the sacrum (detected contacts, vertical acceleration above 1 g); trial medians.


            """
        var table = MarkdownTable(header: [
            "slope °", "trials", "force: median (min–max)", "force < 0.5", "sacrum: median (min–max)", "sacrum < 0.5",
        ])
        for slope in Set(trials.map(\.slope)).sorted() {
            let group = shares.filter { $0.trial.slope == slope }
            table.rows.append([
                Format.signed(slope, 0), "\(group.count)",
                spread(group.compactMap(\.force)), "\(group.count { ($0.force ?? 1) < 0.5 })",
                spread(group.compactMap(\.sacrum)), "\(group.count { ($0.sacrum ?? 1) < 0.5 })",
            ])
        }
        text += table.rendered + "\n"
        let steepest = shares.map(\.trial.slope).max()
        let closest = shares.filter { $0.trial.slope == steepest }.compactMap(\.sacrum).max()
        let forceEarly = shares.count { ($0.force ?? 1) < 0.5 }, sacrumEarly = shares.count { ($0.sacrum ?? 1) < 0.5 }
        text += """
            On this forward runner the load lies early, the forward side of the cue, in \(forceEarly) of \(shares.count) trials on the
            force treadmill and \(sacrumEarly) of \(shares.count) at the sacrum, and the sacrum follows the force plate. But the margin
            shrinks uphill: at \(Format.signed(steepest, 0))° the sacrum's trial medians reach \(Format.ratio(closest)), at the mirror point, so a
            single bout's share could not say "backward" without misreading a forward runner uphill. The simulator's
            backward model has a symmetric loading wave (no such asymmetry), and no backward recording with a reference
            exists, so the cue can be neither tuned nor checked on backward gait: it is not used for direction.


            """
        return text
    }

    /// Centroid of `signal − level` where positive over `start..<end`, as a share of the span; nil when
    /// the span is out of range or never above `level`.
    static func loadCentroid(_ signal: [Float], from start: Int, to end: Int, above level: Float) -> Double? {
        guard start >= 0, end <= signal.count, end - start >= 10 else { return nil }
        var weight = 0.0, moment = 0.0
        for index in start..<end {
            let load = Double(max(0, signal[index] - level))
            weight += load
            moment += load * Double(index - start)
        }
        return weight > 0 ? moment / weight / Double(end - start) : nil
    }

    private static func median(_ values: [Double]) -> Double? { AlcantaraStrikeSection.median(values.sorted()) }

    private static func spread(_ values: [Double]) -> String {
        guard let middle = median(values), let low = values.min(), let high = values.max() else { return "—" }
        return "\(Format.ratio(middle)) (\(Format.ratio(low))–\(Format.ratio(high)))"
    }
}
