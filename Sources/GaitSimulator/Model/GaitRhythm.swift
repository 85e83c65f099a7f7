import Foundation

/// The session's rhythm seen from the trunk: how much the body is in gait (0 standing … 1 steady
/// gait, eased in from the first lift-off to the first contact and out after the last toe-off), and
/// a continuous step phase Φ that advances by π per step and is a multiple of 2π at left contacts.
struct GaitRhythm {
    let contacts: [Contact]
    let plans: [GaitBoutPlan]
    private let contactTimes: [Double]
    private let planStarts: [Double]

    init(contacts: [Contact], plans: [GaitBoutPlan]) {
        self.contacts = contacts
        self.plans = plans
        contactTimes = contacts.map(\.initialContact)
        planStarts = plans.map(\.motionStart)
    }

    /// The gait bout plan in motion at `time` (or the latest one started), if any.
    func plan(at time: Double) -> GaitBoutPlan? {
        let index = lastIndex(in: planStarts, atOrBefore: time)
        guard index >= 0 else { return nil }
        let plan = plans[index]
        return time <= plan.motionEnd ? plan : nil
    }

    /// 0 when standing, 1 in steady gait.
    func engagement(at time: Double) -> Double {
        guard let plan = plan(at: time), !plan.contacts.isEmpty else { return 0 }
        let first = contacts[plan.contacts.lowerBound]
        let last = contacts[plan.contacts.upperBound - 1]
        if time < first.initialContact {
            return smoothstep((time - plan.motionStart) / max(first.initialContact - plan.motionStart, 1e-3))
        }
        if time > last.toeOff {
            return 1 - smoothstep((time - last.toeOff) / max(plan.motionEnd - last.toeOff, 1e-3))
        }
        return 1
    }

    /// Step phase Φ in radians (meaningful while ``engagement(at:)`` > 0).
    func phase(at time: Double) -> Double {
        guard let plan = plan(at: time), !plan.contacts.isEmpty else { return 0 }
        let index = min(max(lastIndex(in: contactTimes, atOrBefore: time), plan.contacts.lowerBound),
                        plan.contacts.upperBound - 1)
        let contact = contacts[index]
        return .pi * (Double(contact.stepNumber) + (time - contact.initialContact) / contact.stepTime)
    }

    /// Indices of contacts whose initial contact lies in (time − lookBack, time].
    func recentContacts(at time: Double, lookBack: Double) -> ClosedRange<Int>? {
        let last = lastIndex(in: contactTimes, atOrBefore: time)
        guard last >= 0 else { return nil }
        var first = last
        while first > 0, contactTimes[first - 1] > time - lookBack { first -= 1 }
        return contactTimes[first] > time - lookBack ? first...last : nil
    }
}

/// The largest index whose value is ≤ `value` in ascending `values`, or −1.
func lastIndex(in values: [Double], atOrBefore value: Double) -> Int {
    var low = 0, high = values.count
    while low < high {
        let mid = (low + high) / 2
        if values[mid] <= value { low = mid + 1 } else { high = mid }
    }
    return low - 1
}
