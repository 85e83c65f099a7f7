/// Decides forward, backward or unknown for each gait bout from its travel direction (sensor frame)
/// and, when no mounting is declared, from anatomical evidence of where the front is.
///
/// With a declared forward axis the decision is the sign of travel · axis (horizontal parts), for
/// bouts whose travel sign is known (``TravelEstimate/oriented``), and `unknown` where the grouping
/// below (without the axis) decides the other way; where the axis gives no answer (near vertical in
/// the bout, or across its travel) the grouping's answer stands; bouts without a known travel sign
/// (a shank without gyroscope or standing, running) are decided as without an axis.
/// Without one, bouts whose travel directions are parallel or opposite in the sensor frame are put in
/// two groups (a sensor does not turn round on the body between bouts: opposite travel means
/// opposite direction), the front evidence of all grouped bouts is averaged (signed by group), the
/// two groups' rhythms are compared (``RhythmContrast``: the backward group steps faster and lands
/// shorter), and each group is called forward or backward only when the sum is clear; otherwise
/// `unknown`. Averaging, not summing, keeps weak cues weak however many bouts repeat them.
struct DirectionResolver {
    /// What one bout contributes.
    struct BoutEvidence {
        var travel: TravelEstimate
        /// Signed evidence that the bout is forward (positive) or backward (negative), 0 when none.
        var frontEvidence: Float
        /// The bout's activity, cadence (steps/min), median contact (s) and step count.
        var rhythm = RhythmContrast.Bout(group: 0, activity: .standing, cadence: 0, contactSeconds: nil, steps: 0)
    }

    var mounting: SensorMounting
    /// Travel estimates with less agreement between steps than this are not used.
    var minimumConsistency: Float = 0.25
    /// |cos| between travel and the declared axis needed for a decision.
    var minimumAlignment: Float = 0.5
    /// Length of the declared axis's horizontal part (bout's up removed) needed for a decision: an
    /// axis within 60° of the up, such as a wrist's running-posture axis while the arm hangs in
    /// walking, points nowhere in particular on the ground.
    var minimumAxisHorizontal: Float = 0.5
    /// |cos| between two bouts' travel directions needed to group them (see ``alignment(_:_:)``).
    var groupingAlignment: Float = 0.7
    /// Pooled front evidence needed for a decision without a mounting.
    var decisionThreshold: Float = 0.5
    /// How much the rhythm contrast between the two travel groups counts.
    var rhythmWeight: Float = 1
    var rhythmContrast = RhythmContrast()

    /// One (direction, confidence 0…1) per bout.
    func directions(_ bouts: [BoutEvidence]) -> [(direction: Direction, confidence: Double)] {
        guard let axis = mounting.forwardAxis else { return withoutAxis(bouts) }
        let alongAxis = bouts.map { withAxis($0, axis: axis.unitVector) }
        let grouped = withoutAxis(bouts)
        return bouts.indices.map { index in
            // A travel whose sign is not known (shank without a gyroscope, running) says nothing along
            // the axis; such bouts are decided as without a mounting, from their group's cues.
            guard bouts[index].travel.oriented else { return grouped[index] }
            // Two independent answers that contradict each other: neither is trusted.
            let (axisAnswer, groupAnswer) = (alongAxis[index].direction, grouped[index].direction)
            if axisAnswer != .unknown, groupAnswer != .unknown, axisAnswer != groupAnswer { return (.unknown, 0) }
            // The axis says nothing about this bout (near vertical in it, or across the travel): its group's cues do.
            return axisAnswer == .unknown ? grouped[index] : alongAxis[index]
        }
    }

    /// Without a declared mounting: travel groups, their pooled front evidence and rhythm contrast.
    private func withoutAxis(_ bouts: [BoutEvidence]) -> [(direction: Direction, confidence: Double)] {
        var result = bouts.map { bout -> (direction: Direction, confidence: Double) in decide(bout.frontEvidence) }
        var unassigned = bouts.indices.filter { bouts[$0].travel.consistency >= minimumConsistency }
        // Each pass groups the bouts comparable with the strongest one left (see `comparable`).
        while let reference = unassigned.max(by: { weight(bouts[$0]) < weight(bouts[$1]) }) {
            var signs = [Float](repeating: 0, count: bouts.count)
            for index in unassigned where comparable(bouts[index], bouts[reference]) {
                let alignment = Self.alignment(bouts[index].travel, bouts[reference].travel)
                if abs(alignment) >= groupingAlignment { signs[index] = alignment > 0 ? 1 : -1 }
            }
            signs[reference] = 1
            unassigned.removeAll { signs[$0] != 0 }
            let grouped = signs.count { $0 != 0 }
            let front = zip(signs, bouts).reduce(Float(0)) { $0 + $1.0 * $1.1.frontEvidence } / Float(grouped)
            let rhythm = rhythmContrast.evidence(zip(signs, bouts).map { sign, bout in
                var entry = bout.rhythm
                entry.group = sign
                return entry
            })
            let pooled = front + rhythmWeight * rhythm
            for index in bouts.indices where signs[index] != 0 { result[index] = decide(signs[index] * pooled) }
        }
        return result
    }

    /// Forward or backward when `score` is clear, else unknown.
    private func decide(_ score: Float) -> (direction: Direction, confidence: Double) {
        guard abs(score) >= decisionThreshold else { return (.unknown, Double(abs(score))) }
        return (score > 0 ? .forward : .backward, Double(min(1, abs(score) / (2 * decisionThreshold))))
    }

    /// Whether two bouts' travel directions may be compared: always when both point along the travel;
    /// a direction that only flips with the travel (``TravelEstimate/oriented`` false) only within
    /// the same activity.
    private func comparable(_ a: BoutEvidence, _ b: BoutEvidence) -> Bool {
        (a.travel.oriented && b.travel.oriented) || a.rhythm.activity == b.rhythm.activity
    }

    /// Cosine between two bouts' travel directions, both taken horizontal to their mean up: a limb
    /// segment's up at rest differs between bouts (a shank stands tilted one way in forward and the
    /// other way in backward gait), which tilts each bout's own horizontal plane.
    static func alignment(_ a: TravelEstimate, _ b: TravelEstimate) -> Float {
        let up = Vector3.unit(a.up + b.up) ?? a.up
        guard let first = Vector3.unit(Vector3.horizontal(a.direction, up: up)),
              let second = Vector3.unit(Vector3.horizontal(b.direction, up: up)) else { return 0 }
        return Vector3.dot(first, second)
    }

    private func weight(_ bout: BoutEvidence) -> Float { bout.travel.consistency * Float(bout.travel.votes) }

    private func withAxis(_ bout: BoutEvidence, axis: SIMD3<Float>) -> (direction: Direction, confidence: Double) {
        let travel = bout.travel
        let horizontalAxis = Vector3.horizontal(axis, up: travel.up)
        guard travel.consistency >= minimumConsistency, travel.oriented,
              Vector3.length(horizontalAxis) >= minimumAxisHorizontal,
              let forward = Vector3.unit(horizontalAxis) else { return (.unknown, 0) }
        let alignment = Vector3.dot(travel.direction, forward)
        guard abs(alignment) >= minimumAlignment else { return (.unknown, Double(abs(alignment))) }
        return (alignment > 0 ? .forward : .backward, Double(abs(alignment) * min(1, 2 * travel.consistency)))
    }
}
