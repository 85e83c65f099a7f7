/// Sub-sample refinement of a local maximum: the offset (−0.5…0.5 samples) of the vertex of the
/// parabola through a sample and its two neighbours; 0 when they do not bend downwards.
enum ParabolicPeak {
    static func offset(left: Double, middle: Double, right: Double) -> Double {
        let curvature = left - 2 * middle + right
        guard curvature < 0 else { return 0 }
        return max(-0.5, min(0.5, 0.5 * (left - right) / curvature))
    }

    /// The offset at `index` of `signal` (0 at either end).
    static func offset(_ signal: [Float], at index: Int) -> Double {
        guard index > 0, index + 1 < signal.count else { return 0 }
        return offset(left: Double(signal[index - 1]), middle: Double(signal[index]), right: Double(signal[index + 1]))
    }
}
