/// Decides forward, backward or unknown for each gait bout from its travel direction (sensor frame)
/// and, when no mounting is declared, from anatomical evidence of where the front is.
///
/// With a declared forward axis the decision is the sign of travel · axis (horizontal parts).
/// Without one, bouts whose travel directions are parallel or opposite in the sensor frame are put in
/// two groups (a sensor does not turn round on the body between bouts: opposite travel means
/// opposite direction), the front evidence of all grouped bouts is averaged (signed by group), and
/// each group is called forward or backward only when the average is clear; otherwise `unknown`.
/// Averaging, not summing, keeps weak cues weak however many bouts repeat them.
struct DirectionResolver {
    /// What one bout contributes.
    struct BoutEvidence {
        var travel: TravelEstimate
        /// Signed evidence that the bout is forward (positive) or backward (negative), 0 when none.
        var frontEvidence: Float
    }

    var mounting: SensorMounting
    /// Travel estimates with less agreement between steps than this are not used.
    var minimumConsistency: Float = 0.25
    /// |cos| between travel and the declared axis needed for a decision.
    var minimumAlignment: Float = 0.5
    /// |cos| between two bouts' travel directions needed to group them.
    var groupingAlignment: Float = 0.7
    /// Pooled front evidence needed for a decision without a mounting.
    var decisionThreshold: Float = 0.5

    /// One (direction, confidence 0…1) per bout.
    func directions(_ bouts: [BoutEvidence]) -> [(direction: Direction, confidence: Double)] {
        if let axis = mounting.forwardAxis { return bouts.map { withAxis($0, axis: axis.unitVector) } }
        let usable = bouts.indices.filter { bouts[$0].travel.consistency >= minimumConsistency }
        guard let reference = usable.max(by: { weight(bouts[$0]) < weight(bouts[$1]) }) else {
            return bouts.map { _ in (.unknown, 0) }
        }
        let signs: [Float] = bouts.indices.map { index in
            guard usable.contains(index) else { return 0 }
            let alignment = Vector3.dot(bouts[index].travel.direction, bouts[reference].travel.direction)
            return abs(alignment) >= groupingAlignment ? (alignment > 0 ? 1 : -1) : 0
        }
        let grouped = signs.count { $0 != 0 }
        let pooled = zip(signs, bouts).reduce(Float(0)) { $0 + $1.0 * $1.1.frontEvidence } / Float(max(1, grouped))
        return bouts.indices.map { index in
            let score = signs[index] != 0 ? signs[index] * pooled : bouts[index].frontEvidence
            guard abs(score) >= decisionThreshold else { return (.unknown, Double(abs(score))) }
            return (score > 0 ? .forward : .backward, Double(min(1, abs(score) / (2 * decisionThreshold))))
        }
    }

    private func weight(_ bout: BoutEvidence) -> Float { bout.travel.consistency * Float(bout.travel.votes) }

    private func withAxis(_ bout: BoutEvidence, axis: SIMD3<Float>) -> (direction: Direction, confidence: Double) {
        let travel = bout.travel
        guard travel.consistency >= minimumConsistency,
              let forward = Vector3.unit(Vector3.horizontal(axis, up: travel.up)) else { return (.unknown, 0) }
        let alignment = Vector3.dot(travel.direction, forward)
        guard abs(alignment) >= minimumAlignment else { return (.unknown, Double(abs(alignment))) }
        return (alignment > 0 ? .forward : .backward, Double(abs(alignment) * min(1, 2 * travel.consistency)))
    }
}
