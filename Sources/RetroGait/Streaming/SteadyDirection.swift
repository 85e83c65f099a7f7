/// Keeps a live stream's direction of travel steady within a bout.
///
/// Each window of a stream judges the direction of the contacts it decides from the few seconds it
/// sees, and near the start of a bout, or where the evidence is thin, neighbouring windows can judge
/// differently (backward, then unknown, then forward within one bout). A live reader should see one
/// answer per stretch of gait, so the stream reports a direction only once it is settled:
///
/// - A bout starts undecided, and its contacts are reported `unknown` until ``confirmingContacts``
///   consecutive contacts are judged the same definite way; from then on that direction is reported.
/// - A window that cannot tell (`unknown`) changes nothing.
/// - A decided direction is doubted (reported `unknown` again) only after ``doubtingContacts``
///   consecutive contacts are judged the other way, and replaced only once ``confirmingContacts`` of
///   them agree: a real reversal, as when a runner turns round without stopping.
/// - A pause (no contact for ``pauseSeconds``, or for twice the last contact interval when that is
///   longer) ends the bout: the next one starts undecided.
struct SteadyDirection {
    /// Consecutive contacts judged one definite way that decide the direction.
    var confirmingContacts = 4
    /// Consecutive contacts judged the other way that put a decided direction in doubt.
    var doubtingContacts = 2
    /// The shortest pause that ends a bout, in seconds.
    var pauseSeconds = 2.0
    /// The direction reported now.
    private(set) var reported: Direction = .unknown
    private var run: (direction: Direction, count: Int) = (.unknown, 0)
    private var lastContact: Double?
    private var lastInterval: Double?

    /// The direction to report for a contact at `time` (seconds, in time order) that its window judged `judged`.
    mutating func direction(ofContactAt time: Double, judged: Direction) -> Direction {
        if let lastContact {
            let interval = time - lastContact
            if interval > max(pauseSeconds, 2 * (lastInterval ?? 0)) {
                reported = .unknown
                run = (.unknown, 0)
                lastInterval = nil
            } else {
                lastInterval = interval
            }
        }
        lastContact = time
        guard judged != .unknown else { return reported }
        run = run.direction == judged ? (judged, run.count + 1) : (judged, 1)
        if run.count >= confirmingContacts {
            reported = judged
        } else if reported != .unknown, judged != reported, run.count >= doubtingContacts {
            reported = .unknown
        }
        return reported
    }
}
