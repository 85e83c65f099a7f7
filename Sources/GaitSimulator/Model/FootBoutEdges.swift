import RetroGait

/// Where one foot leaves standing at the start of a gait bout and where it comes to rest at its end.
///
/// Both are real ground events of the limb model: the lift-off from standing is the foot's first
/// toe-off of the bout (its first swing starts from rest), and the settling step after its last
/// contact swings the foot beside the other one and puts it down (a touchdown with an impact).
/// ``LimbTrajectory`` moves the foot through both; ``GroundTruth`` labels both.
struct FootBoutEdges {
    /// The foot's lift-off from standing, s.
    var liftOff: Double
    /// The foot's settling touchdown after its last contact of the bout, s.
    var settle: Double

    /// The edges of `side`'s part of `plan`, or `nil` when that foot has no contact in the bout.
    init?(side: Side, plan: GaitBoutPlan, contacts: [Contact]) {
        let boutContacts = contacts[plan.contacts]
        guard let firstOfBout = boutContacts.first,
              let first = boutContacts.first(where: { $0.side == side }),
              let last = boutContacts.last(where: { $0.side == side })
        else { return nil }
        if firstOfBout.side == side {
            liftOff = plan.motionStart
        } else {
            // The other foot lifts off once the first has landed and taken some weight, one swing
            // before its own first contact.
            let swing = 2 * first.stepTime - first.contactTime
            liftOff = min(
                max(first.initialContact - swing, firstOfBout.initialContact + 0.3 * firstOfBout.contactTime),
                first.initialContact - 0.15)
        }
        settle = last.toeOff + 2 * last.stepTime - last.contactTime
    }
}
