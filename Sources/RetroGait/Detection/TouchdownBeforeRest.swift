extension SwingBoundaryDetector {
    /// The touchdown of a still foot's last step before standing, when its landing (`landing`, counted from
    /// `offset` as every index here is) was timed in the standing after it: the last strong jerk (``strongJerkFraction`` of
    /// the largest) between an impact's length after the previous push-off (`previousToeOff`: the toe's release
    /// snap is no landing) and an impact's length after the foot came to rest; `nil` when the landing lies within
    /// an impact's length of the rest or before it, or when no jerk peak lies there.
    ///
    /// A foot lands before it comes to rest: it touches down, turns flat and stops, and its gyroscope falls to the
    /// sway of quiet standing (``StillStance/restStart(_:before:notBefore:half:)``, searched back from the
    /// standing's anchor `stance`). A landing more than an impact's length (``impactSeconds``) after that came
    /// from a standing stance anchored far into the rest, whose weak swing's "fall" was found among the standing's
    /// ripples (voisard2023: 10-1 lf and 5-4 lf, 327 and 347 ms after the reference heel strike, 160 and 280 ms
    /// after the rest began). The touchdown is then the last impact before the rest: the step into standing
    /// plants the foot, and nothing after it is more than standing. Over the 24 voisard2023 feet, the last strong
    /// jerk from 80 ms after the previous reference toe-off to the rest lies within ±50 ms of the last reference
    /// heel strike in 22 (7-4 rf +100 ms; 8-4 lf, whose foot moves again after landing). Only where the landing
    /// was in the standing: a simulated foot with gyroscope sets its settling step down softly, with a smaller
    /// jerk than its swing's, and stops turning as it touches down (mixed sessions: 13 more landings into rest
    /// 160–200 ms early when every last landing was timed so).
    func touchdownBeforeRest(
        _ landing: Double, stance: Int, previousToeOff: Double, angularSpeed: [Float], jerk: [Float], offset: Int,
        sampleRate rate: Double
    ) -> Double? {
        let impact = impactSeconds * rate
        let from = Int((previousToeOff + impact).rounded(.up))
        let half = max(1, Int(0.08 * rate)) / 2
        let rest = StillStance.restStart(angularSpeed, before: offset + stance, notBefore: offset + from, half: half) - offset
        guard rest > from, landing > Double(rest) + impact else { return nil }
        let end = min(stance, rest + Int(impact.rounded())) + 1
        guard end - from >= 2 else { return nil }
        var strongest: Float = 0
        for i in (from + 1)..<end where isPeak(jerk, offset + i) { strongest = max(strongest, jerk[offset + i]) }
        guard strongest > 0 else { return nil }
        for i in stride(from: end - 1, to: from, by: -1)
        where isPeak(jerk, offset + i) && jerk[offset + i] >= strongJerkFraction * strongest {
            return Double(i) + ParabolicPeak.offset(jerk, at: offset + i)
        }
        return nil
    }
}
