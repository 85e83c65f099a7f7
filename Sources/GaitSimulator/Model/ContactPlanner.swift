import Foundation
import RetroGait

/// Turns a session script into bouts and a time-ordered list of contacts.
///
/// Within a gait bout, the person starts from standing, ramps up over about 1.5 s (speed from 55 %
/// to 100 %), holds, and ramps down before the bout ends, then settles to standing. Step times get
/// AR(1)-correlated variability and left/right asymmetry; running contact times vary independently,
/// walking contacts end a double-support phase after the next contact.
struct ContactPlanner {
    var stepVariability: Double
    var asymmetry: Double

    /// Plans the whole session.
    func plan(_ session: SessionScript, random: inout SplitMix64) -> (bouts: [Bout], plans: [GaitBoutPlan], contacts: [Contact]) {
        var bouts: [Bout] = []
        var plans: [GaitBoutPlan] = []
        var contacts: [Contact] = []
        var start = 0.0
        for script in session.bouts {
            let end = start + script.duration
            let bout = Bout(startTime: start, endTime: end, activity: script.activity, direction: script.direction)
            bouts.append(bout)
            if script.activity != .standing {
                let first = contacts.count
                let planned = planBout(script, bout: bout, plan: plans.count, random: &random)
                contacts += planned.contacts
                plans.append(GaitBoutPlan(
                    bout: bout, script: script, contacts: first..<contacts.count,
                    motionStart: planned.motionStart, motionEnd: planned.motionEnd))
            }
            start = end
        }
        return (bouts, plans, contacts)
    }

    private func planBout(
        _ script: BoutScript, bout: Bout, plan: Int, random: inout SplitMix64
    ) -> (contacts: [Contact], motionStart: Double, motionEnd: Double) {
        let ramp = min(1.5, bout.duration / 4)
        func speedFactor(_ t: Double) -> Double {
            let edge = min((t - bout.startTime) / ramp, (bout.endTime - t) / ramp, 1)
            return 0.55 + 0.45 * smoothstep(max(edge, 0))
        }
        let slow = GaitParameters(script, speedFactor: 0.55)
        let firstSwing = 2 * slow.stepTime - slow.contactTime
        let motionStart = bout.startTime + 0.05 + random.uniform() * 0.1
        var time = motionStart + firstSwing
        var side: Side = random.uniform() < 0.5 ? .left : .right
        var stepNumber = side == .left ? 0 : 1
        var correlated = 0.0
        var contacts: [Contact] = []
        var motionEnd = motionStart
        while true {
            let parameters = GaitParameters(script, speedFactor: speedFactor(time))
            let lopsided = side == .left ? 1 + asymmetry / 2 : 1 - asymmetry / 2
            correlated = 0.3 * correlated + (1 - 0.09).squareRoot() * random.gaussian()
            let step = parameters.stepTime * lopsided * (1 + stepVariability * correlated)
            var contact: Double
            if script.activity == .running {
                contact = min(parameters.contactTime * lopsided * (1 + stepVariability * random.gaussian()), step - 0.02)
            } else {
                // The trailing foot leaves once the leading foot has taken the weight: toe-off follows the
                // next contact after a double-support phase, which varies (about twice the step-time
                // CV), rather than stance varying independently of the step.
                let doubleSupport = (parameters.contactTime - parameters.stepTime) * lopsided
                contact = step + doubleSupport * (1 + 2 * stepVariability * random.gaussian())
            }
            let swing = 2 * parameters.stepTime - parameters.contactTime
            // Room for this contact and for the foot to settle afterwards, inside the bout.
            guard time + contact + swing + 0.05 <= bout.endTime else { break }
            contacts.append(Contact(
                side: side, initialContact: time, toeOff: time + contact, stepTime: step,
                activity: script.activity, direction: script.direction, strike: script.effectiveStrike,
                speed: parameters.speed, gain: 1 + 0.06 * random.gaussian(),
                impactGain: (1 + 0.15 * random.gaussian()) * (side == .left ? 1 + asymmetry : 1 - asymmetry),
                plan: plan, stepNumber: stepNumber))
            motionEnd = time + contact + swing
            time += step
            side = side == .left ? .right : .left
            stepNumber += 1
        }
        return (contacts, motionStart, max(motionEnd, motionStart))
    }
}

/// 3t² − 2t³ on [0, 1], clamped outside.
func smoothstep(_ t: Double) -> Double {
    let x = min(max(t, 0), 1)
    return x * x * (3 - 2 * x)
}
