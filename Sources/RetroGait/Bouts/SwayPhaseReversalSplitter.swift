import Foundation
import GaitDSP

/// Rule 1e of ``BoutSegmentation``, for a wrist in walking: a run whose sway at the step frequency
/// turns its time's arrow (a forward walk turning straight into a backward walk, with no pause) is
/// cut where it turns.
///
/// The wrist's votes for the travel carry the arm swing and cannot show such a turn, and a walking
/// turn changes the cadence too little for ``CadenceChangeSplitter`` (≈ 5 %). What turns is the phase
/// of the horizontal acceleration at the step frequency against the vertical: every step brakes and
/// then propels the trunk along the travel, and backward gait is close to forward gait played backward
/// in time (``TrunkSwayPhase``), so in the sensor frame, which does not turn round with the travel,
/// that phase changes sign (Δ → −Δ; real forward walkers' trunks read Δ 82–132° along the travel, a
/// jump of 96° or more). The shoulder carries the trunk's sway to the wrist; an arm swinging as a
/// pendulum about the shoulder adds its own second harmonic, at the step frequency, along the arm
/// (near vertical), not along the swing. In the simulator the wrist's phase along its swing axis
/// reads 121–138° in forward walking and −84 to −93° in backward walking (seeds 5501–5503).
///
/// Each step (contact to next contact) is one cycle: its horizontal (along a fixed axis, the run's
/// principal horizontal axis) and vertical coefficients at one cycle per step give a cross spectrum
/// whose phase does not depend on where the cycle starts. A candidate cut compares the summed cross
/// spectra of ``windowSteps`` steps before it and after it (``transitionSteps`` left out between
/// them: the turn is irregular): it qualifies when each side's strides agree (the length of their sum
/// at least ``minimumAgreement`` of their summed lengths; strides, pairs of steps, because a wrist sees
/// the step of its own arm's side and the other one differently), each side's steps are steady and
/// about as long as the other side's, and the two sides' phases differ by at least
/// ``minimumJumpDegrees``. Qualifying cuts are taken largest jump first, each excluding cuts closer
/// than a window to it. A change of pace within one direction moves the phase by a few degrees (one
/// real walker's two walks differ by 4.4°, median of 12).
struct SwayPhaseReversalSplitter {
    /// Steps on each side of a cut (even: whole strides).
    var windowSteps = 8
    var transitionSteps = 2
    var minimumAgreement = 0.7
    var minimumJumpDegrees = 60.0
    /// Each side's steps must keep within this log ratio of its median step (the detector finding
    /// every other step, or a step twice, is no steady rhythm to read a phase from).
    var steadiness = 0.25
    /// The two sides' median steps may differ by at most this log ratio (≈ 22 %): a turn of direction
    /// keeps the rhythm (backward walking steps ≈ 5 % faster), a change between walking and running
    /// (``CadenceChangeSplitter``) does not, and moves the phase by its own half step.
    var maximumPeriodLogRatio = 0.2

    /// The contact indices (into `contacts`) inside `run` before which the sway's phase turns, ascending.
    func splitPoints(_ run: ContactRun, contacts: [DetectedContact], acceleration: VectorSignal) -> [Int] {
        let w = windowSteps, gap = max(0, transitionSteps)
        guard w > 0, run.contacts.count - 1 >= 2 * w + gap,
              let steps = Self.steps(contacts[run.contacts].map(\.position), acceleration: acceleration)
        else { return [] }
        var candidates: [(position: Int, strength: Double)] = []
        for split in w...(steps.count - w - gap) {
            if let jump = turn(steps[(split - w)..<split], steps[(split + gap)..<(split + gap + w)]) {
                candidates.append((split, jump))
            }
        }
        // Step `split` starts at contact `split`; the new piece starts in the middle of the steps left out.
        return StrongestCuts.chosen(candidates, spacing: w).map { run.contacts.lowerBound + $0 + (gap + 1) / 2 }
    }

    /// Whether the sway's phase turns between two neighbouring runs parted by a short break (the turn
    /// can take a step the detector does not find): the last ``windowSteps`` steps of `previous` against
    /// the first of `next`, by the same test.
    func reverses(from previous: ContactRun, to next: ContactRun, contacts: [DetectedContact], acceleration: VectorSignal) -> Bool {
        let w = windowSteps
        guard w > 0, previous.contacts.count > w, next.contacts.count > w,
              previous.contacts.upperBound <= next.contacts.lowerBound else { return false }
        let before = contacts[(previous.contacts.upperBound - w - 1)..<previous.contacts.upperBound].map(\.position)
        let after = contacts[next.contacts.lowerBound...(next.contacts.lowerBound + w)].map(\.position)
        // One frame for both, the break's step left out.
        guard let steps = Self.steps(before + after, acceleration: acceleration) else { return false }
        return turn(steps[0..<w], steps[(w + 1)...]) != nil
    }

    /// One step: its cross spectrum of the horizontal against the vertical at one cycle per step, and
    /// its length in samples.
    private typealias Step = (re: Double, im: Double, samples: Double)

    /// The angle (degrees) between the summed cross spectra of two sides, when it is at least
    /// ``minimumJumpDegrees``, each side's strides agree and its steps are steady, and the two sides'
    /// steps are about as long; else nil.
    private func turn(_ before: ArraySlice<Step>, _ after: ArraySlice<Step>) -> Double? {
        guard let left = side(before), let right = side(after),
              abs(log(right.period / left.period)) <= maximumPeriodLogRatio else { return nil }
        let jump = abs(atan2(right.im * left.re - right.re * left.im, right.re * left.re + right.im * left.im)) * 180 / .pi
        return jump >= minimumJumpDegrees ? jump : nil
    }

    /// A side's summed cross spectrum and median step, when its strides (pairs of steps: a wrist sees
    /// the step of its own arm's side and the other one differently) agree and its steps are steady.
    private func side(_ steps: ArraySlice<Step>) -> (re: Double, im: Double, period: Double)? {
        var (re, im, length) = (0.0, 0.0, 0.0)
        for index in stride(from: steps.startIndex, to: steps.endIndex - 1, by: 2) {
            let (pairRe, pairIm) = (steps[index].re + steps[index + 1].re, steps[index].im + steps[index + 1].im)
            (re, im) = (re + pairRe, im + pairIm)
            length += (pairRe * pairRe + pairIm * pairIm).squareRoot()
        }
        guard length > 0, (re * re + im * im).squareRoot() >= minimumAgreement * length,
              let period = Self.steadyPeriod(steps.map(\.samples), within: steadiness) else { return nil }
        return (re, im, period)
    }

    /// Each step between consecutive `positions` (samples), in the frame of their whole span, or nil
    /// when the span lies outside the signal or has no horizontal axis.
    private static func steps(_ positions: [Double], acceleration: VectorSignal) -> [Step]? {
        let samples = positions.map { Int($0.rounded()) }
        guard let first = samples.first, let last = samples.last, first >= 0, last <= acceleration.count, last > first,
              let (up, axis) = frame(acceleration, range: first..<last)
        else { return nil }
        return zip(samples, samples.dropFirst()).map { start, end -> Step in
            guard end - start >= 4 else { return (0, 0, Double(max(0, end - start))) }
            // One cycle per step: the horizontal along the axis leads, the vertical is the reference.
            let cross = CrossPhase.spectrum(count: end - start, period: Double(end - start)) { offset in
                let sample = acceleration[start + offset]
                return (Double(Vector3.dot(sample, axis)), Double(Vector3.dot(sample, up)))
            } ?? (0, 0)
            return (cross.re, cross.im, Double(end - start))
        }
    }

    /// The median of `intervals` when every one lies within `tolerance` (log ratio) of it, else nil.
    private static func steadyPeriod(_ intervals: [Double], within tolerance: Double) -> Double? {
        guard let median = OrderStatistics.median(intervals), median > 0,
              intervals.allSatisfy({ $0 > 0 && abs(log($0 / median)) <= tolerance }) else { return nil }
        return median
    }

    /// The mean up over `range` and the principal axis of the acceleration horizontal to it.
    private static func frame(_ acceleration: VectorSignal, range: Range<Int>) -> (up: SIMD3<Float>, axis: SIMD3<Float>)? {
        guard let up = Vector3.unit(acceleration.mean(range)),
              let east = Vector3.unit(Vector3.horizontal(abs(up.x) < 0.9 ? SIMD3<Float>(1, 0, 0) : SIMD3<Float>(0, 1, 0), up: up))
        else { return nil }
        let north = Vector3.cross(up, east)
        // The 2 × 2 covariance of the horizontal components and its major axis.
        var (ee, nn, en, e, n) = (0.0, 0.0, 0.0, 0.0, 0.0)
        for index in range {
            let sample = acceleration[index]
            let (a, b) = (Double(Vector3.dot(sample, east)), Double(Vector3.dot(sample, north)))
            (ee, nn, en, e, n) = (ee + a * a, nn + b * b, en + a * b, e + a, n + b)
        }
        let count = Double(range.count)
        let (varE, varN, cov) = (ee / count - (e / count) * (e / count), nn / count - (n / count) * (n / count), en / count - (e / count) * (n / count))
        let angle = 0.5 * atan2(2 * cov, varE - varN)
        return Vector3.unit(east * Float(cos(angle)) + north * Float(sin(angle))).map { (up, $0) }
    }
}
