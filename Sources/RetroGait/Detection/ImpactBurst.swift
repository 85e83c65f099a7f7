/// A foot's touchdown told by its collision: the onset of the impact's burst of fast vibration.
///
/// A swinging foot moves smoothly: the kinematics of walking and running lie below about 10 Hz (Winter 2009,
/// Biomechanics and Motor Control of Human Movement, ch. 2), and ``MotionSignals`` smooths the acceleration at 20 Hz
/// for that reason. The collision with the ground is not smooth: the impact rises within milliseconds and the shoe and
/// soft tissue ring at tens of hertz (the heel-strike transient; Lieberman et al. 2010, Nature 463:531), so the
/// touchdown is where the acceleration's fast content starts. Without a gyroscope, a walking foot's smoothed magnitude
/// can peak twice around its landing: the terminal swing's deceleration, while the foot still turns toes-up, and the
/// loading after the heel contact, while it turns down to flat. The touchdown lies between the two, where the smoothed
/// magnitude dips, and only the fast content shows it (voisard2023 feet: the landings taken on the first peak's rise
/// were 50–110 ms before the reference heel strike, which sits at the end of the toes-up turn).
///
/// The fast content is the second difference of the raw acceleration vector over samples spaced so that its gain
/// passes one half at the smoothing cutoff (``spacing(sampleRate:)``): it passes what the smoothing took out.
enum ImpactBurst {
    /// The burst stands out when its peak is this many times the root mean square of the fast content of the foot at
    /// rest; its onset also lies this far out of that noise.
    static let noiseMultiple: Float = 4
    /// The burst's onset is its first sample at this fraction of its peak (or out of the noise, if later).
    static let onsetFraction: Float = 0.5

    /// The spacing (samples) of the second difference: its gain sin²(π f h / rate) passes one half at the noise
    /// cutoff of ``MotionSignals``; `nil` when the rate leaves no octave above that cutoff (below 80 Hz).
    static func spacing(sampleRate: Double) -> Int? {
        let cutoff = MotionSignals.noiseCutoff(sampleRate: sampleRate)
        guard sampleRate >= 4 * cutoff else { return nil }
        return max(1, Int((sampleRate / (4 * cutoff)).rounded()))
    }

    /// The fast content at sample `i`: |a(i + h) − 2 a(i) + a(i − h)| / 4 (g); 0 within `h` of the ends.
    static func sharpness(_ acceleration: TriaxialSignal, at i: Int, spacing h: Int) -> Float {
        guard i - h >= 0, i + h < acceleration.count else { return 0 }
        func second(_ channel: [Float]) -> Float { channel[i + h] - 2 * channel[i] + channel[i - h] }
        let (x, y, z) = (second(acceleration.x), second(acceleration.y), second(acceleration.z))
        return 0.25 * (x * x + y * y + z * z).squareRoot()
    }

    /// The onset of the strongest burst between `start` and `end` (recording indices, inclusive): the first sample
    /// whose fast content reaches ``onsetFraction`` of the peak there and ``noiseMultiple`` times the noise, refined
    /// between samples; `nil` when the peak does not stand out of the noise, or when the sensor saturated there
    /// (``isSaturated(_:from:to:)``). The noise is the root mean square of the fast content over `rest` (the foot
    /// still on the ground).
    static func onset(
        _ acceleration: TriaxialSignal, from start: Int, to end: Int, rest: Range<Int>, spacing h: Int
    ) -> Double? {
        let first = max(h, start)
        let last = min(acceleration.count - h - 1, end)
        guard last > first, !rest.isEmpty, !isSaturated(acceleration, from: first - h, to: last + h) else { return nil }
        var squares: Float = 0
        for i in rest {
            let value = sharpness(acceleration, at: i, spacing: h)
            squares += value * value
        }
        let noise = noiseMultiple * (squares / Float(rest.count)).squareRoot()
        var peak: Float = 0
        for i in first...last { peak = max(peak, sharpness(acceleration, at: i, spacing: h)) }
        guard peak > noise else { return nil }
        let threshold = max(onsetFraction * peak, noise)
        var previous = sharpness(acceleration, at: first, spacing: h)
        if previous >= threshold { return Double(first) }
        for i in (first + 1)...last {
            let value = sharpness(acceleration, at: i, spacing: h)
            if value >= threshold { return Double(i) - Double((value - threshold) / (value - previous)) }
            previous = value
        }
        return nil
    }

    /// Whether some axis holds its largest absolute value over `lower...upper` for three samples in a row: the sensor
    /// saturated. A clipped impact is flattened, and the corners where the signal meets and leaves its full-scale range
    /// are fast content of their own (simulated foot clipped at ±2 g, backward walking: IC F1 0.973 → 0.7 with
    /// them read as bursts).
    static func isSaturated(_ acceleration: TriaxialSignal, from lower: Int, to upper: Int) -> Bool {
        func holdsExtreme(_ channel: [Float]) -> Bool {
            var extreme: Float = 0
            for i in lower...upper { extreme = max(extreme, abs(channel[i])) }
            var run = 0
            for i in lower...upper {
                run = abs(channel[i]) == extreme && (run == 0 || channel[i] == channel[i - 1]) ? run + 1 : 0
                if run >= 3 { return true }
            }
            return false
        }
        return holdsExtreme(acceleration.x) || holdsExtreme(acceleration.y) || holdsExtreme(acceleration.z)
    }
}
