/// Consecutive contacts without a pause between them: the raw material of a gait bout.
struct ContactRun: Equatable {
    /// Indices into the analysis's contact list.
    var contacts: Range<Int>
    /// Median interval between consecutive contacts of the run, in samples (one detector event period:
    /// a step at the trunk and wrist, a stride at the foot and shank).
    var eventPeriod: Double

    /// Splits time-ordered contacts where the interval to the next one is a pause: longer than
    /// `pauseFactor` times the median interval of the contacts around it (the local rhythm, so a
    /// session that goes from walking to running is not split at every change of pace).
    ///
    /// O(n · w) for n contacts and a neighbourhood of w = 2·`neighbourhood` + 1 intervals (a sliding
    /// sorted window, no sort per contact).
    static func split(_ contacts: [DetectedContact], pauseFactor: Double, neighbourhood: Int = 4) -> [ContactRun] {
        guard !contacts.isEmpty else { return [] }
        let intervals = zip(contacts.dropFirst(), contacts).map { $0.position - $1.position }
        var runs: [ContactRun] = []
        var start = 0
        // intervals[index − neighbourhood ... index + neighbourhood], slid along.
        var window = SlidingMedian(capacity: 2 * neighbourhood + 1)
        for neighbour in 0..<min(intervals.count, neighbourhood) { window.insert(intervals[neighbour]) }
        for (index, interval) in intervals.enumerated() {
            if index + neighbourhood < intervals.count { window.insert(intervals[index + neighbourhood]) }
            if index - neighbourhood - 1 >= 0 { window.remove(intervals[index - neighbourhood - 1]) }
            let local = window.median ?? interval
            if interval > pauseFactor * local {
                runs.append(run(start..<(index + 1), intervals: intervals))
                start = index + 1
            }
        }
        runs.append(run(start..<contacts.count, intervals: intervals))
        return runs
    }

    /// The run cut before each of `points` (contact indices inside the run, ascending), each piece
    /// with its own median interval.
    func cut(at points: [Int], contacts: [DetectedContact]) -> [ContactRun] {
        let bounds = [self.contacts.lowerBound] + points.filter { self.contacts.contains($0) && $0 > self.contacts.lowerBound }
            + [self.contacts.upperBound]
        let intervals = zip(contacts.dropFirst(), contacts).map { $0.position - $1.position }
        return zip(bounds, bounds.dropFirst()).filter { $0 < $1 }.map { Self.run($0..<$1, intervals: intervals) }
    }

    private static func run(_ contacts: Range<Int>, intervals: [Double]) -> ContactRun {
        let inner = contacts.count > 1 ? Array(intervals[contacts.lowerBound..<(contacts.upperBound - 1)]) : []
        return ContactRun(contacts: contacts, eventPeriod: OrderStatistics.median(inner) ?? 0)
    }
}
