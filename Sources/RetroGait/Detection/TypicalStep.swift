/// Walking at the lower back: each step's landing is the rise of its vertical acceleration whose
/// surroundings look most like the same surroundings of the neighbouring steps' landings.
///
/// A walking step loads the trunk in several rises: the trailing leg's push-off lifts the vertical
/// before the landing, the heel strike starts the steep rise of the loading, and about a double support
/// later, when the other foot leaves the ground, a second rise leads into the loading-response peak
/// (at L5 the pelvis also tilts onto the new stance leg then). Which of them is steepest or reaches the
/// highest peak changes from step to step, and the step wave's peak, from which
/// ``LoadingOnsetDetector``'s consensus expects the rise, moves between the humps with it: in
/// voisard2023's straight walking the consensus took the rise at the other foot's toe-off, 75–143 ms
/// after the heel strike, in steps whose loading-response hump was the broader one, and a push-off rise
/// 50–80 ms before it where that one was the steeper.
///
/// The heel strike is told apart by its place in the whole step, not by any one rise: the pattern of
/// vertical acceleration over one step period around a landing — the push-off before it, the loading
/// after it, the other foot's toe-off — repeats from step to step in a steady walker, and it is the same
/// pattern only when it is centred on the same event. So each step takes, of its rises at least
/// `minimumStrength` strong, the one whose vertical acceleration from half a step period before to half
/// a step period after is closest (least squares) to the mean of that stretch around its neighbours'
/// landings. The neighbours are up to `neighbours` steps either side (the consensus's
/// ``LoadingOnsetDetector/consensusSteps``), the step itself left out, so that a walker who changes pace
/// is compared with steps of the same pace, and a step whose landing was taken on the wrong rise does not
/// pull its own comparison towards it. The landing's time stays that rise's onset. Nothing depends on the
/// sign of any horizontal axis: backward gait has a typical step of its own.
///
/// The first and last ``edgeSteps`` steps of a segment keep their rises: in gait initiation the first
/// steps still accelerate the body, and in gait termination the last ones brake it (Jian et al. 1993,
/// Gait & Posture 1:9; Miff et al. 2008, Gait & Posture 27:316), so they need not look like the steady
/// steps around them (on the simulator, matching them cost walks' last steps at 100 Hz; in voisard2023
/// it moved one walk's first step onto its loading-response rise). They still serve their neighbours as
/// examples. A segment that ends at a live stream's newest sample has not seen its walk end, so its last
/// steps are matched (once their stretches are inside it). A step whose stretch leaves the segment keeps
/// its rise, and serves no neighbour as an example.
enum TypicalStep {
    /// A step's landing is compared with at least this many neighbours' landings.
    static let minimumNeighbours = 4
    /// Steps at either end of a walk that keep their rises.
    static let edgeSteps = 2

    /// `onsets` (one per step, in samples of `vertical`, `nil` where a step has no landing) with each
    /// step's landing moved to the rise of `steps[index]` whose stretch of `vertical` from `halfWidth`
    /// samples before its onset to `halfWidth` after is closest to the mean stretch around its
    /// neighbours' landings (see the type's documentation). `lastEndsWalk`: the segment's last steps end
    /// the walk (not a live stream's newest steps), so the last ``edgeSteps`` keep their rises.
    /// - Complexity: O(steps × (halfWidth + rises × halfWidth)): the neighbours' stretches are summed
    ///   in a window that slides along the steps.
    static func matched(
        _ onsets: [Double?], steps: [[LoadingRise]], vertical: [Float], halfWidth: Int, neighbours: Int,
        minimumStrength: Float, lastEndsWalk: Bool = true
    ) -> [Double?] {
        let length = 2 * halfWidth + 1
        guard halfWidth > 0, steps.count == onsets.count else { return onsets }
        func start(of onset: Double) -> Int? {
            let start = Int(onset.rounded()) - halfWidth
            return start >= 0 && start + length <= vertical.count ? start : nil
        }
        let starts = onsets.map { $0.flatMap(start(of:)) }
        guard starts.count(where: { $0 != nil }) > minimumNeighbours else { return onsets }
        var sum = [Double](repeating: 0, count: length)
        var members = 0
        func add(_ start: Int?, _ sign: Double) {
            guard let start else { return }
            for offset in 0..<length { sum[offset] += sign * Double(vertical[start + offset]) }
            members += sign > 0 ? 1 : -1
        }
        for index in 0..<min(onsets.count, neighbours + 1) { add(starts[index], 1) }
        var template = [Double](repeating: 0, count: length)
        func distance(from start: Int) -> Double {
            var total = 0.0
            for offset in 0..<length {
                let difference = Double(vertical[start + offset]) - template[offset]
                total += difference * difference
            }
            return total
        }
        var matched = onsets
        for index in onsets.indices {
            if index > 0 {
                if index + neighbours < onsets.count { add(starts[index + neighbours], 1) }
                if index - neighbours - 1 >= 0 { add(starts[index - neighbours - 1], -1) }
            }
            guard index >= edgeSteps, index < onsets.count - (lastEndsWalk ? edgeSteps : 0),
                  let own = starts[index], let onset = onsets[index],
                  members - 1 >= minimumNeighbours else { continue }
            let others = Double(members - 1)
            for offset in 0..<length { template[offset] = (sum[offset] - Double(vertical[own + offset])) / others }
            var best = (onset: onset, distance: distance(from: own))
            for rise in steps[index] where rise.strength >= minimumStrength && rise.onset != onset {
                guard let candidate = start(of: rise.onset) else { continue }
                let candidateDistance = distance(from: candidate)
                if candidateDistance < best.distance { best = (rise.onset, candidateDistance) }
            }
            matched[index] = best.onset
        }
        return matched
    }
}
