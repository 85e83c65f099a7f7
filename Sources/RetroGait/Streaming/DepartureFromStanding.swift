/// Where a signal leaves a still standing near the end of a live stream's window: the shared first step of the
/// live lift-off rules (``SwingBoundaryDetector/liftOffAtLiveEnd(_:acceleration:angularVelocity:sampleRate:contacts:)`` for a
/// foot or shank, ``TrunkLiftOff/atLiveEnd(_:sampleRate:contacts:)`` for the trunk).
struct DepartureFromStanding {
    /// The resting band of the standing stretch.
    var band: RestingBand
    /// The standing stretch (samples).
    var standing: Range<Int>
    /// The first sample after the standing stretch outside the band (the signal's count when there is none).
    var departure: Int

    /// The standing stretch of `standingSeconds` that ends `lookbackSeconds` before the end of `signal`, when the
    /// signal stood still there (every sample within its resting band but for `joltSeconds` in all, the band
    /// narrower than `narrowerThan`), and where the signal left that band after it; `nil` when it did not stand.
    init?(
        _ signal: [Float], lookbackSeconds: Double, standingSeconds: Double, joltSeconds: Double,
        narrowerThan: Float, sampleRate: Double
    ) {
        let count = signal.count
        let lookback = Int((lookbackSeconds * sampleRate).rounded())
        let searchFrom = count - lookback
        let standing = (searchFrom - Int((standingSeconds * sampleRate).rounded()))..<searchFrom
        guard standing.lowerBound >= 0, lookback > 2,
              let band = RestingBand(signal, standing: standing), band.threshold < narrowerThan,
              signal[standing].count(where: { !band.contains($0) }) <= Int((joltSeconds * sampleRate).rounded())
        else { return nil }
        var departure = searchFrom
        while departure < count && band.contains(signal[departure]) { departure += 1 }
        (self.band, self.standing, self.departure) = (band, standing, departure)
    }
}
