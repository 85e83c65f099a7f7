/// The touchdown of a foot's last step before it stands still: the settling step at the end of a bout,
/// which puts the foot down beside the other one.
///
/// That step's swing is small and its highest part is the push-off just after toe-off, so the swing's
/// final fall (``SwingBoundaryDetector``) lies 200–300 ms before the foot touches down (simulated
/// walking). What marks the touchdown is that the foot's motion ends there: the last excursion of the
/// acceleration magnitude out of the standing noise is the touchdown's impact, and the foot lands at
/// the turn of the magnitude just before that excursion.
enum TouchdownIntoRest {
    /// The touchdown (fractional sample index into `magnitude`), or `nil` when no excursion stands out.
    ///
    /// - Parameters:
    ///   - magnitude: the acceleration magnitude in g.
    ///   - earliest: the touchdown lies after this index (the top of the step's swing).
    ///   - restEnd: the end of the standing stretch (exclusive); its second half, taken as standing,
    ///     gives the standing level and noise.
    ///   - noiseMultiple: an excursion stands out at this many standard deviations of the standing noise…
    ///   - minimumExcursion: …and at least this far (g) from the standing level.
    static func position(
        _ magnitude: [Float], after earliest: Int, restEnd: Int, noiseMultiple: Float = 4, minimumExcursion: Float = 0.05
    ) -> Double? {
        let standStart = earliest + (restEnd - earliest) / 2
        guard earliest >= 1, restEnd <= magnitude.count, let band = RestingBand(
            magnitude, standing: standStart..<restEnd, noiseMultiple: noiseMultiple, minimumExcursion: minimumExcursion)
        else { return nil }
        // The last sample out of the standing band, then back to the top of its excursion and on to the
        // turn before it.
        var last = restEnd - 1
        while last > earliest && band.contains(magnitude[last]) { last -= 1 }
        guard last > earliest + 1 else { return nil }
        let sign: Float = magnitude[last] > band.level ? 1 : -1
        var top = last
        while top > earliest && sign * magnitude[top - 1] >= sign * magnitude[top] { top -= 1 }
        var turn = top
        while turn > earliest && sign * magnitude[turn - 1] <= sign * magnitude[turn] { turn -= 1 }
        guard turn > earliest, turn + 1 < magnitude.count else { return nil }
        return Double(turn) + ParabolicPeak.offset(
            left: Double(-sign * magnitude[turn - 1]), middle: Double(-sign * magnitude[turn]),
            right: Double(-sign * magnitude[turn + 1]))
    }
}
