/// Ground-contact time of one step measured in both the truth and the detections.
public struct ContactTimePair: Sendable, Codable, Equatable, Hashable {
    /// Index of the truth initial contact in the truth event list.
    public var truthIndex: Int
    /// Index of the matched detected initial contact in the detected event list.
    public var detectedIndex: Int
    /// Truth contact time (toe-off − initial contact) in seconds.
    public var truthContactTime: Double
    /// Detected contact time in seconds.
    public var detectedContactTime: Double

    /// Creates a pair.
    public init(truthIndex: Int, detectedIndex: Int, truthContactTime: Double, detectedContactTime: Double) {
        self.truthIndex = truthIndex
        self.detectedIndex = detectedIndex
        self.truthContactTime = truthContactTime
        self.detectedContactTime = detectedContactTime
    }

    /// Signed error in seconds, detected − truth: positive when contacts are detected as too long.
    public var error: Double { detectedContactTime - truthContactTime }

    enum CodingKeys: String, CodingKey {
        case truthIndex = "truth_index"
        case detectedIndex = "detected_index"
        case truthContactTime = "truth_contact_time_s"
        case detectedContactTime = "detected_contact_time_s"
    }
}

/// Contact-time agreement over matched initial contacts.
///
/// For each matched initial-contact pair, the contact time is taken in the truth and in the detections
/// separately: from the initial contact to the **next toe-off of the same foot** (same ``Side``), provided
/// it comes before that foot's next initial contact. A pair counts only when both sides have such a
/// toe-off. Events with side `unknown` are treated as one foot, which is right when contacts do not
/// overlap (running) but would pair a contact with the other foot's toe-off in walking. So when the
/// detected initial contact has no side but the truth one has, the step counts only if the truth contact
/// overlaps no other contact (no other truth initial contact or toe-off of any foot between its initial
/// contact and its toe-off — true in running, never in walking); with detected sides, every step counts.
public struct ContactTimeComparison: Sendable, Codable, Equatable {
    /// The steps with a contact time on both sides, in truth-time order.
    public var pairs: [ContactTimePair]
    /// Statistics of the signed errors (detected − truth) of ``pairs``, in ms.
    public var statistics: TimingErrorStatistics

    /// Pairs every matched initial contact with its following toe-off in both lists.
    ///
    /// - Parameters:
    ///   - truth: all truth events (both kinds); `matches` index into it.
    ///   - detected: all detected events (both kinds); `matches` index into it.
    ///   - matches: matched initial-contact pairs.
    public init(truth: [GaitEvent], detected: [GaitEvent], matches: [EventPair]) {
        let truthContacts = Self.contactTimes(truth)
        let detectedContacts = Self.contactTimes(detected)
        let truthTimes = truth.map(\.time).filter(\.isFinite).sorted()
        /// Whether another truth event (either kind, any foot) lies strictly inside (start, start + duration);
        /// the contact's own toe-off sits at the end (compared with 1 µs slack for rounding).
        func overlapsAnotherContact(start: Double, duration: Double) -> Bool {
            var low = 0, high = truthTimes.count
            while low < high {
                let middle = (low + high) / 2
                if truthTimes[middle] <= start { low = middle + 1 } else { high = middle }
            }
            return low < truthTimes.count && truthTimes[low] < start + duration - 1e-6
        }
        var pairs: [ContactTimePair] = []
        for match in matches {
            guard let t = truthContacts[match.truthIndex], let d = detectedContacts[match.detectedIndex] else { continue }
            let sidesComparable = detected[match.detectedIndex].side != .unknown || truth[match.truthIndex].side == .unknown
            if !sidesComparable, overlapsAnotherContact(start: truth[match.truthIndex].time, duration: t) { continue }
            pairs.append(ContactTimePair(
                truthIndex: match.truthIndex, detectedIndex: match.detectedIndex,
                truthContactTime: t, detectedContactTime: d))
        }
        self.init(pairs: pairs)
    }

    /// Creates a comparison from already paired contact times.
    public init(pairs: [ContactTimePair]) {
        self.pairs = pairs
        statistics = TimingErrorStatistics(errors: pairs.map(\.error))
    }

    /// Contact time of every initial contact that has a toe-off of the same foot before that foot's
    /// next initial contact, keyed by the initial contact's index in `events`. O(n log n).
    package static func contactTimes(_ events: [GaitEvent]) -> [Int: Double] {
        let order = events.indices.filter { events[$0].time.isFinite }
            .sorted { (events[$0].time, $0) < (events[$1].time, $1) }
        var open: [Side: Int] = [:]
        var result: [Int: Double] = [:]
        for index in order {
            let event = events[index]
            switch event.kind {
            case .initialContact:
                open[event.side] = index
            case .toeOff:
                guard let start = open.removeValue(forKey: event.side) else { continue }
                let duration = event.time - events[start].time
                if duration > 0 { result[start] = duration }
            }
        }
        return result
    }

    enum CodingKeys: String, CodingKey {
        case pairs, statistics
    }
}
