import Foundation

/// Sign-free evidence of which of two groups of bouts is the backward one, from their rhythm.
///
/// At the same speed backward gait has a higher step frequency and a shorter ground contact than
/// forward gait, and people move backward more slowly than forward, which shortens the steps further
/// but leaves the cadence higher (see DESIGN.md). Neither cue depends on how the sensor is mounted.
/// Bouts are only compared with bouts of the same activity (walking with walking, running with
/// running): the gaits differ far more from each other than the directions do.
///
/// For each activity found in both groups, the log ratio of the groups' step-weighted mean cadence
/// and the log ratio of their median contact times are each scaled to a vote in −1…1
/// (``cadenceScale``, ``contactScale``: the log ratio that counts fully); the evidence is the mean of
/// the votes. Positive: the group signed +1 is forward (the −1 group steps faster, lands shorter).
///
/// A change of direction alters the cadence by 10–20 %. Groups of one activity whose cadences differ
/// by more than ``maximumCadenceLogRatio`` do not differ by direction alone: one of them is counted
/// in a different rhythm (a detector that found only every other step halves the cadence and
/// doubles the apparent contact), so that activity gives no votes.
struct RhythmContrast {
    /// One bout's rhythm.
    struct Bout {
        /// +1 or −1: the bout's travel group; 0 when it is in neither.
        var group: Float
        var activity: Activity
        /// Steps per minute.
        var cadence: Double
        /// Median ground contact of the bout's contacts, s (nil when no toe-off was found).
        var contactSeconds: Double?
        /// How many steps the bout has (weights its cadence).
        var steps: Int
    }

    /// Log cadence ratio that counts as full evidence (≈ 10 %).
    var cadenceScale = 0.1
    /// Log contact-time ratio that counts as full evidence (≈ 16 %).
    var contactScale = 0.15
    /// Largest log cadence ratio between the groups that direction can explain (≈ 1.5×).
    var maximumCadenceLogRatio = 0.4

    /// Evidence in −1…1 that group +1 is forward; 0 when no activity occurs in both groups.
    func evidence(_ bouts: [Bout]) -> Float {
        var votes: [Double] = []
        for activity in [Activity.walking, .running] {
            let plus = bouts.filter { $0.group > 0 && $0.activity == activity && $0.cadence > 0 }
            let minus = bouts.filter { $0.group < 0 && $0.activity == activity && $0.cadence > 0 }
            guard !plus.isEmpty, !minus.isEmpty else { continue }
            let cadenceLogRatio = log(Self.meanCadence(minus) / Self.meanCadence(plus))
            guard abs(cadenceLogRatio) <= maximumCadenceLogRatio else { continue }
            votes.append(clamp(cadenceLogRatio / cadenceScale))
            if let plusContact = Self.medianContact(plus), let minusContact = Self.medianContact(minus) {
                votes.append(clamp(log(plusContact / minusContact) / contactScale))
            }
        }
        guard !votes.isEmpty else { return 0 }
        return Float(votes.reduce(0, +) / Double(votes.count))
    }

    private func clamp(_ value: Double) -> Double { min(1, max(-1, value)) }

    /// Step-weighted mean cadence.
    private static func meanCadence(_ bouts: [Bout]) -> Double {
        let steps = bouts.reduce(0) { $0 + max(1, $1.steps) }
        return bouts.reduce(0) { $0 + $1.cadence * Double(max(1, $1.steps)) } / Double(steps)
    }

    /// Median of the bouts' median contact times.
    private static func medianContact(_ bouts: [Bout]) -> Double? {
        OrderStatistics.median(bouts.compactMap(\.contactSeconds))
    }
}
