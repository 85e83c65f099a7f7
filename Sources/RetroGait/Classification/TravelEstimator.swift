/// Finds the direction of travel of a bout in the sensor frame.
///
/// - Trunk and wrist: every contact first brakes the body and then propels it, whichever way the
///   person faces: the horizontal acceleration of the second half of the contact minus that of the
///   first half points along the travel. Medio-lateral sway is symmetric within the contact and
///   cancels; the wrist's arm swing alternates with the legs and cancels over pairs of steps.
/// - Shank with a gyroscope: after mid-stance the shank turns the knee along the travel, so the
///   first 10° of rotation after its quietest moment, ρ, tilts it toward the travel: travel ∝ ρ × up.
/// - Foot with a gyroscope: the foot's displacement through the swing (``SwingPath``: orientation
///   from the gyroscope, dead reckoning from foot-flat to just before the next contact).
/// - Foot without one: the same swing path with the orientation held at foot-flat's
///   (``SwingPath/displacementAtFixedOrientation(from:to:acceleration:)``): the foot speeds up and
///   stops along the travel with 2–3 g, about three times what its pitch lets gravity add against
///   the travel. (The push-off alone, the specific force just after foot-flat minus gravity, was
///   used before: a slow walker's heel rise tilts gravity toward the heel before the foot
///   accelerates, and on real walkers whole bouts came out across or against the travel. The foot's
///   first rotation after foot-flat was tried too: a toe landing's heel still lowering confuses it.)
/// - Shank without a gyroscope, when the recording has standing to show where vertical is: every
///   gait places the foot ahead of the body along the travel, forward and backward alike, so early in
///   the stance the shank leans with its ankle toward the travel (gravity in the sensor frame tilts
///   toward the travel) and then starts to turn over the planted foot along the travel (the sensor
///   above the ankle accelerates along it). Both tilt the specific force at foot-flat toward the
///   travel: the up at foot-flat minus the standing up points along the travel. In the simulator
///   the turning dominates in running (forward runs read 5–25° although the shank is near vertical
///   there); which share holds on real runners is not checked (no real shank data without a
///   gyroscope with directions).
/// - Shank without a gyroscope and without standing: the stance rotation seen in gravity
///   (``oriented(_:hasGyroscope:sampleRate:)`` says when its sign is known).
///
/// Each step (stride) casts a unit-vector vote; the estimate is their mean direction.
struct TravelEstimator {
    var placement: Placement
    /// The up direction while standing (sensor frame), when the recording has standing; a shank
    /// without a gyroscope then measures its landing lean from it.
    var standingUp: SIMD3<Float>? = nil
    /// A shank's landing lean (sine of the angle, ≈ 3.4°) below which a contact casts no vote. The
    /// standing up is only as vertical as the wearer's stance: in the simulator, turning it by up to
    /// 6° in the sagittal plane leaves bouts unknown rather than wrong with this floor (with 2° some
    /// forward runs, whose shank leans about 5° at foot-flat, came out backward); 8° or more does not.
    var minimumLandingLean: Float = 0.06

    func estimate(
        run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?], acceleration: VectorSignal,
        angularVelocity: VectorSignal?, sampleRate: Double
    ) -> TravelEstimate {
        estimate(
            from: stepVotes(
                run: run, contacts: contacts, flatPoints: flatPoints, acceleration: acceleration,
                angularVelocity: angularVelocity, sampleRate: sampleRate),
            oriented: oriented(run, hasGyroscope: angularVelocity != nil, sampleRate: sampleRate))
    }

    /// Whether the run's votes point along the travel (see ``TravelEstimate/oriented``). A shank
    /// without a gyroscope sees the stance rotation in gravity (pointing along the travel) only in
    /// walking; in running the shank's own acceleration in stance is as large and the sign of the
    /// sum is not known, though it still flips with the travel (so runs are cut and grouped on it).
    func oriented(_ run: ContactRun, hasGyroscope: Bool, sampleRate: Double) -> Bool {
        guard placement == .shank, !hasGyroscope, standingUp == nil else { return true }
        guard run.eventPeriod > 0 else { return false }
        // A shank's event period is a stride: two steps.
        let cadence = 120 * sampleRate / run.eventPeriod
        return cadence < ActivityClassifier(placement: placement).runningCadence
    }

    /// The mean direction of votes already measured by ``stepVotes(run:contacts:flatPoints:acceleration:angularVelocity:sampleRate:)``.
    func estimate(
        from measured: (up: SIMD3<Float>, votes: [(contact: Int, vote: SIMD3<Float>)])?, oriented: Bool
    ) -> TravelEstimate {
        guard let (up, votes) = measured, !votes.isEmpty else { return .none }
        let mean = votes.reduce(.zero) { $0 + $1.vote } / Float(votes.count)
        return TravelEstimate(
            direction: Vector3.unit(mean) ?? .zero, consistency: Vector3.length(mean), votes: votes.count, up: up,
            oriented: oriented)
    }

    /// The bout's up direction and each contact's unit horizontal vote for the travel direction
    /// (contacts without a measurable vote are left out), or nil when the run cannot be measured.
    func stepVotes(
        run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?], acceleration: VectorSignal,
        angularVelocity: VectorSignal?, sampleRate: Double
    ) -> (up: SIMD3<Float>, votes: [(contact: Int, vote: SIMD3<Float>)])? {
        let first = Int(contacts[run.contacts.lowerBound].position)
        let last = Int(contacts[run.contacts.upperBound - 1].position)
        guard last > first, run.eventPeriod > 0 else { return nil }
        let up: SIMD3<Float>
        switch placement {
        case .shank where angularVelocity == nil && standingUp != nil:
            up = standingUp ?? .zero
        case .foot, .shank:
            let flats = run.contacts.compactMap { flatPoints[$0] }
            var sum = SIMD3<Float>.zero
            for flat in flats { sum += acceleration.mean((flat - 1)..<(flat + 2)) }
            guard let unit = Vector3.unit(sum) else { return nil }
            up = unit
        case .lowerBack, .wrist:
            guard let unit = Vector3.unit(acceleration.mean(first..<last)) else { return nil }
            up = unit
        }
        var votes: [(contact: Int, vote: SIMD3<Float>)] = []
        var previous: (contact: Int, vote: SIMD3<Float>)?
        for index in run.contacts {
            let vote: SIMD3<Float>?
            switch placement {
            case .foot, .shank:
                vote = rollOff(
                    index, run: run, contacts: contacts, flatPoints: flatPoints, acceleration: acceleration,
                    angularVelocity: angularVelocity, sampleRate: sampleRate)
            case .lowerBack, .wrist:
                vote = propulsionMinusBraking(index, run: run, contacts: contacts, acceleration: acceleration)
            }
            guard let vote else { previous = nil; continue }
            if placement == .wrist {
                // The arm on the sensor's side swings the opposite way at the other foot's contact:
                // its share of the vote alternates from step to step and cancels over a pair of
                // consecutive steps, the braking and propulsion do not. One vote per pair.
                defer { previous = (index, vote) }
                guard let last = previous, last.contact == index - 1,
                      let unit = Vector3.unit(Vector3.horizontal(last.vote + vote, up: up)) else { continue }
                votes.append((index, unit))
            } else if let unit = Vector3.unit(Vector3.horizontal(vote, up: up)) {
                votes.append((index, unit))
            }
        }
        return (up, votes)
    }

    /// Second-half minus first-half mean acceleration over the contact (to its toe-off when found
    /// and plausible — up to 1.6 steps, as a walking stance outlasts its step by the double
    /// support — else over half a step).
    private func propulsionMinusBraking(
        _ index: Int, run: ContactRun, contacts: [DetectedContact], acceleration: VectorSignal
    ) -> SIMD3<Float>? {
        let contact = contacts[index]
        let start = Int(contact.position.rounded())
        var end = start + Int(0.5 * run.eventPeriod)
        if let toeOff = contact.toeOffPosition, toeOff - contact.position >= 4,
           toeOff - contact.position <= 1.6 * run.eventPeriod {
            end = Int(toeOff.rounded())
        }
        let middle = (start + end) / 2
        guard middle - start >= 2, start >= 0, end <= acceleration.count else { return nil }
        return acceleration.mean(middle..<end) - acceleration.mean(start..<middle)
    }

    /// A shank's rotation over the planted foot seen in gravity alone: the tibia turns the knee along
    /// the travel through the stance, so gravity in the sensor frame tilts against the travel; its
    /// early-stance mean minus its late-stance mean (initial contact to toe-off, halved; the first
    /// eighth of the stance, the impact, left out) points along the travel. The shank's own acceleration in stance
    /// is small beside the ≈ 1 g that a 40–60° rotation moves between the axes.
    private func stanceTiltReversed(
        _ index: Int, run: ContactRun, contacts: [DetectedContact], acceleration: VectorSignal
    ) -> SIMD3<Float>? {
        let contact = contacts[index]
        guard let toeOff = contact.toeOffPosition, toeOff - contact.position >= 6,
              toeOff - contact.position < run.eventPeriod else { return nil }
        let start = Int(contact.position.rounded()) + Int((toeOff - contact.position) / 8)
        let end = Int(toeOff.rounded())
        let middle = (start + end) / 2
        guard start >= 0, end <= acceleration.count, middle - start >= 2 else { return nil }
        return acceleration.mean(start..<middle) - acceleration.mean(middle..<end)
    }

    /// The foot's (shank's) tilt or push after foot-flat, pointing along the travel.
    private func rollOff(
        _ index: Int, run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?], acceleration: VectorSignal,
        angularVelocity: VectorSignal?, sampleRate: Double
    ) -> SIMD3<Float>? {
        guard let flat = flatPoints[index], flat >= 1, flat + 2 <= acceleration.count,
              let up = Vector3.unit(acceleration.mean((flat - 1)..<(flat + 2))) else { return nil }
        let next = index + 1 < contacts.count ? Int(contacts[index + 1].position) : acceleration.count
        let end = min(acceleration.count, next, flat + Int(run.eventPeriod))
        guard end > flat + 1 else { return nil }
        if placement == .shank, let angularVelocity {
            var rotation = SIMD3<Float>.zero
            let threshold = 10 * Float(sampleRate)  // 10° in deg/s × samples
            for k in flat..<end {
                rotation += angularVelocity[k]
                if Vector3.length(rotation) >= threshold { return Vector3.cross(rotation, up) }
            }
            return nil
        }
        if placement == .shank, let standingUp {
            let lean = Vector3.horizontal(up, up: standingUp)
            return Vector3.length(lean) >= minimumLandingLean ? lean : nil
        }
        if placement == .shank { return stanceTiltReversed(index, run: run, contacts: contacts, acceleration: acceleration) }
        let swingEnd = min(next - Int(0.03 * sampleRate), flat + Int(2 * sampleRate))
        guard let angularVelocity else {
            return SwingPath.displacementAtFixedOrientation(from: flat, to: swingEnd, acceleration: acceleration)
        }
        return SwingPath.displacement(
            from: flat, to: swingEnd, up: acceleration.mean((flat - 1)..<(flat + 2)), acceleration: acceleration,
            angularVelocity: angularVelocity, sampleRate: sampleRate)
    }
}
