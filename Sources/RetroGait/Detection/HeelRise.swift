import Foundation

/// A foot leaving standing over its ball, told by its accelerometer alone: the heel rises while the toes still bear
/// load, so the foot has already turned away from its standing orientation when its magnitude starts to climb.
///
/// A walker starting from standing lifts the heel of the first swinging foot before its toes leave the ground (gait
/// initiation: the heel rises, the foot rolls over its ball, then the toes release; Brenière & Do 1986, J. Biomech.
/// 19:1035; Perry & Burnfield 2010, ch. 2). A foot at rest feels gravity alone, fixed in the sensor's frame; as the
/// heel rises, gravity turns in that frame by the foot's pitch. At the onset of the magnitude's first climb the
/// voisard2023 feet (gyroscope channels dropped) had turned 1.8–14.8° from their standing direction (more than 2° in
/// 23 of 24 files), and their reference toe-off lay at the top of the climb's burst (the onset was 54–131 ms early in
/// 9 of them), as at the push-off of a walking stance (``PushOffBurst``). The simulated foot is lifted straight out of
/// rest with no heel rise (at most 3.0° over 50–500 Hz with 0.01–0.05 g noise, never above four times its standing
/// scatter where over 2°): its toe-off is the onset itself, and the top of its first hump lies in the swing, ~50 ms
/// late.
enum HeelRise {
    /// The foot's direction before the onset is the mean specific force over this long (s)…
    static let windowSeconds = 0.1
    /// …ending this long (s) before the onset: the onset is the foot of a tangent, timed to about a sample (20 ms at
    /// 50 Hz), and a foot lifted straight out of rest turns at once in its swing (simulated backward walking at 50 Hz:
    /// 6.5° over the window ending at an onset 20 ms after the lift-off).
    static let onsetGapSeconds = 0.02
    /// The foot turned at least this much (degrees) from its standing direction…
    static let smallestTurnDegrees: Float = 2
    /// …and this many times the angle that the sensor's scatter at rest alone gives two such means (the standing
    /// samples' variance about their mean over each mean's sample count): a noisy sensor's direction wanders while it
    /// rests (simulated backward running with 0.05 g of noise, 0.28 s of standing: 2.8° against 1.8° of scatter).
    static let noiseMultiple: Float = 4

    /// Whether the foot had turned away from its standing direction (over `standing`, sample indices) in the
    /// ``windowSeconds`` before `onset` (a fractional sample index), by more than ``smallestTurnDegrees`` and
    /// ``noiseMultiple`` times what its scatter at rest gives; `false` when either stretch holds no sample.
    static func precedes(
        _ onset: Double, acceleration: TriaxialSignal, standing: Range<Int>, sampleRate: Double
    ) -> Bool {
        let count = min(acceleration.x.count, acceleration.y.count, acceleration.z.count)
        let width = max(1, Int((windowSeconds * sampleRate).rounded()))
        let end = min(count, Int((onset - onsetGapSeconds * sampleRate).rounded(.down)) + 1)
        let standing = max(0, standing.lowerBound)..<min(count, standing.upperBound, end)
        guard !standing.isEmpty, end - width >= standing.lowerBound,
              let rest = mean(acceleration, standing), rest.length > 0,
              let before = mean(acceleration, max(standing.upperBound, end - width)..<end), before.length > 0
        else { return false }
        // What the sensor's scatter at rest alone gives the angle between the two means (radians): the variance of the
        // samples about the standing mean (all three axes), over each mean's sample count, against the mean's size.
        var variance = 0.0
        for i in standing {
            let deviation = SIMD3(Double(acceleration.x[i]), Double(acceleration.y[i]), Double(acceleration.z[i])) - rest.mean
            variance += (deviation * deviation).sum()
        }
        variance /= Double(standing.count)
        let noise = Float((variance * (1 / Double(width) + 1 / Double(standing.count))).squareRoot() / rest.length) * 180 / .pi
        return degrees(between: rest.direction, and: before.direction) > max(smallestTurnDegrees, noiseMultiple * noise)
    }

    /// The mean specific force over `range` (g), its length and its unit direction; `nil` when the range is empty.
    private static func mean(
        _ acceleration: TriaxialSignal, _ range: Range<Int>
    ) -> (mean: SIMD3<Double>, length: Double, direction: SIMD3<Float>)? {
        guard !range.isEmpty else { return nil }
        var sum = SIMD3<Double>.zero
        for i in range {
            sum += SIMD3(Double(acceleration.x[i]), Double(acceleration.y[i]), Double(acceleration.z[i]))
        }
        let mean = sum / Double(range.count)
        let length = (mean * mean).sum().squareRoot()
        return (mean, length, length > 0 ? SIMD3<Float>(mean / length) : .zero)
    }

    private static func degrees(between a: SIMD3<Float>, and b: SIMD3<Float>) -> Float {
        let cosine = max(-1, min(1, (a * b).sum()))
        return acos(cosine) * 180 / .pi
    }
}
