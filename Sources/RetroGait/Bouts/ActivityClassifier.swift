/// Walking or running for a stretch of gait.
///
/// Running is the gait with a flight phase, when both feet are off the ground and the body is in
/// free fall. A trunk sensor then reads close to 0 g along the vertical, a wrist sensor nearly as
/// little; in walking one foot is always loaded and the vertical stays near 1 g. So at the trunk and
/// wrist a stretch is running when its low vertical (5th percentile) falls below
/// ``flightVerticalG``. A foot or shank sensor does not feel the body's flight (its own swing is
/// driven); there the step rate decides: a step cadence at or above ``runningCadence`` is running
/// (people switch from walking to running between about 120 and 150 steps/min, forward or backward).
struct ActivityClassifier {
    var placement: Placement
    /// Vertical specific force (g) that a trunk or wrist sensor only undercuts in flight.
    var flightVerticalG: Float = 0.5
    /// Step cadence (steps/min) from which a foot or shank sensor's gait is running.
    var runningCadence = 140.0

    func activity(
        run: ContactRun, contacts: [DetectedContact], vertical: [Float], stepsPerEvent: Int, sampleRate: Double
    ) -> Activity {
        switch placement {
        case .foot, .shank:
            guard run.eventPeriod > 0 else { return .walking }
            let cadence = 60 * Double(stepsPerEvent) * sampleRate / run.eventPeriod
            return cadence >= runningCadence ? .running : .walking
        case .lowerBack, .wrist:
            let first = max(0, Int(contacts[run.contacts.lowerBound].position))
            let last = min(vertical.count, Int(contacts[run.contacts.upperBound - 1].position) + Int(run.eventPeriod))
            guard last > first else { return .walking }
            let low = RankSelection.values(atRanks: [Int(0.05 * Double(last - first - 1))], of: vertical[first..<last])[0]
            return low < flightVerticalG ? .running : .walking
        }
    }
}
