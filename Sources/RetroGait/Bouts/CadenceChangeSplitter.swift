import Foundation

/// Rule 1c of ``BoutSegmentation``, for sensors whose travel votes cannot find a reversal (the
/// wrist): a run whose cadence jumps, steady before and steady after, is cut at the jump.
///
/// Turning from forward to backward running (or walking) without a pause changes the step rate
/// at once: backward gait steps faster (DESIGN.md; ≈ 15 % in running). A change of pace within one
/// direction drifts over several steps instead. Rhythm is measured in strides (two consecutive
/// intervals: a wrist's contacts alternate long and short with the arm). A candidate cut at an
/// interval leaves it and the next ones out (``transitionIntervals`` in all: the turn itself is
/// irregular) and compares the median of the ``windowStrides`` strides that end before them with
/// that of the ones that start after; it qualifies when the log ratio is at least ``minimumLogRatio`` and each side is steady
/// (every stride within ``steadiness`` of its side's median, in log ratio) and the stride does not
/// double or halve (``harmonicTolerance``). Qualifying cuts are taken largest jump first, each
/// excluding cuts closer than a window to it.
struct CadenceChangeSplitter {
    var windowStrides = 8
    var minimumLogRatio = 0.09
    var steadiness = 0.06
    var transitionIntervals = 4
    /// A jump within this log distance of a doubling or halving of the stride is not cut: it is the
    /// detector finding every other step (or an extra one per step), not a turn (≈ 1.78–2.25×).
    var harmonicTolerance = 0.12
    /// Largest log period ratio between neighbouring runs of one activity that a change of direction
    /// explains (≈ 1.5×; see ``RhythmContrast/maximumCadenceLogRatio``).
    var maximumNeighbourLogRatio = 0.4

    /// The contact indices (into `contacts`) inside `run` before which the cadence jumps, ascending.
    func splitPoints(_ run: ContactRun, contacts: [DetectedContact]) -> [Int] {
        let w = windowStrides
        let positions = contacts[run.contacts].map(\.position)
        let intervals = zip(positions.dropFirst(), positions).map { $0 - $1 }
        let strides = zip(intervals.dropFirst(), intervals).map { $0 + $1 }
        let gap = max(1, transitionIntervals)
        guard w > 0, strides.count >= 2 * w + gap + 1 else { return [] }
        var candidates: [(position: Int, strength: Double)] = []
        // Interval k runs from contact k to k + 1. Stride j covers intervals j and j + 1, so the
        // strides [k − 1 − w, k − 1) end by contact k and [k + gap, k + gap + w) start at contact k + gap.
        for k in (w + 1)...(strides.count - w - gap) {
            let before = Array(strides[(k - 1 - w)..<(k - 1)])
            let after = Array(strides[(k + gap)..<(k + gap + w)])
            guard let lower = OrderStatistics.median(before), let upper = OrderStatistics.median(after),
                  lower > 0, upper > 0, Self.steady(before, median: lower, within: steadiness),
                  Self.steady(after, median: upper, within: steadiness) else { continue }
            let jump = abs(log(upper / lower))
            if jump >= minimumLogRatio, abs(jump - log(2)) > harmonicTolerance { candidates.append((k, jump)) }
        }
        // The new piece starts in the middle of the intervals left out.
        return StrongestCuts.chosen(candidates, spacing: w).map { run.contacts.lowerBound + $0 + (gap + 1) / 2 }
    }

    /// Whether two neighbouring runs of one activity (split by a short break) step at rates a jump
    /// apart: at least ``minimumLogRatio`` and at most ``maximumNeighbourLogRatio`` (a larger ratio
    /// within one activity is a rhythm counted differently, such as every other step missed, not a turn).
    func jumps(from previous: ContactRun, to next: ContactRun) -> Bool {
        guard previous.eventPeriod > 0, next.eventPeriod > 0 else { return false }
        let jump = abs(log(next.eventPeriod / previous.eventPeriod))
        return jump >= minimumLogRatio && jump <= maximumNeighbourLogRatio
    }

    private static func steady(_ intervals: [Double], median: Double, within tolerance: Double) -> Bool {
        intervals.allSatisfy { $0 > 0 && abs(log($0 / median)) <= tolerance }
    }
}
