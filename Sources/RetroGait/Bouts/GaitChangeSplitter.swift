/// Rule 1d of ``BoutSegmentation``, at a foot or shank: a run of contacts that walks steadily on one
/// side and runs steadily on the other, with no pause between (a run slowing straight into a walk),
/// is cut where the gait changes.
///
/// Walking and running are two gaits, not two paces of one: a walker always has a foot on the ground
/// (each foot's contact lasts more than half its stride, the double support), a runner has a flight
/// between steps (contact less than half the stride), and people walk below and run above about
/// 120–150 steps/min (``ActivityClassifier/runningCadence``). The change from one to the other takes
/// a step or two, not a drift over many. So a stride is labelled by its cadence, and a cut qualifies
/// where the ``windowIntervals`` intervals before it and those after it (``transitionIntervals`` left
/// out between them: the change itself is irregular) are each at least ``minimumLabelShare``
/// of one label, opposite labels, and each window's median duty factor (contact over stride, from the
/// detected toe-offs) lies on its label's side of one half. A window with too few toe-offs does not
/// qualify: no cut without both cues. The cut falls in the middle of the intervals left out, at the
/// best-labelled candidate (the middle of neighbours labelled as well); further cuts keep a window away.
///
/// A detector that finds every other contact halves the cadence but also the duty factor, so it
/// is not taken for a walk; a pace that drifts across the cadence boundary leaves windows of mixed
/// labels, and one gait keeps one duty factor.
struct GaitChangeSplitter {
    var windowIntervals = 6
    var transitionIntervals = 2
    var minimumLabelShare = 0.8
    /// Step cadence (steps/min) from which a stride is running.
    var runningCadence = ActivityClassifier(placement: .foot).runningCadence

    /// The contact indices (into `contacts`) inside `run` before which its gait changes between
    /// walking and running, ascending. `stepsPerEvent` steps make one detector event period.
    func splitPoints(_ run: ContactRun, contacts: [DetectedContact], stepsPerEvent: Int, sampleRate: Double) -> [Int] {
        let w = windowIntervals, gap = max(0, transitionIntervals)
        let first = run.contacts.lowerBound
        let count = run.contacts.count - 1
        guard w > 0, count >= 2 * w + gap else { return [] }
        let runningInterval = 60 * Double(stepsPerEvent) * sampleRate / runningCadence
        var running: [Bool] = []
        var duty: [Double?] = []
        running.reserveCapacity(count)
        duty.reserveCapacity(count)
        for k in 0..<count {
            let contact = contacts[first + k]
            let interval = contacts[first + k + 1].position - contact.position
            running.append(interval <= runningInterval)
            // One foot's contact over its stride (two steps).
            let contactSamples = contact.toeOffPosition.map { $0 - contact.position }
            duty.append(contactSamples.flatMap { samples in
                samples > 0 && samples < interval * 2 / Double(stepsPerEvent)
                    ? samples * Double(stepsPerEvent) / (2 * interval) : nil
            })
        }
        // Intervals labelled running among the first k.
        var runningPrefix = [0]
        runningPrefix.reserveCapacity(count + 1)
        for label in running { runningPrefix.append(runningPrefix[runningPrefix.count - 1] + (label ? 1 : 0)) }

        var candidates: [(cut: Int, share: Double)] = []
        for k in w...(count - w - gap) {
            let leftRunning = Double(runningPrefix[k] - runningPrefix[k - w]) / Double(w)
            let rightRunning = Double(runningPrefix[k + gap + w] - runningPrefix[k + gap]) / Double(w)
            let leftRuns = leftRunning >= 0.5, rightRuns = rightRunning >= 0.5
            guard leftRuns != rightRuns else { continue }
            let leftShare = leftRuns ? leftRunning : 1 - leftRunning
            let rightShare = rightRuns ? rightRunning : 1 - rightRunning
            guard leftShare >= minimumLabelShare, rightShare >= minimumLabelShare,
                  Self.dutyAgrees(duty[(k - w)..<k], running: leftRuns),
                  Self.dutyAgrees(duty[(k + gap)..<(k + gap + w)], running: rightRuns) else { continue }
            candidates.append((k, leftShare + rightShare))
        }
        // The best-labelled candidate first; among neighbours labelled as well, the middle one.
        var chosen: [Int] = []
        var remaining = candidates
        while let best = remaining.max(by: { ($0.share, -$0.cut) < ($1.share, -$1.cut) }) {
            var last = best.cut
            while remaining.contains(where: { $0.cut == last + 1 && $0.share == best.share }) { last += 1 }
            let cut = (best.cut + last) / 2
            chosen.append(cut)
            remaining.removeAll { abs($0.cut - cut) < w }
        }
        // Interval k runs from contact k to k + 1: the new piece starts in the middle of those left out.
        return chosen.sorted().map { first + $0 + (gap + 1) / 2 }
    }

    /// Whether the window's median duty factor lies on its label's side of one half, with toe-offs
    /// for at least half of its intervals.
    private static func dutyAgrees(_ window: ArraySlice<Double?>, running: Bool) -> Bool {
        let known = window.compactMap { $0 }
        guard 2 * known.count >= window.count, let median = OrderStatistics.median(known) else { return false }
        return running ? median < 0.5 : median > 0.5
    }
}
