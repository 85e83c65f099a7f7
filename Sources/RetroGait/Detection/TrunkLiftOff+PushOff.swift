extension TrunkLiftOff {
    /// The contacts with a walk's first one dropped when it is the push-off of the lift-off from
    /// standing rather than a landing; the lift-off is then reported with the landing that follows.
    ///
    /// A walk from standing starts with a foot leaving the ground, and the first landing comes one
    /// swing later. Where the stance leg's push-off loads the sensor as much as a landing (the wrist,
    /// whose arm starts to swing with it), the detector's first "contact" is that push-off. It is
    /// taken for one when the lift-off found before the second contact (``position(vertical:firstLanding:period:waveWidth:walkWaveRange:sampleRate:)``:
    /// still before, the steepest rise 0.4–1.1 step periods before that landing) lies within
    /// ``pushOffMatch`` step periods of the first contact. A true first landing passes only if its own
    /// lift-off's push-off, which lies inside the stillness demanded before the second contact, stayed
    /// under the stillness bar (``stillWaveFraction`` of the walk's step-wave range).
    ///
    /// - Parameters:
    ///   - contacts: the segment's contacts in order (positions in samples of `vertical`).
    ///   - vertical: the recording's vertical acceleration (g).
    ///   - period: the step period, in samples.
    ///   - waveWidth: the width of each of the step wave's two moving means, in samples.
    ///   - walkWaveRange: the walk's step-wave range (its 5–95 % spread), g.
    func droppingPushOff(
        _ contacts: [DetectedContact], vertical: [Float], period: Double, waveWidth: Int, walkWaveRange: Float,
        sampleRate: Double
    ) -> [DetectedContact] {
        guard contacts.count >= 2,
              let liftOff = position(
                vertical: vertical, firstLanding: contacts[1].position, period: period, waveWidth: waveWidth,
                walkWaveRange: walkWaveRange, sampleRate: sampleRate),
              abs(liftOff - contacts[0].position) <= pushOffMatch * period else { return contacts }
        var kept = Array(contacts.dropFirst())
        kept[0].liftOffPosition = liftOff
        return kept
    }
}
