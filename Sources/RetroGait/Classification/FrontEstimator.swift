import Foundation

/// Finds where the wearer's front is in the sensor frame without a declared mounting, from
/// anatomy rather than from the direction of travel (which the mirror symmetry of gait hides):
///
/// - Trunk: runners and walkers lean the trunk toward their front, forward and backward alike
///   (more in forward running). The lean is the change of the up direction between standing and
///   the bout; it needs some standing in the recording and a lean of at least ``minimumLeanDegrees``.
///   A sacrum sensor sees the pelvis, whose tilt between standing and walking differs from person to
///   person by a few degrees either way: of 12 real forward walkers (voisard2023) one walks with the
///   sacrum 2.6° tilted toward the back (trial 3-1, its standings before and after the walk agreeing
///   within 1.4°), which a 1.5° minimum called backward; the others lean 1.6–9.8° toward the front.
///   A smaller lean, from ``minimumConfirmedLeanDegrees``, counts when the trunk's sway phase
///   (``TrunkSwayPhase``), a time's arrow that needs no axis sign, says the same: the two cues fail on
///   different walkers (trial 3-1 leans back, trial 14-1's phase reads 81°, on the backward side), and
///   each alone would misread one of the 12. Leans of 0.9–1.9° point to the front in all 6 real
///   walkers who have one (along the travel line within 43°); under 0.5° they point either way. A
///   phase far beyond the quadrature (``decisivePhaseMarginDegrees``) decides alone where the lean is
///   under ``minimumLeanDegrees`` or missing (no standing), and a strong lean and a strong phase that
///   disagree decide nothing: real forward walkers read at most 8° on the backward side, and trial
///   3-1 (phase 104°, lean 2.6° back) and trial 8-4 (106° and 113°, no lean) are decided so. In
///   running the phase's forward side rests on one real runner (alcantara2022, 31 trials, 20–49°
///   short of the quadrature on the forward side).
/// - Foot with a gyroscope: in swing the knee flexes, so the heel rises behind the knee and the
///   foot tips toe-down, whichever way the body travels. The largest rotation from foot-flat before
///   the next contact therefore turns about the body's left-right axis in a known sense, and
///   `rotation × up` points to the front (toward the toes).
/// - Wrist, running: runners carry the forearm bent forward at the elbow (about 75–90°), forward and
///   backward alike, where it hangs while standing. The hand end of the forearm has turned toward the
///   front, so the up direction in the sensor frame has turned the other way: the bout's up minus the
///   standing up, horizontal to the bout's up, points to the front. It needs standing in the recording
///   (with the arm hanging) and a change of at least ``minimumForearmDegrees``; walking (an arm that
///   hangs with the elbow bent 10–20°, and a standing arm held in any number of ways) gives no answer.
/// - Shank with a gyroscope: the knee flexes in swing, carrying the ankle far behind the knee,
///   farther than the shank ever tilts the other way from its stance, forward and backward alike
///   (``KneeFlexionSide``): the turn toward that side, `rotation × up`, points to the front. Strides
///   whose swing is less lopsided than ``minimumKneeFlexionAsymmetry`` give no vote.
/// - Shank without a gyroscope, or foot without one: no anatomical front vector is found; the bout is
///   called forward or backward along its travel by how far the first half of each swing tilts the
///   specific force along the travel (``EarlySwingTilt``: a forward foot lifts steeply toe-down, which
///   offsets its acceleration; a backward one lifts nearly level over the heel). What was tried for a
///   front vector before: the knee flexion
///   of the swing (heel behind the knee, foot toe-down) is the one front cue of these segments; without a gyroscope
///   the swing's own accelerations, which mirror with the travel, swamp its tilt of gravity (in the
///   simulator the swing's mean up minus the standing up points along the travel, not to the front,
///   in 72 of 72 single-bout foot recordings and 69 of 72 shank ones; the landing tilt signed by the
///   classified strike does no better). At the shank, the foot's cue (the largest turn from foot-flat)
///   was wrong on 29 % of simulated bouts: in forward gait the swing's largest turn is the knee's
///   extension before landing, not its flexion. Also tried without a gyroscope: the mean specific
///   force over a whole stride, horizontal to the foot-flat up. Were backward gait forward gait run
///   backward in time (close to it for the joint angles, Grasso et al. 1998), this time-even mean
///   would be body-fixed; in the simulator it points against the travel (foot: every forward stride,
///   80–98 % of backward ones; shank: every forward stride, 65–100 % of backward ones), whose
///   backward keyframes are not the forward ones reversed; the segment's own acceleration outweighs
///   the tilt of gravity. The quasi-static samples of the swing (|a| within 0.15 g of 1 g) are too
///   few (1–7 % of strides have two) to read the swing's pitch from. Tried at the foot in session 11:
///   the lean of the landing impact from the foot-flat up (|a| peak ± 10 ms), toward the raised end
///   of a foot still pitched as the near-vertical impact arrives, signed by the classified strike
///   (toes raised after a heel landing, heel after a toe landing): the foot's braking at touchdown
///   outweighs the pitch, the lean points against the travel for every strike, and single bouts came
///   out 8 right, 10 wrong, 6 unknown of 24; on real walkers (voisard2023) the lean has no consistent
///   sense either. And the unsigned tilt over the last tenth of the stance (forward gait leaves over
///   the toes after a long heel rise, backward gait over the heel): simulated forward 45–75°,
///   backward 1–23°, but real forward walkers read 6–27° (per-foot medians), inside the simulator's
///   backward range. Measured in session 12 on the same real walkers (reference events, 313 straight-walk
///   strides of 24 foot files): the mean specific force over the swing (toe-off to the next contact),
///   horizontal to the foot-flat up, points to the heel (as the gyroscope's late-stance heel rise marks
///   it) in 99.7 % of strides, by 28° (median; per file 16–36°; over the whole stride 15°), and the
///   simulator's forward swings agree (31–47° toward the heel). If backward gait is forward gait reversed
///   in time (the joint angles nearly are: Grasso et al. 1998, Lee et al. 2013), this time-even mean is
///   body-fixed and would point to the heel in backward gait as well: a front cue without a gyroscope.
///   The simulator's backward swings point the other way (2–25° toward the toes, against the travel like
///   its forward ones): its backward keyframes (a toe landing 14–18° toe-down, where real forward
///   toe-offs, about 50° toe-down, reversed would land steeper) are not forward ones reversed. No
///   recording here shows which real backward walkers do, so the cue's sense is not used (its line is:
///   ``SwingMeanAxis`` aligns the foot's travel without a gyroscope). Measured in session 13 as a front,
///   single bouts (right / wrong / unknown of 6): forward foot and shank 6/0/0 each, backward on this
///   simulator foot 0/2/4 and 0/5/1, shank 0/6/0 twice; on a simulator whose backward limb is the
///   forward one reversed in time (not adopted: the detectors lose its backward contacts) a backward
///   heel-first landing's swing still points to the toes (+16 to +30°), so such bouts would be called
///   forward; requiring the strikes to agree (heel forward, toe backward) leaves them wrong. On real
///   forward walkers the front itself held (pooled 0.67–1.0 over 32 bouts); the wrong calls (5.9 % of
///   contacts) came from the push-off travel.
struct FrontEstimator {
    var placement: Placement
    /// Smaller leans than this (degrees) are not trusted as a front cue on their own: above the 2.6°
    /// backward tilt of a real walker's sacrum (see above). The simulator's walking leans (2° forward,
    /// 1° backward; 0.6–3.0° measured with its postural sway and noise) and backward running lean
    /// (3°; 0–3° measured) count only where the sway phase confirms them.
    var minimumLeanDegrees: Float = 3
    /// The lean (degrees) at which the cue counts fully.
    var fullLeanDegrees: Float = 4
    /// A lean this large (degrees) but under ``minimumLeanDegrees`` counts when the trunk's sway phase
    /// (``TrunkSwayPhase``) agrees with it: on the forward side (sin 2Δ < 0) where the lean's front
    /// points along the travel, on the backward side where it points against it, each by at least
    /// ``phaseMarginDegrees``. Real walkers' leans under it point either way (see above).
    var minimumConfirmedLeanDegrees: Float = 0.5
    /// How far (degrees) the sway phase must lie from the quadrature (±90°), and from 0° and 180°, to
    /// confirm a lean: a bout of 20 steps reads the phase within a few degrees.
    var phaseMarginDegrees: Float = 5
    /// The strength of a lean confirmed by the sway phase.
    var confirmedLeanStrength: Float = 0.75
    /// How far (degrees) the sway phase must lie beyond the quadrature to decide without a lean (or
    /// against one under ``minimumLeanDegrees``). Real forward walkers read up to 8° on the backward
    /// side (voisard2023 trial 14-1: 81.9° and 86.5° on its two walks), so a backward walker, forward
    /// gait reversed in time, may read as far on the forward side; one walker's two walks differ by
    /// 4.4° (median of 12). 12° clears both. (At most 45°: the test is on sin 2Δ.)
    var decisivePhaseMarginDegrees: Float = 12
    /// The strength of a decisive sway phase.
    var decisivePhaseStrength: Float = 0.75
    /// Smaller turns of a wrist's up between standing and a bout (degrees) are not trusted as a front cue.
    var minimumForearmDegrees: Float = 35
    /// The turn of a wrist's up (degrees) at which the cue counts fully.
    var fullForearmDegrees: Float = 55
    /// Shank strides whose swing is less lopsided than this (``KneeFlexionSide/asymmetry``) give no vote.
    var minimumKneeFlexionAsymmetry: Float = 0.1
    /// Shank strides that turn less than this (degrees) give no vote.
    var minimumShankRangeDegrees: Float = 20

    /// A unit front vector (horizontal, sensor frame) and a strength 0…1, or nil.
    func front(
        run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?], travel: TravelEstimate,
        acceleration: VectorSignal, angularVelocity: VectorSignal?, standingUp: SIMD3<Float>?, sampleRate: Double
    ) -> (direction: SIMD3<Float>, strength: Float)? {
        switch placement {
        case .lowerBack:
            return trunkFront(run: run, contacts: contacts, travel: travel, acceleration: acceleration, standingUp: standingUp)
        case .foot:
            guard let angularVelocity else {
                return earlySwingFront(run: run, contacts: contacts, flatPoints: flatPoints, travel: travel, acceleration: acceleration)
            }
            return pooledSwingFront(run: run, flatPoints: flatPoints, travel: travel, acceleration: acceleration) { index in
                guard let flat = flatPoints[index] else { return nil }
                let end = min(angularVelocity.count, Int(contacts[index + 1].position.rounded()))
                guard end > flat + 2 else { return nil }
                let swing = LargestSwingRotation(angularVelocity, from: flat, to: end)
                // Degrees: the sum is in deg/s × samples.
                return swing.angle / Float(sampleRate) >= 15 ? swing.rotation : nil
            }
        case .wrist:
            guard let standingUp else { return nil }
            let turn = Vector3.angleDegrees(travel.up, standingUp)
            guard turn >= minimumForearmDegrees,
                  let front = Vector3.unit(Vector3.horizontal(travel.up - standingUp, up: travel.up))
            else { return nil }
            return (front, min(1, turn / fullForearmDegrees))
        case .shank:
            guard let angularVelocity else {
                return earlySwingFront(run: run, contacts: contacts, flatPoints: flatPoints, travel: travel, acceleration: acceleration)
            }
            return pooledSwingFront(run: run, flatPoints: flatPoints, travel: travel, acceleration: acceleration) { index in
                guard let toeOff = contacts[index].toeOffPosition,
                      let side = KneeFlexionSide(
                        angularVelocity, contact: Int(contacts[index].position.rounded()), toeOff: Int(toeOff.rounded()),
                        nextContact: Int(contacts[index + 1].position.rounded()), sampleRate: sampleRate),
                      side.asymmetry >= minimumKneeFlexionAsymmetry, side.rangeDegrees >= minimumShankRangeDegrees
                else { return nil }
                return side.rotation
            }
        }
    }

    /// The trunk's front from its lean (from standing) and its sway phase (``TrunkSwayPhase``), each
    /// strong or weak: a lean of ``minimumLeanDegrees`` or more, or a phase at least
    /// ``decisivePhaseMarginDegrees`` beyond the quadrature, decides unless the other cue, also strong,
    /// contradicts it; a weaker lean (from ``minimumConfirmedLeanDegrees``) counts where the phase agrees
    /// by ``phaseMarginDegrees``. The phase needs no standing.
    private func trunkFront(
        run: ContactRun, contacts: [DetectedContact], travel: TravelEstimate, acceleration: VectorSignal,
        standingUp: SIMD3<Float>?
    ) -> (direction: SIMD3<Float>, strength: Float)? {
        let lean = standingUp.map { Vector3.angleDegrees(travel.up, $0) } ?? 0
        let leanFront = standingUp.flatMap { Vector3.unit(Vector3.horizontal($0 - travel.up, up: travel.up)) }
        let span = Int(contacts[run.contacts.lowerBound].position)..<Int(contacts[run.contacts.upperBound - 1].position)
        // sin 2Δ: negative on the forward side (see TrunkSwayPhase).
        let side = TrunkSwayPhase.degrees(
            acceleration, range: span, travel: travel.direction, up: travel.up, stepPeriod: run.eventPeriod
        ).map { sin(2 * $0 * .pi / 180) }
        func phaseSaysForward(beyond margin: Float) -> Bool? {
            guard let side else { return nil }
            let limit = sin(2 * margin * .pi / 180)
            return side <= -limit ? true : side >= limit ? false : nil
        }
        let decisivePhase = phaseSaysForward(beyond: decisivePhaseMarginDegrees)
        if let leanFront, lean >= minimumLeanDegrees {
            let leanSaysForward = Vector3.dot(leanFront, travel.direction) > 0
            if let decisivePhase, decisivePhase != leanSaysForward { return nil }
            return (leanFront, min(1, lean / fullLeanDegrees))
        }
        if let decisivePhase {
            // A lean too small to decide alone does not outweigh it.
            return (decisivePhase ? travel.direction : -travel.direction, decisivePhaseStrength)
        }
        // A smaller lean where the trunk's sway phase agrees with it.
        guard let leanFront, lean >= minimumConfirmedLeanDegrees,
              let phaseSaysForward = phaseSaysForward(beyond: phaseMarginDegrees),
              phaseSaysForward == (Vector3.dot(leanFront, travel.direction) > 0)
        else { return nil }
        return (leanFront, confirmedLeanStrength)
    }

    /// A foot's or shank's front without a gyroscope, along or against the travel as the early swing's
    /// tilt says (``EarlySwingTilt``).
    private func earlySwingFront(
        run: ContactRun, contacts: [DetectedContact], flatPoints: [Int?], travel: TravelEstimate, acceleration: VectorSignal
    ) -> (direction: SIMD3<Float>, strength: Float)? {
        guard let answer = EarlySwingTilt().direction(
            run: run, contacts: contacts, flatPoints: flatPoints, travel: travel, acceleration: acceleration)
        else { return nil }
        return (answer.forward ? travel.direction : -travel.direction, answer.strength)
    }

    /// The front each stride of the run votes for, `rotation × up` (the up at the stride's foot-flat,
    /// the front made horizontal to the bout's up), pooled: the unit mean of the votes and its length
    /// (1 when every stride agrees), or nil when no stride votes. `rotation(index)` gives the body-fixed
    /// swing rotation of the stride from contact `index` to the next, or nil.
    private func pooledSwingFront(
        run: ContactRun, flatPoints: [Int?], travel: TravelEstimate, acceleration: VectorSignal,
        rotation: (Int) -> SIMD3<Float>?
    ) -> (direction: SIMD3<Float>, strength: Float)? {
        var votes = SIMD3<Float>.zero
        var count = 0
        for index in run.contacts where index + 1 < run.contacts.upperBound {
            guard let flat = flatPoints[index], let rotation = rotation(index),
                  let up = Vector3.unit(acceleration.mean((flat - 1)..<(flat + 2))),
                  let front = Vector3.unit(Vector3.horizontal(Vector3.cross(rotation, up), up: travel.up))
            else { continue }
            votes += front
            count += 1
        }
        guard count > 0, let front = Vector3.unit(votes) else { return nil }
        return (front, Vector3.length(votes) / Float(count))
    }
}
