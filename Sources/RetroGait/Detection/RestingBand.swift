/// The band the acceleration magnitude of a limb at rest stays in: the mean over a stretch taken as
/// standing, and how far from it a sample must lie to stand out of the standing noise.
struct RestingBand {
    /// The standing level, g.
    let level: Float
    /// A sample stands out when it lies more than this from ``level``, g.
    let threshold: Float

    /// The band of `magnitude` over `standing`, or `nil` when the stretch holds fewer than 4 samples.
    ///
    /// - Parameters:
    ///   - noiseMultiple: a sample stands out at this many standard deviations of the standing noise…
    ///   - minimumExcursion: …and at least this far (g) from the standing level.
    init?(_ magnitude: [Float], standing: Range<Int>, noiseMultiple: Float = 4, minimumExcursion: Float = 0.05) {
        guard standing.count >= 4, standing.lowerBound >= 0, standing.upperBound <= magnitude.count else { return nil }
        var sum: Float = 0
        for i in standing { sum += magnitude[i] }
        let count = Float(standing.count)
        let level = sum / count
        var squares: Float = 0
        for i in standing { squares += (magnitude[i] - level) * (magnitude[i] - level) }
        self.level = level
        threshold = max(noiseMultiple * (squares / count).squareRoot(), minimumExcursion)
    }

    /// Whether `value` lies within the band.
    func contains(_ value: Float) -> Bool { abs(value - level) <= threshold }
}
