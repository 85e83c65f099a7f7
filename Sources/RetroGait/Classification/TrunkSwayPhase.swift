import GaitDSP

/// The phase of the trunk's anteroposterior sway against its vertical bounce at the step frequency.
///
/// Every step brakes the trunk and then propels it, so the horizontal specific force along the travel
/// and the vertical one are in quadrature (±90°) at the step frequency, forward and backward alike. A
/// lead beyond the quadrature is a time's arrow: backward walking is close to forward walking played
/// backward in time (joint angles: Winter, Pluck & Yang 1989; Grasso et al. 1998; Lee et al. 2013, who
/// find the ankle moment nearly the same reversed), and reversed, the trunk's acceleration runs the other
/// way in time while the travel flips, which mirrors the phase about the quadrature (Δ → 180° − Δ).
/// The vertical's step-frequency component peaks in the double support in walking and at mid-stance in
/// running, half a step apart, so the quadrature sits at +90° in walking and −90° in running; in both,
/// the forward side is where sin 2Δ < 0. Real forward walkers (voisard2023, lower back) read 81–131°
/// (22 of 24 straight walks above 90°, median 108°), the simulator's forward walks 98–102°, its
/// backward ones 74–77°; a real forward runner (alcantara2022) −20 to −49° in 31 trials, the
/// simulator's forward runs −81 to −89°, its backward ones −108 to −120° (ACCURACY.md). The real
/// walkers' spread reaches within a few degrees of the simulated backward walks, so near the quadrature
/// the phase only confirms a small trunk lean; it decides alone only well beyond it
/// (``FrontEstimator``'s decisive margin, 12°: real forward walkers reach 8° onto the backward side).
enum TrunkSwayPhase {
    /// Δ in degrees (−180…180): the phase of the horizontal specific force along `travel` (a unit
    /// vector horizontal to `up`) against the vertical one, at one cycle per `stepPeriod` samples, over
    /// `range` with each component's mean removed (``CrossPhase``); nil when the range is shorter than four
    /// steps or outside the signal, or when either component has no power at the step frequency. One pass.
    static func degrees(
        _ acceleration: VectorSignal, range: Range<Int>, travel: SIMD3<Float>, up: SIMD3<Float>, stepPeriod: Double
    ) -> Float? {
        guard stepPeriod >= 2, range.lowerBound >= 0, range.upperBound <= acceleration.count,
              Double(range.count) >= 4 * stepPeriod else { return nil }
        return CrossPhase.degrees(count: range.count, period: stepPeriod) { offset in
            let sample = acceleration[range.lowerBound + offset]
            return (Double(Vector3.dot(sample, travel)), Double(Vector3.dot(sample, up)))
        }.map(Float.init)
    }
}
