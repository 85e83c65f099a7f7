/// A quintic Hermite segment on s ∈ [0, 1] with given end values and slopes, a given curvature at the
/// start (zero unless set) and zero curvature at the end, so consecutive segments join with continuous
/// value, slope and second derivative.
struct QuinticHermite {
    var start: Double
    /// d value / ds at s = 0.
    var startSlope: Double
    var end: Double
    /// d value / ds at s = 1.
    var endSlope: Double
    /// d² value / ds² at s = 0.
    var startCurvature = 0.0

    func callAsFunction(_ s: Double) -> Double {
        let s2 = s * s, s3 = s2 * s, s4 = s3 * s, s5 = s4 * s
        let h0 = 1 - 10 * s3 + 15 * s4 - 6 * s5
        let h1 = s - 6 * s3 + 8 * s4 - 3 * s5
        let h2 = 0.5 * (s2 - 3 * s3 + 3 * s4 - s5)
        let h4 = -4 * s3 + 7 * s4 - 3 * s5
        let h5 = 10 * s3 - 15 * s4 + 6 * s5
        return h0 * start + h1 * startSlope + h2 * startCurvature + h4 * endSlope + h5 * end
    }
}

/// A smooth curve through keyframes on s ∈ [0, 1]: the first key carries a slope (to continue the
/// previous motion), interior and last keys are turning points (zero slope).
struct KeyframeCurve {
    /// (s, value) pairs with increasing s; the first at s = 0, the last at s = 1.
    var keys: [(s: Double, value: Double)]
    /// d value / ds at s = 0.
    var startSlope: Double
    /// d² value / ds² at s = 0.
    var startCurvature = 0.0

    func callAsFunction(_ s: Double) -> Double {
        var index = 0
        while index + 2 < keys.count, s > keys[index + 1].s { index += 1 }
        let a = keys[index], b = keys[index + 1]
        let width = b.s - a.s
        let slope = index == 0 ? startSlope * width : 0
        let curvature = index == 0 ? startCurvature * width * width : 0
        return QuinticHermite(start: a.value, startSlope: slope, end: b.value, endSlope: 0, startCurvature: curvature)(
            (s - a.s) / width)
    }
}
