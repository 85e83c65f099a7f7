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
    ///   of that stretch but for a jolt of at most ``standingJoltSeconds`` in all, and the band narrower than
    ///   ``minimumSwingRise``: a stance within a bout is shorter, and a pause between bouts is as long as
    ///   ``BoutOnsetRhythm``'s longest still run),
    /// - it left that band within the last ``liftOffLookbackSeconds`` of the window,
    /// - the swing rose ``minimumSwingRise`` above the standing level, and its highest point so far lies
    ///   before the window's end (the climb through the rise level is complete), and
    /// - no contact of the window lies in the standing or before the lift-off, and none carries a lift-off
    ///   of its own (the detector has then found the landing and placed the lift-off itself).
    ///
    /// With a gyroscope on a foot, the lift-off is then timed by the push-off rotation, as the detector times it
    /// once the swing has landed (``pushOffAtLiveEnd(_:liftOff:departure:sampleRate:)``). Without one, a foot that
    /// left standing on a heel rise (``HeelRise``, given `acceleration`) leaves the ground at the top of its push-off
    /// burst (``PushOffBurst``), as in the detector; the lift-off waits until the burst has fallen back, or until a
    /// walking swing (twice ``swingMiddleSeconds``) after the onset has passed, when the onset stands. A foot that
    /// unloaded before its climb keeps the onset at once.
    ///
    /// What it finds is provisional, as a young bout's contacts are: windows that find the landing move it
    /// to where the detector places it, and the review withdraws it when the bout's rhythm does not keep it.
    /// - Returns: the lift-off's position (a fractional sample of `magnitude`) and how clearly the swing
    ///   stands out of the standing noise (one minus the band's half-width over the swing's rise, 0…1).
    func liftOffAtLiveEnd(
        _ magnitude: [Float], acceleration: TriaxialSignal? = nil, angularVelocity: TriaxialSignal? = nil, sampleRate: Double,
        contacts: [DetectedContact]
    ) -> (position: Double, confidence: Double)? {
        let count = magnitude.count
        guard let stood = DepartureFromStanding(
            magnitude, lookbackSeconds: liftOffLookbackSeconds, standingSeconds: standingBeforeLiftOffSeconds,
            joltSeconds: standingJoltSeconds, narrowerThan: minimumSwingRise, sampleRate: sampleRate)
        else { return nil }
        let (band, standing, departure) = (stood.band, stood.standing, stood.departure)
        guard departure < count else { return nil }
        var hump = departure
        for i in departure..<count where magnitude[i] > magnitude[hump] { hump = i }
        guard hump < count - 1, let liftOff = liftOffFromRest(magnitude, from: departure, to: hump, band: band) else { return nil }
        let placed = contacts.contains { contact in
            contact.position >= Double(standing.lowerBound) && (contact.liftOffPosition != nil || contact.position <= liftOff)
        }
        guard !placed else { return nil }
        let rise = magnitude[hump] - band.level
        let confidence = Double(max(0, min(1, 1 - band.threshold / rise)))
        if stanceIsStill, let rotation = SagittalFootRotation(angularVelocity, range: standing.lowerBound..<count, sampleRate: sampleRate),
           let toeOff = pushOffAtLiveEnd(rotation, liftOff: liftOff, departure: departure, sampleRate: sampleRate) {
            return (toeOff, confidence)
        }
        if stanceIsStill, angularVelocity == nil, let acceleration,
           !PushOffBurst.unloaded(
            magnitude, stance: standing.upperBound, foot: liftOff, stanceLevel: band.level, unloading: minimumSwingRise),
           HeelRise.precedes(liftOff, acceleration: acceleration, standing: standing, sampleRate: sampleRate) {
            let swingEnd = Int((liftOff + 2 * swingMiddleSeconds * sampleRate).rounded())
            if let top = PushOffBurst.toeOff(
                magnitude, stance: standing.upperBound, foot: liftOff, midSwing: swingEnd, stanceLevel: band.level,
                unloading: minimumSwingRise) {
                return (top, confidence)
            }
            guard count > swingEnd else { return nil }
        }
        return (liftOff, confidence)
    }

    /// With a gyroscope on the foot, the push-off rotation's toe-off of a swing from standing still under way at
    /// a live window's end, as the detector times the lift-off once the swing has landed
    /// (``SagittalFootRotation/toeOff(between:and:middle:turningAt:running:swingIsOpen:)`` with the acceleration's
    /// lift-off as `turningAt`, searched from a quarter of a walking stride before the departure from rest).
    /// The landing, which places the swing's middle for the detector, is not in view: a walking foot's swing
    /// lasts about 0.4 s, so its middle is taken ``swingMiddleSeconds`` after the acceleration's lift-off. The
    /// toe leaves the ground after the climb starts and before that middle; `nil` elsewhere. On real walkers the
    /// push-off's toe-off comes 13–138 ms after the climb's onset, which starts with the heel rise
    /// (voisard2023 feet). The simulated foot is lifted out of rest with no heel rise: it is not turning the
    /// push-off's way at the climb's onset, and the acceleration's lift-off stands, as in the detector.
    private func pushOffAtLiveEnd(
        _ rotation: SagittalFootRotation, liftOff: Double, departure: Int, sampleRate: Double
    ) -> Double? {
        let searchFrom = max(rotation.offset, departure - Int((0.25 * sampleRate).rounded()))
        let middle = Int((liftOff + swingMiddleSeconds * sampleRate).rounded())
        guard let toeOff = rotation.toeOff(
            between: searchFrom, and: rotation.offset + rotation.rate.count - 1, middle: middle,
            turningAt: liftOff, running: false, swingIsOpen: true) else { return nil }
        return toeOff >= liftOff && toeOff < Double(middle) ? toeOff : nil
    }

    /// How long after a foot's lift-off from standing its first swing's middle lies: half of a walking swing.
    var swingMiddleSeconds: Double { 0.2 }

    /// A live window's lift-off from standing is sought this long before its end: the lookahead of a
    /// latency bound of 0.5 s and a heel rise before the lift-off.
    var liftOffLookbackSeconds: Double { 1.0 }
    /// The limb stands still this long before a lift-off from standing: longer than a stance within a bout
    /// (``BoutOnsetRhythm/longestStillSeconds``).
    var standingBeforeLiftOffSeconds: Double { 0.75 }
    /// A standing foot may be jolted out of its resting band this long in all (the other foot shifting the
    /// weight) and still stand: half an impact (``impactSeconds``). The band is 0.05 g wide on a quiet foot,
    /// and one sample 0.051 g below it, a second before the lift-off, kept voisard2023 3-1 lf's lift-off
    /// from being seen until the windows' standing stretch had passed it, 0.68 s after the lift-off.
    var standingJoltSeconds: Double { 0.5 * impactSeconds }
}
