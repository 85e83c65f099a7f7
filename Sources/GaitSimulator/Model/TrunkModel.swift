import Foundation
import RetroGait

/// The lower back (sacrum), treated as the body's centre of mass: its specific force is the sum of
/// the ground reaction forces of all feet on the ground, divided by body weight.
///
/// Each contact contributes a vertical loading wave (sin^1.5 of the stance phase in running; a double-humped
/// sin(πφ) + 0.35·sin(3πφ) in walking) scaled so the vertical force averages exactly 1 g over each step
/// (so the body neither rises nor sinks), an impact transient (large for heel strikes, small for toe
/// strikes, peak ≈ 16 ms after contact), a short soft-tissue wobble, a braking-then-propulsion AP wave
/// whose sign follows the direction of travel (mirrored in backward gait) and a medio-lateral push
/// away from the stance foot. The pelvis leans (more in forward running) and oscillates in pitch,
/// roll and yaw with the step phase, which moves gravity between the axes a little.
///
/// Segment frame: x forward (facing), y left, z up.
struct TrunkModel: SensorModel {
    let rhythm: GaitRhythm
    let sway: PostureSway
    /// Both legs: the pelvis is not the centre of mass, so it moves against the swinging legs.
    let legs: [LimbTrajectory]

    /// Leg mass over the mass of the rest of the body, scaled down (two legs ≈ 32 % of body mass): each
    /// leg's centre of mass is stood in for by the shank sensor's point, 15 cm above the ankle, which
    /// swings farther than the leg's centre of mass (at the thigh), hence the small ratio.
    private static let legMassRatio = 0.06

    func evaluate(at time: Double) -> (acceleration: SIMD3<Double>, rotation: SIMD3<Double>) {
        let force = specificForce(at: time, impactScale: 1)
        let h = differenceStep
        let (before, now, after) = (attitude(at: time - h), attitude(at: time), attitude(at: time + h))
        let rates = (after - before) / (2 * h) * degreesPerRadian
        // Roll is about x, pitch about y, yaw about z (small-angle rates).
        return (Self.toBody(force, attitude: now), SIMD3(rates.y, rates.x, rates.z))
    }

    /// Specific force (g) in the travel frame (x facing, y left, z up), gravity included.
    func specificForce(at time: Double, impactScale: Double) -> SIMD3<Double> {
        let engagement = rhythm.engagement(at: time)
        var gait = SIMD3<Double>.zero
        if engagement > 0, let recent = rhythm.recentContacts(at: time, lookBack: 1.2) {
            for index in recent {
                gait += contactForce(rhythm.contacts[index], at: time, impactScale: impactScale)
            }
        }
        gait.z += standingSupport(at: time)
        var force = engagement * gait
        force.z += 1 - engagement + pushOffFromStanding(at: time) + closingStepLoading(at: time)
        return force + sway.acceleration(at: time) + legReaction(at: time)
    }

    /// Vertical specific force (g) of the first push-off of a walk from standing: the body drops a little
    /// onto the leg that stays, then that leg pushes it up as the swing foot lifts off (gait initiation:
    /// the stance leg's vertical force dips, then rises above body weight). Real walkers (voisard2023,
    /// lower back, 12 trials): a dip to 0.75–0.96 g 20–40 ms before the first foot's lift-off, a peak
    /// of 1.09–1.42 g 20–60 ms after it. Modelled as a derivative of a Gaussian (no net impulse, so
    /// the body ends level), dip −``pushOffDepth`` at `c − σ`, peak +``pushOffDepth`` at `c + σ`. Walking
    /// only: there is no real recording of a run's start to shape one on.
    private func pushOffFromStanding(at time: Double) -> Double {
        guard let plan = rhythm.plan(at: time) ?? rhythm.plan(at: time + 4 * Self.pushOffWidth),
              plan.script.activity == .walking else { return 0 }
        let x = (time - plan.motionStart - Self.pushOffCentre) / Self.pushOffWidth
        guard abs(x) < 5 else { return 0 }
        return Self.pushOffDepth * x * exp(0.5 - 0.5 * x * x)
    }

    /// Vertical specific force (g) of a walk's closing step: the foot that is set down last, beside the
    /// other (the later ``FootBoutEdges/settle`` of the two feet, labelled as an initial contact), arrests the
    /// body's small fall onto the foot that stays, so the trunk dips and then loads. Real walkers
    /// (voisard2023, lower back, the last reference contact of 12 trials): a dip to 0.79–1.01 g (median
    /// 0.93) 0–180 ms before the touchdown (median 75 ms) and a peak of 1.03–1.56 g (median 1.11) 0–130 ms
    /// after it (median 50 ms), over a standing level of 1.00–1.03 g. Without it the simulated trunk went
    /// flat after the walk's stopping step (the other foot's settling, which ``standingSupport`` loads) and the
    /// labelled closing touchdown had no loading at all. Modelled like the push-off (no net impulse), a
    /// derivative of a Gaussian of half-width σ = ``closingStepWidth``: dip −``closingStepDepth`` σ/2 before
    /// the touchdown, peak +``closingStepDepth`` 1.5 σ after it, steepest rise σ/2 after it (the loading
    /// starts with the touchdown). Walking only, as the push-off.
    private func closingStepLoading(at time: Double) -> Double {
        // The body's motion ends at the touchdown (the plan's motionEnd): the peak comes after it.
        guard let plan = rhythm.plan(at: time) ?? rhythm.plan(at: time - 6 * Self.closingStepWidth),
              plan.script.activity == .walking else { return 0 }
        // Both feet settle after their last contact: the first one with the walk's stopping step, which
        // standingSupport loads; the later one is the closing step.
        let left = FootBoutEdges(side: .left, plan: plan, contacts: rhythm.contacts)?.settle
        let right = FootBoutEdges(side: .right, plan: plan, contacts: rhythm.contacts)?.settle
        guard let settle = left.map({ max($0, right ?? $0) }) ?? right else { return 0 }
        let x = (time - settle - 0.5 * Self.closingStepWidth) / Self.closingStepWidth
        guard abs(x) < 5 else { return 0 }
        return Self.closingStepDepth * x * exp(0.5 - 0.5 * x * x)
    }

    /// Size of the closing step's dip and peak, g, and its half-width σ, s.
    private static let closingStepDepth = 0.08
    private static let closingStepWidth = 0.045

    /// Size of the push-off's dip and peak, g.
    private static let pushOffDepth = 0.12
    /// Centre of the push-off wave after the lift-off, s, and its half-width σ (dip to centre), s.
    private static let pushOffCentre = 0.005
    private static let pushOffWidth = 0.035

    /// Vertical support (g) from the standing foot at either end of a bout: the foot that
    /// stays down while the first step is taken, until it pushes off (a double support after the first
    /// contact in walking, a flight before it in running), and the foot that is set down beside the
    /// other when the person stops (one step after the last contact). Without it the body would float
    /// in free fall between standing and the first or last labelled contact.
    private func standingSupport(at time: Double) -> Double {
        guard let plan = rhythm.plan(at: time), !plan.contacts.isEmpty else { return 0 }
        let first = rhythm.contacts[plan.contacts.lowerBound]
        let last = rhythm.contacts[plan.contacts.upperBound - 1]
        let transfer = Self.supportTransfer
        let pushOff = first.initialContact + (first.contactTime - first.stepTime)
        if time < pushOff { return 1 - smoothstep((time - (pushOff - transfer)) / transfer) }
        let settle = last.initialContact + last.stepTime
        if time > settle { return smoothstep((time - settle) / transfer) }
        return 0
    }

    /// How long the weight takes to move onto or off the standing foot, s.
    private static let supportTransfer = 0.12

    /// The pelvis's acceleration relative to the centre of mass: minus the legs' swing accelerations
    /// scaled by their mass share (g). Zero on average; it keeps the flight phase from being flat.
    private func legReaction(at time: Double) -> SIMD3<Double> {
        // A wide second difference (±25 ms) also low-passes the legs' sharp contact transitions.
        let h = 0.025
        var total = SIMD3<Double>.zero
        for leg in legs {
            let segment = leg.segment(at: time)
            let shankPoint = { (t: Double) in segment.pose(at: t).shankSensor }
            total += (shankPoint(time + h) - 2 * shankPoint(time) + shankPoint(time - h)) / (h * h)
        }
        return -Self.legMassRatio * total / standardGravity
    }

    private func contactForce(_ contact: Contact, at time: Double, impactScale: Double) -> SIMD3<Double> {
        let dt = time - contact.initialContact
        let running = contact.activity == .running
        let severity: Double = switch contact.strike {
        case .heel: 1
        case .mid, .unknown: 0.4
        case .toe: 0.12
        }
        let impactArea = (running ? 0.035 * contact.speed / 3.2 : 0.008) * severity * contact.impactGain
        var force = SIMD3<Double>.zero
        // Impact transient: gamma pulse, τ = 8 ms, unit area.
        let tau = 0.008
        let impact = dt > 0 ? dt * dt * exp(-dt / tau) / (2 * tau * tau * tau) : 0
        force.z += impactScale * impactArea * impact
        force.x -= impactScale * contact.travelSign * 0.35 * impactArea * impact
        // Soft-tissue wobble after touchdown.
        if dt > 0 {
            let wobble = (running ? 0.15 : 0.03) * (0.3 + 0.7 * severity) * contact.impactGain
            force.z += impactScale * wobble * exp(-dt / 0.04) * sin(2 * .pi * 12 * dt)
        }
        let phase = dt / contact.contactTime
        guard phase > 0, phase < 1 else { return force }
        let backward = contact.direction == .backward
        // Running: sin^1.5, a little more peaked than a half-sine. Walking: the double hump of the
        // published vertical GRF (valley ≈ 0.68 of the peaks, first peak at ≈ 25 % of stance); backward
        // walking is close to forward walking played in reverse, which leaves this symmetric shape as it is.
        let hump = running ? 0 : Self.walkingHump
        let power = running ? 1.5 : 1
        let shapeArea = Self.sinePowerArea(power) + hump * 2 / (3 * Double.pi)
        let amplitude = contact.gain * max(contact.stepTime - impactArea, 0) / (contact.contactTime * shapeArea)
        force.z += amplitude * (pow(sin(.pi * phase), power) + hump * sin(3 * .pi * phase))
        let brake = (running ? 0.14 : 0.2) * contact.speed * contact.gain
        let skew = backward ? 0.1 : 0.25
        force.x += contact.travelSign * brake * (-sin(2 * .pi * phase) - skew * sin(4 * .pi * phase))
        let lateral = (running ? 0.2 : 0.1) * contact.gain
        force.y -= (contact.side == .left ? 1 : -1) * lateral * sin(.pi * phase)
        return force
    }

    /// Weight of sin(3πφ) in the walking loading wave sin(πφ) + c·sin(3πφ).
    static let walkingHump = 0.35

    /// ∫₀¹ sin^p(πx) dx = Γ((p+1)/2) / (√π Γ(p/2 + 1)).
    static func sinePowerArea(_ p: Double) -> Double {
        tgamma((p + 1) / 2) / (Double.pi.squareRoot() * tgamma(p / 2 + 1))
    }

    /// Pelvis (pitch, roll, yaw) in radians: lean plus step-phase oscillations plus postural sway.
    func attitude(at time: Double) -> SIMD3<Double> {
        let engagement = rhythm.engagement(at: time)
        var angles = sway.tilt(at: time)
        guard engagement > 0, let plan = rhythm.plan(at: time) else { return angles }
        let running = plan.script.activity == .running
        let backward = plan.script.direction == .backward
        let lean: Double = switch (running, backward) {
        case (true, false): 7
        case (true, true): 3
        case (false, false): 2
        case (false, true): 1
        }
        let phase = rhythm.phase(at: time)
        let degrees = Double.pi / 180
        angles.x += engagement * (lean + 1.5 * cos(2 * phase)) * degrees
        angles.y += engagement * (running ? 2 : 3) * cos(phase) * degrees
        angles.z += engagement * 4 * sin(phase) * degrees
        return angles
    }

    /// Expresses a travel-frame vector in the pelvis frame tilted by (pitch, roll, yaw).
    static func toBody(_ v: SIMD3<Double>, attitude: SIMD3<Double>) -> SIMD3<Double> {
        // Orientation R = Rz(yaw) · Rx(roll) · Ry(pitch); body vector = Rᵀ v.
        let (pitch, roll, yaw) = (attitude.x, attitude.y, attitude.z)
        let rotation = RotationMatrix(axis: [0, 0, 1], angle: yaw)
            .multiplied(by: RotationMatrix(axis: [1, 0, 0], angle: roll))
            .multiplied(by: RotationMatrix(axis: [0, 1, 0], angle: pitch))
        return rotation.transposed.apply(v)
    }
}
