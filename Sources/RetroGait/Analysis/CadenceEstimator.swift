/// Cadence from detected contacts: the median over intervals between consecutive contacts in the
/// same rhythmic segment, so pauses between bouts do not count as long steps.
enum CadenceEstimator {
    /// Steps per minute, or nil with fewer than two contacts in any segment.
    static func medianCadence(
        contacts: [DetectedContact], segments: [GaitSegment], stepsPerContact: Int, sampleRate: Double
    ) -> Double? {
        var intervals: [Double] = []
        var index = 0
        for segment in segments {
            var previous: Double?
            while index < contacts.count, contacts[index].position < Double(segment.range.upperBound) {
                let position = contacts[index].position
                if let previous { intervals.append((position - previous) / sampleRate) }
                previous = position
                index += 1
            }
        }
        guard let median = OrderStatistics.median(intervals) else { return nil }
        return 60 * Double(stepsPerContact) / median
    }
}
