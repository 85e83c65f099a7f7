import GaitDSP

/// Which foot each step of a trunk sensor belongs to, where the signal tells.
///
/// While one foot is on the ground its push sends the pelvis sideways, away from it: over a step on the
/// left foot the trunk's mean acceleration points to the right, over a step on the right foot to the
/// left. So the step-averaged acceleration (gravity included; its changes with pelvic roll alternate the
/// same way) swings back and forth along one horizontal axis from step to step. That axis is the first
/// principal axis of the horizontal parts of the per-step means (horizontal: across the mean gravity);
/// each step's projection on it alternates in sign.
///
/// Sides are assigned only where this is **confident**: within every run of consecutive steps (no gap
/// longer than 1.6 step periods) of at least ``minimumRun`` steps, at least ``minimumAlternation`` of the
/// neighbouring step pairs must have opposite signs; the run then gets strictly alternating sides,
/// in the phase that agrees best with the signs. Other steps keep `.unknown`.
///
/// **Which sign is left is a convention:** a sensor cannot know how it was mounted. RetroGait assumes
/// the sensor's y axis points to the wearer's left (as for a sensor worn with x up or forward and z out
/// of the back or forward — the simulator's frame, and the Xsens lower-back mounting of voisard2023). With
/// another mounting left and right come out swapped consistently (the alternation and the size of a
/// left/right difference stay right, its sign flips). When the y axis is close to vertical (within 30°)
/// no side is given.
enum TrunkSides {
    /// Shortest run of consecutive steps that gets sides.
    static let minimumRun = 4
    /// Fraction of neighbouring step pairs in a run whose lateral swings must alternate.
    static let minimumAlternation = 0.9

    /// Sides for `contacts` (in time order, positions in samples of `recording`), grouped into runs
    /// that never cross `segments`' boundaries; `.unknown` where it cannot be told.
    static func sides(
        of contacts: [DetectedContact], recording: Recording, segments: [GaitSegment]
    ) -> [Side] {
        var sides = [Side](repeating: .unknown, count: contacts.count)
        var index = 0
        for segment in segments {
            var members: [Int] = []
            while index < contacts.count, contacts[index].position < Double(segment.range.upperBound) {
                if contacts[index].position >= Double(segment.range.lowerBound) { members.append(index) }
                index += 1
            }
            assign(members, contacts: contacts, recording: recording, period: segment.eventPeriod, into: &sides)
        }
        return sides
    }

    private static func assign(
        _ members: [Int], contacts: [DetectedContact], recording: Recording, period: Double, into sides: inout [Side]
    ) {
        guard members.count > minimumRun else { return }
        let acc = recording.acceleration
        // Mean acceleration over each step (this contact to the next), for steps without a gap.
        var means: [SIMD3<Double>?] = []
        means.reserveCapacity(members.count)
        for (k, member) in members.enumerated() {
            guard k + 1 < members.count else { means.append(nil); break }
            let start = contacts[member].position
            let end = contacts[members[k + 1]].position
            guard end - start < 1.6 * period else { means.append(nil); continue }
            let lower = max(0, Int(start.rounded()))
            let upper = min(acc.count, Int(end.rounded()))
            guard upper > lower else { means.append(nil); continue }
            var sum = SIMD3<Double>.zero
            for i in lower..<upper { sum += SIMD3(Double(acc.x[i]), Double(acc.y[i]), Double(acc.z[i])) }
            means.append(sum / Double(upper - lower))
        }
        var present = means.compactMap { $0 }
        guard present.count >= minimumRun else { return }
        let gravity = present.reduce(.zero, +) / Double(present.count)
        let length = (gravity * gravity).sum().squareRoot()
        guard length > 0 else { return }
        let up = gravity / length
        // Only the horizontal part swings from side to side; the vertical part of a step mean follows
        // the jitter of the step's ends on the steep loading rise.
        func horizontal(_ v: SIMD3<Double>) -> SIMD3<Double> { v - (v * up).sum() * up }
        present = present.map(horizontal)
        guard let axis = swingAxis(present, up: up) else { return }
        let centre = present.reduce(.zero, +) / Double(present.count)
        // Projection on the swing axis: negative = pushed to the right = a step on the left foot.
        let scores: [Double?] = means.map { $0.map { ((horizontal($0) - centre) * axis).sum() } }
        var runStart = 0
        for k in 0...members.count where k == members.count || scores[k] == nil {
            // A run is members runStart...k (member k closes the run: its step has no mean).
            labelRun(Array(runStart..<min(k + 1, members.count)), scores: scores, members: members, into: &sides)
            runStart = k + 1
        }
    }

    /// The first principal axis of the step means, signed to point along the horizontal projection
    /// of the sensor's y axis (the wearer's left by convention); nil when that projection is too short.
    private static func swingAxis(_ means: [SIMD3<Double>], up: SIMD3<Double>) -> SIMD3<Double>? {
        let x = means.map { Float($0.x) }, y = means.map { Float($0.y) }, z = means.map { Float($0.z) }
        guard let axes = try? PrincipalComponentAnalysis.analyze(x: x, y: y, z: z) else { return nil }
        let left = SIMD3<Double>(0, 1, 0) - up.y * up
        guard (left * left).sum() >= 0.25 else { return nil }
        let axis = axes.axes[0]
        return (axis * left).sum() < 0 ? -axis : axis
    }

    /// Strictly alternating sides for one run of steps (indices into `members`), when its swings
    /// alternate often enough; the phase is the one the score-weighted signs agree with.
    private static func labelRun(_ run: [Int], scores: [Double?], members: [Int], into sides: inout [Side]) {
        guard run.count >= minimumRun else { return }
        let signed = run.compactMap { scores[$0] }
        guard signed.count >= minimumRun - 1 else { return }
        // The step into the run's last contact is left out: where a walk stops (or turns), the walker
        // brakes and the sway settles, so its swing need not alternate though its foot does.
        let swings = signed.count > minimumRun - 1 ? signed.dropLast() : signed[...]
        var alternations = 0
        for k in swings.indices.dropFirst() where (swings[k] < 0) != (swings[k - 1] < 0) { alternations += 1 }
        guard Double(alternations) >= minimumAlternation * Double(swings.count - 1) else { return }
        // Phase 0: the run's first step is on the left foot (negative score), then alternating.
        var agreement = 0.0
        for (k, member) in run.enumerated() {
            guard let score = scores[member] else { continue }
            agreement += k % 2 == 0 ? -score : score
        }
        for (k, member) in run.enumerated() {
            let firstIsLeft = agreement >= 0
            sides[members[member]] = (k % 2 == 0) == firstIsLeft ? .left : .right
        }
    }
}
