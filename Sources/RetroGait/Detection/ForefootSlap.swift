/// A running heel strike's second transient: the forefoot slap.
///
/// A running foot that lands on its heel turns flat about it within a fifth of the stance, 35–45 ms after
/// the impact, and the forefoot's arrival jerks the instep again, often harder than the heel's impact did
/// (simulated forward running heel strikes at 100 Hz: 250 g/s at the impact, 363 g/s at the slap). Taken
/// as the touchdown, the slap placed the landing 25–30 ms late. The touchdown is the first of the two
/// transients: an earlier rise of the magnitude, its jerk at least half as strong, with a dip of the
/// magnitude between the two rises.
enum ForefootSlap {
    /// An earlier jerk peak counts when it is at least this fraction of the later one's.
    static let jerkFraction: Float = 0.5
    /// …and the magnitude dips at least this much (g) below the earlier rise before the later one.
    static let dip: Float = 0.2

    /// The touchdown before the strong jerk at `impact` (an index into `magnitude`; `jerk` is read at
    /// `offset` further on), when that jerk is a slap: the earliest jerk peak after `start` and within
    /// `reach` samples before it that is at least ``jerkFraction`` as strong, lies on a rise of the
    /// magnitude, and is followed by a dip of ``dip`` before the later rise. Refined between samples;
    /// `nil` when there is none.
    static func touchdown(
        jerk: [Float], magnitude: [Float], offset: Int, impact: Double, from start: Int, reach: Int
    ) -> Double? {
        let later = Int(impact.rounded())
        guard later - 2 > start, later + 1 < magnitude.count, offset + later + 1 < jerk.count else { return nil }
        let strength = jerk[offset + later]
        var earliest: Int?
        var k = later - 2
        while k > max(start, later - reach) {
            let value = jerk[offset + k]
            if value > jerk[offset + k - 1], value >= jerk[offset + k + 1], value >= jerkFraction * strength,
               magnitude[k + 1] > magnitude[k], dipsBetween(magnitude, from: k, to: later) {
                earliest = k
            }
            k -= 1
        }
        return earliest.map { Double($0) + ParabolicPeak.offset(jerk, at: offset + $0) }
    }

    /// Whether the magnitude, rising at `from`, tops and falls ``dip`` below that top before `to`.
    private static func dipsBetween(_ magnitude: [Float], from: Int, to: Int) -> Bool {
        var top = magnitude[from]
        for m in (from + 1)...to {
            top = max(top, magnitude[m])
            if magnitude[m] < top - dip { return true }
        }
        return false
    }
}
