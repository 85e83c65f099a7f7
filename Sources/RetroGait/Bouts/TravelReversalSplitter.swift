/// Rule 1b of ``BoutSegmentation``: a run of contacts whose travel direction turns round (forward
/// running straight into backward running, with no pause) is cut where it turns.
///
/// Each contact's unit travel vote (sensor frame, see ``TravelEstimator``) is compared over
/// ``windowVotes`` votes on either side of every candidate cut: a cut qualifies when both windows
/// agree within themselves (mean resultant at least ``minimumConsistency``) and point opposite
/// ways (cosine at most −``minimumOpposition``). The qualifying cuts are taken best first (most
/// resultant length gained, |left| + |right| − |left + right|), each excluding cuts closer than a
/// window to it, so every piece keeps at least a window of votes. With ``transitionVotes`` the two
/// windows are parted by that many votes, left out (a turn can be irregular for a step or two) and
/// the cut falls in their middle. O(n) with prefix sums.
struct TravelReversalSplitter {
    var windowVotes = 6
    /// Votes left out between the two windows.
    var transitionVotes = 0
    var minimumConsistency: Float = 0.6
    var minimumOpposition: Float = 0.6

    /// Whether two runs' travel estimates each agree within themselves (``minimumConsistency``) and
    /// point opposite ways (``minimumOpposition``), compared as ``DirectionResolver`` groups them.
    func reverses(_ a: TravelEstimate, _ b: TravelEstimate, sameActivity: Bool) -> Bool {
        guard a.consistency >= minimumConsistency, b.consistency >= minimumConsistency,
              (a.oriented && b.oriented) || sameActivity else { return false }
        return DirectionResolver.alignment(a, b) <= -minimumOpposition
    }

    /// The contact indices at which `votes` (time-ordered, one per voting contact) reverse, ascending.
    func splitPoints(_ votes: [(contact: Int, vote: SIMD3<Float>)]) -> [Int] {
        let w = windowVotes, gap = max(0, transitionVotes)
        guard w > 0, votes.count >= 2 * w + gap else { return [] }
        var prefix: [SIMD3<Float>] = [.zero]
        prefix.reserveCapacity(votes.count + 1)
        for entry in votes { prefix.append(prefix[prefix.count - 1] + entry.vote) }
        var candidates: [(position: Int, strength: Float)] = []
        for split in w...(votes.count - w - gap) {
            let left = prefix[split] - prefix[split - w], right = prefix[split + gap + w] - prefix[split + gap]
            guard Vector3.length(left) >= minimumConsistency * Float(w),
                  Vector3.length(right) >= minimumConsistency * Float(w),
                  let l = Vector3.unit(left), let r = Vector3.unit(right), Vector3.dot(l, r) <= -minimumOpposition
            else { continue }
            candidates.append((split, Vector3.length(left) + Vector3.length(right) - Vector3.length(left + right)))
        }
        return StrongestCuts.chosen(candidates, spacing: w).map { votes[$0 + gap / 2].contact }
    }
}
