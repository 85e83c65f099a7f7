/// A walking foot's push-off, told by its acceleration alone: the toe leaves the ground at the top of the burst
/// that ends the stance.
///
/// In terminal stance and pre-swing a forward walker's heel rises and the loaded foot pivots about its toes (the
/// forefoot rocker; Perry & Burnfield 2010, Gait Analysis, ch. 2), faster and faster, until the toes leave the
/// ground; an instep sensor feels that rotation (its centripetal and tangential acceleration) as a burst of the
/// acceleration magnitude that tops at the toe-off, when the foot turns fastest, and falls back once the ground no
/// longer drives the foot. The onset of the swing's first rise
/// (``SwingBoundaryDetector``) lies at the foot of that burst: voisard2023 feet without the gyroscope, 48 / 53 ms
/// (left / right median) before the reference toe-off, which sits at the burst's top (median magnitude over 319
/// straight-walk toe-offs: 1.25 g 70 ms before, 3.0 g at +10 ms, back to 1.2 g at +80 ms).
///
/// A foot that unloads before its rise, its magnitude sinking well below the stance level, is no longer pushed
/// by the ground: the rise is the swing's own, and its onset stands as the toe-off. So do the simulated feet,
/// forward and backward, which unload to 0.4–0.7 g before their swing (within bouts, 100 Hz: at most 0.54 g
/// forward, 0.67 g backward, against a stance level near 1 g). A backward walker lands on the toes and rolls back
/// onto the heel, so its stance ends with no pivot over the toes.
enum PushOffBurst {
    /// The toe-off at the top of the push-off burst rising from `foot` (the onset of the swing's first rise, a
    /// fractional index into `magnitude`), refined between samples, or `nil` when the rise is no push-off burst.
    ///
    /// - Parameters:
    ///   - magnitude: the acceleration magnitude in g.
    ///   - stance: the stance centre before the rise.
    ///   - midSwing: the burst must have fallen back by then (exclusive): it is the push-off's, not the swing's.
    ///   - stanceLevel: the magnitude of the resting foot (g).
    ///   - unloading: the foot unloaded before the rise when its magnitude sank this far (g) below `stanceLevel`
    ///     between `stance` and `foot`; the burst must also rise this far above the magnitude at `foot`.
    static func toeOff(
        _ magnitude: [Float], stance: Int, foot: Double, midSwing: Int, stanceLevel: Float, unloading: Float
    ) -> Double? {
        let start = Int(foot.rounded())
        let end = min(midSwing, magnitude.count - 1)
        guard stance >= 0, stance <= start, start < end,
              !unloaded(magnitude, stance: stance, foot: foot, stanceLevel: stanceLevel, unloading: unloading)
        else { return nil }
        // The highest point of the rise, until the magnitude falls back below half of its height over the foot.
        var top = start
        for i in start..<end {
            if magnitude[i] > magnitude[top] { top = i }
            let height = magnitude[top] - magnitude[start]
            if height >= unloading && magnitude[i] < magnitude[top] - 0.5 * height {
                return Double(top) + ParabolicPeak.offset(magnitude, at: top)
            }
        }
        return nil
    }

    /// Whether the foot unloaded between `stance` and `foot` (its magnitude sank `unloading` below `stanceLevel`): its
    /// rise is then the swing's own, not a push-off burst.
    static func unloaded(_ magnitude: [Float], stance: Int, foot: Double, stanceLevel: Float, unloading: Float) -> Bool {
        let start = min(Int(foot.rounded()), magnitude.count - 1)
        guard stance >= 0, stance <= start else { return false }
        return magnitude[stance...start].contains { $0 < stanceLevel - unloading }
    }
}
