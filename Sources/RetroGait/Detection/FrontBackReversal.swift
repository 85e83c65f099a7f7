import GaitDSP

/// Walking at the lower back: steps whose loading onset disagrees with the trunk's front-back
/// reversal move to it.
///
/// At each initial contact of walking the trunk's front-back acceleration turns sharply: the trailing
/// leg's push has been driving the pelvis along the direction of travel, and the landing leg starts to
/// brake it (Zijlstra & Hof 2003 time the contact at this peak). On the trunk's main horizontal axis
/// this is one extremum per step, at the contact. Its sign depends on the direction of travel and on
/// the mounting, so it is not assumed: of the two signs, the one whose extrema sit at the more
/// consistent offset from the steps' loading onsets (the smaller median absolute deviation) is taken.
///
/// The vertical loading (``LoadingOnsetDetector``) is the better mark in most steps, so most steps stay
/// where they are. But in some walkers the trailing leg's push-off already lifts the trunk's vertical
/// 80–90 ms before the landing, and the loading rise is taken there (voisard2023, subject 14: five of
/// its straight-walk steps); in others a step's clearest rise is the push-off after the landing. A step
/// moves to its reversal (less the segment's median offset) only when all of these hold:
/// - the reversal lies more than ``tolerance`` step periods from where the median offset expects it;
/// - it is a clear extremum: inside the ``reach`` (not at its edge) and at least ``minimumDepth`` of the
///   segment's median extremum deep;
/// - the move brings the step closer to halfway between its two neighbours (a walker's steps are even),
///   so a step with no neighbour on either side within 1.6 step periods never moves. A second sweep
///   judges that against the neighbours as moved by the first: two neighbouring steps taken on the
///   push-off (voisard2023 14-1 at 10.81 and 11.36 s) each look even while the other is early.
///
/// Running is left alone: its flight and landing make the vertical onset sharp.
enum FrontBackReversal {
    /// How far from a step's onset its reversal is looked for, in step periods.
    static let reach = 0.2
    /// How far a step's reversal may lie from where the segment's median offset expects it before the
    /// step moves, in step periods.
    static let tolerance = 0.1
    /// A reversal counts only when it reaches this fraction of the segment's median reversal.
    static let minimumDepth: Float = 0.8
    /// Shortest run of contacts in a segment that is refined: the median offset needs a rhythm.
    static let minimumSteps = 6

    /// `contacts` (the detector's, in time order, in samples of `recording`) of one walking `segment`,
    /// with steps moved to their front-back reversal where the rule above says so; the previous
    /// contact's toe-off, placed a double support after a contact, moves with it. Unchanged for
    /// running (flight in `vertical`), too few steps, or a recording too short to filter.
    ///
    /// `endIsLive`: the segment ends at a live stream's newest sample, so its last step has no next one
    /// in view yet. That step is judged against where the rhythm puts it, a step period after the one
    /// before, instead of halfway between its neighbours; a file's last step still never moves. A live
    /// window decides a step 0.4–0.5 s after it, about when the next one lands: the step it decides is
    /// often its last, and a step taken on the push-off after its landing was reported 70–140 ms late and
    /// moved only when the next step came in view (voisard2023 lower back streamed: 30 of the 40 initial
    /// contacts not reported in time).
    static func refined(
        _ contacts: [DetectedContact], segment: GaitSegment, recording: Recording, vertical: [Float],
        endIsLive: Bool = false
    ) -> [DetectedContact] {
        let period = segment.eventPeriod
        let range = segment.range
        guard contacts.count >= minimumSteps, period >= 8, range.count > Int(2 * period), contacts.allSatisfy({ range.contains(Int($0.position.rounded())) }),
              !LoadingOnsetDetector.hasFlight(vertical[range], below: LoadingOnsetDetector().flightLevel),
              let frontBack = frontBack(recording, range: range) else { return contacts }
        let window = max(2, Int((reach * period).rounded()))
        let onsets = contacts.map { Int($0.position.rounded()) - range.lowerBound }
        // Each step's extremum of either sign within the reach, and its offset from the onset.
        var best: (spread: Double, sign: Float, extrema: [Int], offset: Double)?
        for sign: Float in [1, -1] {
            let extrema = onsets.map { onset in
                let lower = max(0, onset - window), upper = min(frontBack.count - 1, onset + window)
                guard lower <= upper else { return onset }
                var lowest = lower
                for index in lower...upper where sign * frontBack[index] < sign * frontBack[lowest] { lowest = index }
                return lowest
            }
            let offsets = zip(extrema, onsets).map { Double($0 - $1) }
            let offset = median(offsets)
            let spread = median(offsets.map { abs($0 - offset) })
            if spread < best?.spread ?? .infinity { best = (spread, sign, extrema, offset) }
        }
        guard let best else { return contacts }
        let typicalDepth = median(best.extrema.map { Double(best.sign * frontBack[$0]) })
        var refined = contacts
        // Two sweeps: a step blocked only by a neighbour that was itself taken off its landing can move
        // once that neighbour has.
        for _ in 0..<2 {
            let newest = endIsLive && range.upperBound == recording.count ? contacts.count : contacts.count - 1
            for index in 1..<newest where refined[index].position == contacts[index].position {
                let onset = onsets[index], extremum = best.extrema[index]
                let previous = refined[index - 1].position, current = contacts[index].position
                // The newest step of a live window: the next one is expected a step period after it.
                let isNewest = index == contacts.count - 1
                let next = isNewest ? previous + 2 * period : refined[index + 1].position
                guard LoadingOnsetDetector.follows(current, previous, period: period),
                      LoadingOnsetDetector.follows(next, current, period: period),
                      abs(extremum - onset) < window,
                      abs(Double(extremum - onset) - best.offset) > tolerance * period,
                      Double(best.sign * frontBack[extremum]) <= Double(minimumDepth) * typicalDepth else { continue }
                let moved = Double(range.lowerBound + extremum) - best.offset
                let midpoint = 0.5 * (previous + next)
                guard abs(moved - midpoint) < abs(current - midpoint), moved > previous, moved < next else { continue }
                let shift = moved - current
                refined[index].position = moved
                if let toeOff = refined[index - 1].toeOffPosition { refined[index - 1].toeOffPosition = toeOff + shift }
            }
        }
        return refined
    }

    /// The acceleration along the main horizontal axis over `range` (across the range's mean gravity),
    /// band-passed 0.3–20 Hz; nil when the range is too short to filter or has no horizontal motion.
    private static func frontBack(_ recording: Recording, range: Range<Int>) -> [Float]? {
        let acc = recording.acceleration
        var sum = SIMD3<Double>.zero
        for i in range { sum += SIMD3(Double(acc.x[i]), Double(acc.y[i]), Double(acc.z[i])) }
        let length = (sum * sum).sum().squareRoot()
        guard length > 0 else { return nil }
        let up = sum / length
        var x = [Float](), y = [Float](), z = [Float]()
        x.reserveCapacity(range.count); y.reserveCapacity(range.count); z.reserveCapacity(range.count)
        for i in range {
            let a = SIMD3(Double(acc.x[i]), Double(acc.y[i]), Double(acc.z[i]))
            let horizontal = a - (a * up).sum() * up
            x.append(Float(horizontal.x)); y.append(Float(horizontal.y)); z.append(Float(horizontal.z))
        }
        guard let axes = try? PrincipalComponentAnalysis.analyze(x: x, y: y, z: z) else { return nil }
        let axis = SIMD3<Float>(axes.axes[0])
        var projected = [Float](repeating: 0, count: range.count)
        for k in projected.indices { projected[k] = x[k] * axis.x + y[k] * axis.y + z[k] * axis.z }
        let rate = recording.sampleRate
        guard let smoothing = try? ButterworthFilter(
                  .lowPass(cutoff: MotionSignals.noiseCutoff(sampleRate: rate)), order: 4, sampleRate: rate),
              let drift = try? ButterworthFilter(.lowPass(cutoff: min(0.3, 0.1 * rate)), order: 2, sampleRate: rate)
        else { return nil }
        let smooth = smoothing.filteredZeroPhase(projected)
        let slow = drift.filteredZeroPhase(projected)
        for k in projected.indices { projected[k] = smooth[k] - slow[k] }
        return projected
    }

    /// The median of `values` (the upper one of an even count); 0 when empty.
    private static func median(_ values: [Double]) -> Double { OrderStatistics.upperMedian(values) ?? 0 }
}
