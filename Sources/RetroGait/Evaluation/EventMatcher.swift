/// One-to-one matching of detected event times to ground-truth event times within a tolerance window.
///
/// ## Algorithm
/// The matching is **optimal**: among all one-to-one pairings in which every pair is at most
/// `tolerance` apart (inclusive), it returns one with the **largest number of pairs**, and among those
/// the one with the **smallest total |detected − truth|**. Ties beyond that are broken deterministically.
///
/// In one dimension an optimal pairing never needs to cross (if truth a < b and detection c < d, pairing
/// a–c and b–d is never worse and stays within the tolerance), so a dynamic programme over the two
/// time-sorted lists finds it. Only detections within the tolerance of a truth event can pair with it,
/// and those form a window that slides forward with time, so the programme visits each truth event's
/// window once.
///
/// Cost: O(n log n + m log m) to sort, then O(n + m + k) time and memory, where k is the number of
/// (truth, detection) pairs within the tolerance — linear whenever events of one list are spaced more
/// widely than the tolerance, as steps are.
public enum EventMatcher {
    /// Matches `detected` times to `truth` times.
    ///
    /// - Parameters:
    ///   - truth: reference event times in seconds, in any order. Non-finite times never match.
    ///   - detected: detected event times in seconds, in any order. Non-finite times never match.
    ///   - tolerance: the largest allowed |detected − truth| in seconds (inclusive); negative means 0.
    /// - Returns: the pairs (indices into the inputs) in truth-time order, and the unmatched indices.
    public static func match(truth: [Double], detected: [Double], tolerance: Double) -> EventMatching {
        let tolerance = tolerance.isFinite ? max(tolerance, 0) : 0
        let truthOrder = sortedFiniteIndices(truth)
        let detectedOrder = sortedFiniteIndices(detected)
        let t = truthOrder.map { truth[$0] }
        let d = detectedOrder.map { detected[$0] }

        var pairs: [EventPair] = []
        for (i, j) in BandedMatching(truth: t, detected: d, tolerance: tolerance).solve() {
            let (ti, dj) = (truthOrder[i], detectedOrder[j])
            pairs.append(EventPair(truthIndex: ti, detectedIndex: dj, truthTime: truth[ti], detectedTime: detected[dj]))
        }
        var truthMatched = [Bool](repeating: false, count: truth.count)
        var detectedMatched = [Bool](repeating: false, count: detected.count)
        for pair in pairs {
            truthMatched[pair.truthIndex] = true
            detectedMatched[pair.detectedIndex] = true
        }
        return EventMatching(
            tolerance: tolerance,
            pairs: pairs,
            unmatchedTruth: truth.indices.filter { !truthMatched[$0] },
            unmatchedDetected: detected.indices.filter { !detectedMatched[$0] })
    }

    /// Indices of the finite values, sorted by value (stable: equal values keep input order).
    private static func sortedFiniteIndices(_ values: [Double]) -> [Int] {
        values.indices.filter { values[$0].isFinite }.sorted { (values[$0], $0) < (values[$1], $1) }
    }
}

/// The dynamic programme behind ``EventMatcher``, on sorted finite times.
///
/// `f(i, j)` is the best score using truths `0...i` and detections `0..<j`. Row `i` only needs
/// `j` in `lo[i]...hi[i]`, where detections `lo[i]..<hi[i]` are those within the tolerance of truth `i`:
/// below `lo[i]` truth `i` cannot pair, so `f(i, j) = f(i-1, j)`; above `hi[i]` no truth up to `i` can
/// pair, so `f(i, j) = f(i, hi[i])`.
struct BandedMatching {
    /// Number of pairs (more is better), then total |error| (less is better).
    struct Score: Comparable {
        var pairs: Int
        var cost: Double
        static let zero = Score(pairs: 0, cost: 0)
        static func < (a: Score, b: Score) -> Bool {
            a.pairs != b.pairs ? a.pairs < b.pairs : a.cost > b.cost
        }
    }

    private enum Step: UInt8 { case skipTruth, skipDetection, pair }

    let truth: [Double]
    let detected: [Double]
    let tolerance: Double

    /// Pairs of (truth index, detection index) into the sorted arrays, in time order.
    func solve() -> [(Int, Int)] {
        let n = truth.count
        guard n > 0, !detected.isEmpty else { return [] }
        var lo = [Int](repeating: 0, count: n)
        var hi = [Int](repeating: 0, count: n)
        var a = 0, b = 0
        for i in 0..<n {
            while a < detected.count, detected[a] < truth[i] - tolerance { a += 1 }
            b = max(b, a)
            while b < detected.count, detected[b] <= truth[i] + tolerance { b += 1 }
            lo[i] = a
            hi[i] = b
        }

        // Rows are stored back to back: row i holds j = lo[i]...hi[i] at offset[i] + (j - lo[i]).
        var offset = [Int](repeating: 0, count: n + 1)
        for i in 0..<n { offset[i + 1] = offset[i] + hi[i] - lo[i] + 1 }
        var score = [Score](repeating: .zero, count: offset[n])
        var step = [Step](repeating: .skipTruth, count: offset[n])

        func previous(_ i: Int, _ j: Int) -> Score {
            guard i > 0 else { return .zero }
            let r = i - 1
            return score[offset[r] + min(j, hi[r]) - lo[r]]
        }

        for i in 0..<n {
            let base = offset[i] - lo[i]
            score[base + lo[i]] = previous(i, lo[i])
            step[base + lo[i]] = .skipTruth
            guard hi[i] > lo[i] else { continue }
            for j in (lo[i] + 1)...hi[i] {
                var best = previous(i, j)
                var choice = Step.skipTruth
                let left = score[base + j - 1]
                if best < left { best = left; choice = .skipDetection }
                var paired = previous(i, j - 1)
                paired.pairs += 1
                paired.cost += abs(detected[j - 1] - truth[i])
                if best < paired { best = paired; choice = .pair }
                score[base + j] = best
                step[base + j] = choice
            }
        }

        var result: [(Int, Int)] = []
        var i = n - 1
        var j = hi[n - 1]
        while i >= 0 {
            j = min(j, hi[i])
            switch step[offset[i] + j - lo[i]] {
            case .skipTruth: i -= 1
            case .skipDetection: j -= 1
            case .pair:
                result.append((i, j - 1))
                i -= 1
                j -= 1
            }
        }
        return result.reversed()
    }
}
