import Foundation

/// The phase of one signal against another at a single frequency: the argument of their cross spectrum in one
/// discrete-Fourier bin, each signal's mean removed.
public enum CrossPhase {
    /// How many samples the rotating phasor advances by multiplication before it is recomputed exactly.
    @usableFromInline static let phasorRefresh = 256

    /// Δ in degrees (−180…180): the phase of `lead` against `reference` at one cycle per `period` samples, over
    /// the `count` sample pairs that `pair` gives for the offsets `0..<count`, each signal with its mean
    /// removed. `nil` when either has no power at that frequency (or `count` is 0). A positive Δ means
    /// `lead`'s component peaks Δ/360 of a cycle before `reference`'s.
    ///
    /// - Complexity: one pass, O(`count`), no allocation.
    @inlinable
    public static func degrees(
        count: Int, period: Double, _ pair: (_ offset: Int) -> (lead: Double, reference: Double)
    ) -> Double? {
        guard let (re, im) = spectrum(count: count, period: period, pair), re != 0 || im != 0 else { return nil }
        return atan2(im, re) * 180 / Double.pi
    }

    /// The cross spectrum L · conj(R) of `lead` against `reference` at one cycle per `period` samples, over the
    /// `count` sample pairs that `pair` gives, each signal with its mean removed: its argument is ``degrees(count:period:_:)``,
    /// and spectra of several stretches add up to their pooled phase. `nil` when `count` is 0.
    ///
    /// - Complexity: one pass, O(`count`), no allocation.
    @inlinable
    public static func spectrum(
        count: Int, period: Double, _ pair: (_ offset: Int) -> (lead: Double, reference: Double)
    ) -> (re: Double, im: Double)? {
        guard count > 0 else { return nil }
        let step = -2 * Double.pi / period
        let (rotationRe, rotationIm) = (cos(step), sin(step))
        var (phasorRe, phasorIm) = (1.0, 0.0)
        var (sumRe, sumIm, leadSum, referenceSum) = (0.0, 0.0, 0.0, 0.0)
        var (leadRe, leadIm, referenceRe, referenceIm) = (0.0, 0.0, 0.0, 0.0)
        for offset in 0..<count {
            if offset % phasorRefresh == 0 {
                let angle = step * Double(offset)
                (phasorRe, phasorIm) = (cos(angle), sin(angle))
            }
            let (lead, reference) = pair(offset)
            leadRe += lead * phasorRe
            leadIm += lead * phasorIm
            referenceRe += reference * phasorRe
            referenceIm += reference * phasorIm
            sumRe += phasorRe
            sumIm += phasorIm
            leadSum += lead
            referenceSum += reference
            (phasorRe, phasorIm) = (phasorRe * rotationRe - phasorIm * rotationIm, phasorRe * rotationIm + phasorIm * rotationRe)
        }
        // Remove each signal's mean: its transform is the mean times the phasors' sum.
        let samples = Double(count)
        leadRe -= leadSum / samples * sumRe
        leadIm -= leadSum / samples * sumIm
        referenceRe -= referenceSum / samples * sumRe
        referenceIm -= referenceSum / samples * sumIm
        // arg(L / R) = arg(L · conj(R)).
        return (leadRe * referenceRe + leadIm * referenceIm, leadIm * referenceRe - leadRe * referenceIm)
    }
}
