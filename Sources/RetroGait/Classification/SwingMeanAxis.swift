/// A foot's long axis without a gyroscope, from its swings: the mean specific force over each swing
/// (toe-off to the next contact), horizontal to the foot-flat up, lies along the foot.
///
/// In swing the knee flexes and the foot hangs toe-down, so gravity, which dominates the swing's
/// mean, tilts along the sole in the foot's own frame; the foot's own acceleration averages over the
/// swing to its change of velocity, also along the travel. On real forward walkers (voisard2023,
/// reference events, 313 straight-walk strides) the mean points to the heel in 99.7 % of strides, by
/// 28° (median). Its sense in backward gait rests on how backward swings move (toward the heel if
/// they are forward swings run backward in time; the simulator's point to the toes), so only its
/// line is used here: the push-off's travel (``TravelEstimator``) keeps its sign but scatters sideways
/// (on real walkers some bouts' travel lay 65–80° off the sensor's axis toward the toes), and is turned onto this line.
struct SwingMeanAxis {
    /// Swings whose mean tilts less than this (degrees) from the foot-flat up give no vote.
    var minimumTiltDegrees: Float = 8
    /// Samples left out at each end of the swing (the toe-off's and the landing's transients), as a
    /// fraction of the swing.
    var edgeFraction: Double = 0.05
    /// Pooled agreement of the swings (see ``heelward(run:contacts:flatPoints:up:acceleration:)``) needed to use the axis.
    var minimumStrength: Float = 0.5
    /// |cos| between the travel and the axis needed to turn the one onto the other: a travel across
    /// the foot is left as it is.
    var minimumAlongTravel: Float = 0.3

    /// The unit mean of the swings' heel-ward directions (horizontal to `up`) and their agreement 0…1
    /// (the mean's length, swings too short or too upright to vote counted as disagreeing), or nil when
    /// none votes.
    func heelward(
        run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?], up: SIMD3<Float>, acceleration: VectorSignal
    ) -> (direction: SIMD3<Float>, strength: Float)? {
        var votes = SIMD3<Float>.zero
        var strides = 0
        for index in run.contacts where index + 1 < run.contacts.upperBound {
            guard let toeOff = contacts[index].toeOffPosition else { continue }
            let contact = Int(contacts[index].position.rounded())
            let liftOff = Int(toeOff.rounded())
            let landing = Int(contacts[index + 1].position.rounded())
            let edge = Int(edgeFraction * Double(landing - liftOff))
            guard liftOff > contact, landing - liftOff - 2 * edge >= 4, landing <= acceleration.count else { continue }
            strides += 1
            guard let flat = flatPoints[index], flat >= 1,
                  let flatUp = Vector3.unit(acceleration.mean((flat - 1)..<(flat + 2))) else { continue }
            let mean = acceleration.mean((liftOff + edge)..<(landing - edge))
            guard Vector3.angleDegrees(mean, flatUp) >= minimumTiltDegrees,
                  let vote = Vector3.unit(Vector3.horizontal(Vector3.horizontal(mean, up: flatUp), up: up))
            else { continue }
            votes += vote
        }
        guard strides > 0, let direction = Vector3.unit(votes) else { return nil }
        return (direction, Vector3.length(votes) / Float(strides))
    }

    /// `travel` turned onto the foot's axis, keeping its sense and its consistency (the push-off
    /// votes' agreement), when the swings agree on an axis and the travel runs along it; else `travel`.
    func aligning(
        _ travel: TravelEstimate, run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?],
        acceleration: VectorSignal
    ) -> TravelEstimate {
        guard let axis = heelward(run: run, contacts: contacts, flatPoints: flatPoints, up: travel.up, acceleration: acceleration),
              axis.strength >= minimumStrength else { return travel }
        let along = Vector3.dot(travel.direction, axis.direction)
        guard abs(along) >= minimumAlongTravel else { return travel }
        var aligned = travel
        aligned.direction = along > 0 ? axis.direction : -axis.direction
        return aligned
    }
}
