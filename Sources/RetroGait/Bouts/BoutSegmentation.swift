/// Rules that cut a recording into bouts. All times in seconds.
///
/// 1. Contacts are split into runs at pauses: an interval longer than ``pauseFactor`` times the
///    local median interval (a stop between intervals; a missed contact is healed by rule 5).
///    A run whose travel direction turns round with no pause between (forward running straight
///    into backward running) is cut where it turns (``TravelReversalSplitter``, in the classifier).
///    At the wrist, whose per-step travel votes carry the arm swing, a run is instead cut where its
///    cadence jumps between two steady stretches (``CadenceChangeSplitter``: backward gait steps faster),
///    and, walking, where the phase of its sway against its bounce at the step frequency turns between
///    two steady stretches of one rhythm (``SwayPhaseReversalSplitter``: backward gait is close to
///    forward gait reversed in time, and a walking turn changes the cadence by only ≈ 5 %).
///    At a foot or shank, a run that walks steadily on one side and runs steadily on the other (a run
///    slowing straight into a walk) is cut where the gait changes (``GaitChangeSplitter``: cadence
///    and duty factor, in the classifier).
/// 2. At a foot or shank (``missedContactPeriods`` set), a run with fewer than ``minimumContacts``
///    contacts next to a longer run, at most ``missedContactPeriods`` event periods (strides, the
///    median of the ``edgeIntervals`` next to it) from it, is the same gait with a contact missed in
///    between (a bout's first landing, or its settling touchdown after one missed stride) and is
///    joined to it. (At the trunk and wrist, whose event is a step, such a reach is short enough for
///    noise in standing to fall within it.) Other short runs are joined to the nearer neighbouring run
///    when the gap is shorter than ``minimumStandingSeconds``, and otherwise are not a bout.
/// 3. A run is only gait when the body moves: the acceleration magnitude over it spans at least
///    ``minimumMovementG`` between its 5th and 95th percentiles (stepping shakes any body-worn sensor
///    by more than ±0.1 g; standing sway and sensor noise stay well below). This drops the few
///    "contacts" a detector may find in standing at the edge of a bout.
/// 4. Each run is classified (activity, direction). A gait bout spans from half an event period
///    before its first contact to one event period after its last (the last stance and swing).
/// 5. Neighbouring bouts with the same activity and direction and less than
///    ``minimumStandingSeconds`` between them are merged, unless rule 1b cut them apart; so are
///    bouts up to ``maximumLostGaitSeconds`` apart when the body kept moving between them (rule 3's
///    test): standing is still, and such a gap is strides the detector lost.
/// 6. The time between gait bouts is standing when it lasts at least ``minimumStandingSeconds``
///    and is not such lost gait;
///    a shorter gap is shared between its neighbours (split in the middle), and at the ends of the
///    recording a shorter gap is given to the first or last bout. "Standing" means "no gait": any
///    stretch without rhythmic stepping.
struct BoutSegmentation {
    var pauseFactor = 1.7
    var minimumContacts = 4
    var minimumStandingSeconds = 2.0
    var minimumMovementG: Float = 0.2
    /// Event periods between a short run and a longer neighbour up to which the short run is joined
    /// as the same gait with one contact missed (rule 2), or nil for no such joining.
    var missedContactPeriods: Double?
    /// The intervals at a long run's end whose median is the rhythm a missed contact spans (rule 2).
    var edgeIntervals = 6
    /// The longest gap between two gait bouts (seconds) that is still gait when the body kept moving
    /// in it (rules 5 and 6): a few lost strides, not a stretch of some other movement.
    var maximumLostGaitSeconds = 4.0

    /// The rules for a placement: foot and shank join a short run across one missed stride (two
    /// strides, with room for the pace to vary: 2.4).
    init(placement: Placement) {
        missedContactPeriods = placement == .foot || placement == .shank ? 2.4 : nil
    }

    /// A classified run of contacts, in seconds on the recording's time base.
    struct GaitBout: Equatable {
        var contacts: Range<Int>
        var start: Double
        var end: Double
        var activity: Activity
        var direction: Direction
        var directionConfidence: Double
        /// Whether the run was cut from the one before it (rule 1b or 1c) or travels opposite to it:
        /// such neighbours are never merged, whatever their directions were decided to be.
        var startsAtChange = false
    }

    /// Runs after rules 1 to 3.
    func runs(_ contacts: [DetectedContact], magnitude: [Float], sampleRate: Double) -> [ContactRun] {
        var runs = joiningMissedContacts(ContactRun.split(contacts, pauseFactor: pauseFactor), contacts: contacts).filter {
            moves($0, contacts: contacts, magnitude: magnitude)
        }
        let maximumGap = minimumStandingSeconds * sampleRate
        var index = 0
        while index < runs.count {
            guard runs[index].contacts.count < minimumContacts, runs.count > 1 else { index += 1; continue }
            let gapBefore = index > 0
                ? contacts[runs[index].contacts.lowerBound].position - contacts[runs[index - 1].contacts.upperBound - 1].position
                : .infinity
            let gapAfter = index + 1 < runs.count
                ? contacts[runs[index + 1].contacts.lowerBound].position - contacts[runs[index].contacts.upperBound - 1].position
                : .infinity
            if min(gapBefore, gapAfter) > maximumGap {
                runs.remove(at: index)
            } else if gapBefore <= gapAfter {
                runs[index - 1] = Self.union(runs[index - 1], runs[index], contacts)
                runs.remove(at: index)
            } else {
                runs[index + 1] = Self.union(runs[index], runs[index + 1], contacts)
                runs.remove(at: index)
            }
        }
        return runs.filter { $0.contacts.count >= minimumContacts || runs.count == 1 && $0.contacts.count >= 2 }
    }

    /// Rule 2's first half: each short run joined to a longer neighbour whose rhythm reaches it
    /// across one missed contact. A lone contact cannot show movement on its own (rule 3), so this
    /// comes first.
    private func joiningMissedContacts(_ split: [ContactRun], contacts: [DetectedContact]) -> [ContactRun] {
        var runs = split
        var index = 0
        while index < runs.count {
            guard runs[index].contacts.count < minimumContacts else { index += 1; continue }
            func reaches(_ long: ContactRun, atItsEnd: Bool, gap: Double) -> Bool {
                guard let missedContactPeriods, long.contacts.count >= minimumContacts else { return false }
                return gap <= missedContactPeriods * Self.edgePeriod(of: long, atItsEnd: atItsEnd, intervals: edgeIntervals, contacts)
            }
            if index > 0, reaches(runs[index - 1], atItsEnd: true, gap: contacts[runs[index].contacts.lowerBound].position
                - contacts[runs[index - 1].contacts.upperBound - 1].position) {
                runs[index - 1] = Self.union(runs[index - 1], runs[index], contacts)
                runs.remove(at: index)
            } else if index + 1 < runs.count, reaches(runs[index + 1], atItsEnd: false, gap: contacts[runs[index + 1].contacts.lowerBound].position
                - contacts[runs[index].contacts.upperBound - 1].position) {
                runs[index + 1] = Self.union(runs[index], runs[index + 1], contacts)
                runs.remove(at: index)
            } else {
                index += 1
            }
        }
        return runs
    }

    /// The median of the (up to) `intervals` intervals at one end of `run`: the rhythm next to a
    /// short run, where the long run's own median can be another gait's (a run that slows into a walk
    /// without a pause is one run until rule 1d cuts it).
    private static func edgePeriod(
        of run: ContactRun, atItsEnd: Bool, intervals: Int, _ contacts: [DetectedContact]
    ) -> Double {
        let range = run.contacts
        let count = min(intervals, range.count - 1)
        guard count > 0 else { return run.eventPeriod }
        let first = atItsEnd ? range.upperBound - 1 - count : range.lowerBound
        let edge = (first..<(first + count)).map { contacts[$0 + 1].position - contacts[$0].position }
        return OrderStatistics.median(edge) ?? run.eventPeriod
    }

    private func moves(_ run: ContactRun, contacts: [DetectedContact], magnitude: [Float]) -> Bool {
        moves(Int(contacts[run.contacts.lowerBound].position)..<(Int(contacts[run.contacts.upperBound - 1].position) + 1),
              magnitude: magnitude)
    }

    /// Rule 3's test on a stretch of samples: the acceleration magnitude spans at least
    /// ``minimumMovementG`` between its 5th and 95th percentiles.
    func moves(_ samples: Range<Int>, magnitude: [Float]) -> Bool {
        let first = max(0, samples.lowerBound)
        let last = min(magnitude.count, samples.upperBound)
        guard last > first else { return false }
        let n = Double(last - first - 1)
        let ranked = RankSelection.values(atRanks: [Int(0.95 * n), Int(0.05 * n)], of: magnitude[first..<last])
        return ranked[0] - ranked[1] >= minimumMovementG
    }

    private static func union(_ a: ContactRun, _ b: ContactRun, _ contacts: [DetectedContact]) -> ContactRun {
        let range = a.contacts.lowerBound..<b.contacts.upperBound
        let intervals = zip(contacts[range].dropFirst(), contacts[range]).map { $0.position - $1.position }
        return ContactRun(contacts: range, eventPeriod: OrderStatistics.median(intervals) ?? a.eventPeriod)
    }

    /// Rules 4 and 5: merged gait bouts and standing in between, covering `recordingStart..<recordingEnd`.
    /// `moving(start, end)` tells whether the body moved between two times as in gait (rule 3's test).
    func assemble(
        _ gait: [GaitBout], recordingStart: Double, recordingEnd: Double, moving: (Double, Double) -> Bool = { _, _ in false }
    ) -> [(bout: Bout, gait: GaitBout?)] {
        // A short gap between two gait bouts in which the body kept moving is gait whose contacts the
        // detector lost (a turn, the first steps after a change of gait), not standing.
        func lostGait(from start: Double, to end: Double) -> Bool {
            end - start <= maximumLostGaitSeconds && moving(start, end)
        }
        var merged: [GaitBout] = []
        for bout in gait {
            if var last = merged.last, last.activity == bout.activity, last.direction == bout.direction,
               !bout.startsAtChange,
               bout.start - last.end < minimumStandingSeconds || lostGait(from: last.end, to: bout.start) {
                let (a, b) = (Double(last.contacts.count), Double(bout.contacts.count))
                last.directionConfidence = (last.directionConfidence * a + bout.directionConfidence * b) / (a + b)
                last.contacts = last.contacts.lowerBound..<bout.contacts.upperBound
                last.end = bout.end
                merged[merged.count - 1] = last
            } else {
                merged.append(bout)
            }
        }
        for index in merged.indices {
            merged[index].start = max(recordingStart, merged[index].start)
            merged[index].end = min(recordingEnd, merged[index].end)
        }
        var result: [(bout: Bout, gait: GaitBout?)] = []
        var cursor = recordingStart
        for (index, var bout) in merged.enumerated() {
            let gap = bout.start - cursor
            if gap >= minimumStandingSeconds, index == 0 || !lostGait(from: cursor, to: bout.start) {
                result.append((Bout(startTime: cursor, endTime: bout.start, activity: .standing, direction: .unknown), nil))
            } else if index == 0 {
                bout.start = recordingStart
            } else {
                let middle = cursor + max(0, gap) / 2
                result[result.count - 1].bout.endTime = middle
                result[result.count - 1].gait?.end = middle
                bout.start = middle
            }
            result.append((Self.bout(bout), bout))
            cursor = bout.end
        }
        if recordingEnd - cursor >= minimumStandingSeconds || result.isEmpty {
            if recordingEnd > cursor {
                result.append((Bout(startTime: cursor, endTime: recordingEnd, activity: .standing, direction: .unknown), nil))
            }
        } else {
            result[result.count - 1].bout.endTime = recordingEnd
            result[result.count - 1].gait?.end = recordingEnd
        }
        return result
    }

    private static func bout(_ gait: GaitBout) -> Bout {
        Bout(startTime: gait.start, endTime: gait.end, activity: gait.activity, direction: gait.direction)
    }
}
