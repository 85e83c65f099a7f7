extension SwingBoundaryDetector {
    /// A foot's or shank's lift-off from standing at the end of a live stream's window, found before the
    /// swing it starts has landed.
    ///
    /// The detector finds a lift-off from standing with the first swing's landing, once the stance after
    /// that landing is in view (``contacts(in:signals:)``): about a stride after the lift-off, beyond a
    /// live stream's latency bound (simulated interval sessions, 100 Hz: 5 of 36 reported in time). Yet
    /// the lift-off itself is in view sooner: the limb stood still, then its acceleration magnitude left
    /// the resting band and climbed into the swing. So at a window's end the lift-off is taken as the
    /// detector takes it (``liftOffFromRest(_:from:to:band:)``: the onset of the first climb through
    /// ``riseLevel`` of the way up to the swing's highest point) when
    /// - the limb stood still for ``standingBeforeLiftOffSeconds`` (every sample within the resting band
    ///   of that stretch, and the band narrower than ``minimumSwingRise``: a stance within a bout is
    ///   shorter, and a pause between bouts is as long as ``BoutOnsetRhythm``'s longest still run),
    /// - it left that band within the last ``liftOffLookbackSeconds`` of the window,
    /// - the swing rose ``minimumSwingRise`` above the standing level, and its highest point so far lies
    ///   before the window's end (the climb through the rise level is complete), and
    /// - no contact of the window lies in the standing or before the lift-off, and none carries a lift-off
    ///   of its own (the detector has then found the landing and placed the lift-off itself).
    ///
    /// What it finds is provisional, as a young bout's contacts are: windows that find the landing move it
    /// to where the detector places it, and the review withdraws it when the bout's rhythm does not keep it.
    /// - Returns: the lift-off's position (a fractional sample of `magnitude`) and how clearly the swing
    ///   stands out of the standing noise (one minus the band's half-width over the swing's rise, 0…1).
    func liftOffAtLiveEnd(_ magnitude: [Float], sampleRate: Double, contacts: [DetectedContact]) -> (position: Double, confidence: Double)? {
        let count = magnitude.count
        let lookback = Int((liftOffLookbackSeconds * sampleRate).rounded())
        let standingLength = Int((standingBeforeLiftOffSeconds * sampleRate).rounded())
        let searchFrom = count - lookback
        let standing = (searchFrom - standingLength)..<searchFrom
        guard standing.lowerBound >= 0, lookback > 2,
              let band = RestingBand(magnitude, standing: standing), band.threshold < minimumSwingRise,
              magnitude[standing].allSatisfy(band.contains) else { return nil }
        var departure = searchFrom
        while departure < count && band.contains(magnitude[departure]) { departure += 1 }
        guard departure < count else { return nil }
        var hump = departure
        for i in departure..<count where magnitude[i] > magnitude[hump] { hump = i }
        guard hump < count - 1, let liftOff = liftOffFromRest(magnitude, from: departure, to: hump, band: band) else { return nil }
        let placed = contacts.contains { contact in
            contact.position >= Double(standing.lowerBound) && (contact.liftOffPosition != nil || contact.position <= liftOff)
        }
        guard !placed else { return nil }
        let rise = magnitude[hump] - band.level
        return (liftOff, Double(max(0, min(1, 1 - band.threshold / rise))))
    }

    /// A live window's lift-off from standing is sought this long before its end: the lookahead of a
    /// latency bound of 0.5 s and a heel rise before the lift-off.
    var liftOffLookbackSeconds: Double { 1.0 }
    /// The limb stands still this long before a lift-off from standing: longer than a stance within a bout
    /// (``BoutOnsetRhythm/longestStillSeconds``).
    var standingBeforeLiftOffSeconds: Double { 0.75 }
}
