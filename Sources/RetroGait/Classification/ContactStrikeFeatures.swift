import Foundation

/// What a foot or shank accelerometer shows of one landing, for telling toe, mid and heel strikes
/// apart without a gyroscope.
///
/// Two kinds of evidence, both independent of how the sensor is turned on the segment (magnitudes,
/// and angles between vectors of the same recording):
///
/// - The impact (``logImpactPeak``, ``logImpactSharpness``, ``logRingingShare``,
///   ``logLoadingRate``): a rearfoot landing stops the leg in a few milliseconds and rings the shoe
///   and tibia; a forefoot landing lets the ankle spread the same change of velocity over tens of
///   milliseconds. The peak is searched from 40 ms before to 60 ms after the detected contact
///   (shank contacts are often detected early), its area over 80 ms around it.
/// - The landing tilt (``tiltDegrees``): the angle between the mean acceleration over a short window
///   at 5, 10, 15, 20 and 30 % of the stance (detected contact to detected toe-off) and the foot-flat
///   "up", the acceleration at the quietest point of the stance. A foot that lands heel or toe first
///   is tilted and rolls flat; a midfoot landing is flat from the start. Also the tilt of the mean
///   acceleration from 20 ms after the contact to foot-flat, and from 60 to 100 ms after it.
/// - The early-stance load (``uprightLoad``): the mean acceleration along the foot-flat up at the same
///   points of the stance. A segment already at rest reads about 1 g; after a toe landing the heel is
///   still being lowered and slowed, after a heel landing the ankle has stopped early.
/// - The landing motion (``landingMotion``): how long the landing keeps the segment moving, the mean
///   of |‖a‖ − 1 g| over fixed windows after the contact (0–40, 40–80, 80–120, 120–160 and
///   160–220 ms). A flat (midfoot) landing stops within about 50 ms; a heel landing rolls the foot
///   flat over 100–130 ms; a toe landing lowers the heel for about 150 ms. The windows are at least
///   two samples wide at 50 Hz, so unlike the impact's peak (one or two samples there, its height
///   depending on where the transient falls between them) they read the same at every rate; and
///   they are fixed in time, not in shares of a stance whose contact and toe-off carry detection
///   error.
///
/// The timing of the stance is given by ``logStanceSeconds`` and ``dutyFactor`` (stance over stride:
/// below about 0.4 in running, above 0.55 in walking), and ``logSampleRate`` lets a model weigh the
/// impact measures by how much of the impact the sampling can see (at 50 Hz the ringing is gone).
public struct ContactStrikeFeatures: Sendable, Equatable {
    /// ln of the largest acceleration magnitude above 1 g near the contact (g).
    public var logImpactPeak: Double
    /// ln of that peak over the area above 1 g around it (1/s).
    public var logImpactSharpness: Double
    /// ln of the RMS of the magnitude's fast part (minus a 20 ms moving mean) over the 60 ms from the
    /// peak, relative to the peak.
    public var logRingingShare: Double
    /// ln of the steepest rise of the magnitude in the 40 ms before the peak, relative to the peak (1/s).
    public var logLoadingRate: Double
    /// Tilt from the foot-flat up (degrees) at 5, 10, 15, 20 and 30 % of the stance.
    public var tiltDegrees: StancePointValues
    /// The mean acceleration along the foot-flat up (g) at the same points of the stance: how the
    /// segment is still being slowed (a heel lowering after a toe landing) or already at rest.
    public var uprightLoad: StancePointValues
    /// Mean |‖a‖ − 1 g| (g) over each of ``landingWindowsMilliseconds`` after the contact.
    public var landingMotion: StancePointValues
    /// Tilt of the mean acceleration from 20 ms after the contact to foot-flat (degrees).
    public var landingTiltDegrees: Double
    /// Tilt of the mean acceleration 60–100 ms after the contact (degrees).
    public var lateTiltDegrees: Double
    /// ln of the stance duration (s).
    public var logStanceSeconds: Double
    /// Stance over stride period.
    public var dutyFactor: Double
    /// ln of the sample rate over 100 Hz.
    public var logSampleRate: Double

    /// Creates features from known values.
    public init(
        logImpactPeak: Double, logImpactSharpness: Double, logRingingShare: Double, logLoadingRate: Double,
        tiltDegrees: StancePointValues, uprightLoad: StancePointValues, landingMotion: StancePointValues,
        landingTiltDegrees: Double, lateTiltDegrees: Double, logStanceSeconds: Double, dutyFactor: Double, logSampleRate: Double
    ) {
        self.logImpactPeak = logImpactPeak
        self.logImpactSharpness = logImpactSharpness
        self.logRingingShare = logRingingShare
        self.logLoadingRate = logLoadingRate
        self.tiltDegrees = tiltDegrees
        self.uprightLoad = uprightLoad
        self.landingMotion = landingMotion
        self.landingTiltDegrees = landingTiltDegrees
        self.lateTiltDegrees = lateTiltDegrees
        self.logStanceSeconds = logStanceSeconds
        self.dutyFactor = dutyFactor
        self.logSampleRate = logSampleRate
    }

    /// Fractions of the stance at which ``tiltDegrees`` are measured.
    public static let tiltFractions = [0.05, 0.10, 0.15, 0.20, 0.30]

    /// The windows (ms after the contact, start and end) over which ``landingMotion`` is measured.
    public static let landingWindowsMilliseconds: [(start: Double, end: Double)] = [(0, 40), (40, 80), (80, 120), (120, 160), (160, 220)]

    /// The values in model order (see ``names``).
    public var values: [Double] {
        var result: [Double] = []
        result.reserveCapacity(Self.names.count)
        appendValues(to: &result)
        return result
    }

    /// Appends ``values`` to `buffer` (no intermediate arrays).
    func appendValues(to buffer: inout [Double]) {
        buffer.append(logImpactPeak)
        buffer.append(logImpactSharpness)
        buffer.append(logRingingShare)
        buffer.append(logLoadingRate)
        buffer.append(contentsOf: tiltDegrees)
        buffer.append(contentsOf: uprightLoad)
        buffer.append(contentsOf: landingMotion)
        buffer.append(landingTiltDegrees)
        buffer.append(lateTiltDegrees)
        buffer.append(logStanceSeconds)
        buffer.append(dutyFactor)
        buffer.append(logSampleRate)
    }

    /// Names matching ``values``.
    public static let names = ["ln_impact_peak_g", "ln_impact_sharpness_per_s", "ln_ringing_share", "ln_loading_rate_per_s"]
        + tiltFractions.map { "tilt_at_\(Int(($0 * 100).rounded()))pct_stance_deg" }
        + tiltFractions.map { "upright_load_at_\(Int(($0 * 100).rounded()))pct_stance_g" }
        + landingWindowsMilliseconds.map { "landing_motion_\(Int($0.start))_\(Int($0.end))ms_g" }
        + ["landing_tilt_deg", "late_tilt_deg", "ln_stance_s", "duty_factor", "ln_rate_over_100hz"]

    /// The features of each contact of a foot or shank recording, or `nil` where a contact has no
    /// neighbouring contact, no stance shorter than its stride, or its windows leave the recording. A
    /// contact without a detected toe-off takes the median stance of its neighbours (up to three away).
    ///
    /// - Parameters:
    ///   - recording: a foot or shank recording (acceleration in g).
    ///   - initialContacts: sample positions of the sensor foot's initial contacts, ascending.
    ///   - toeOffs: per contact, the sample position of the toe-off that ends it, if detected.
    /// - Complexity: O(total stride length).
    public static func measure(_ recording: Recording, initialContacts: [Double], toeOffs: [Double?]) -> [ContactStrikeFeatures?] {
        let acceleration = VectorSignal(recording.acceleration)
        let periods = localStridePeriods(initialContacts)
        let stances = filledStances(initialContacts, toeOffs: toeOffs)
        let contacts = initialContacts.indices.map { index in
            DetectedContact(
                position: initialContacts[index], confidence: 1, toeOffPosition: stances[index].map { initialContacts[index] + $0 })
        }
        let flats = StanceLocator().flatPoints(
            contacts: contacts, stridePeriod: { periods[$0] ?? 0 }, acceleration: acceleration, angularVelocity: nil,
            sampleRate: recording.sampleRate)
        return contacts.indices.map { index in
            guard let period = periods[index] else { return nil }
            return measure(
                contact: contacts[index], stridePeriod: period, flat: flats[index], acceleration: acceleration,
                sampleRate: recording.sampleRate)
        }
    }

    /// Per contact, its stance (toe-off minus contact, samples); where the toe-off is missing, the median
    /// stance of the contacts up to three away that have one (`nil` when none has).
    static func filledStances(_ positions: [Double], toeOffs: [Double?]) -> [Double?] {
        let known: [Double?] = positions.indices.map { index in
            guard index < toeOffs.count, let toeOff = toeOffs[index], toeOff > positions[index] else { return nil }
            return toeOff - positions[index]
        }
        return positions.indices.map { index in
            if let stance = known[index] { return stance }
            let neighbours = (max(0, index - 3)...min(positions.count - 1, index + 3)).lazy.compactMap { known[$0] }
            return upperMedian(of: neighbours, atMost: 7)
        }
    }

    /// The upper median (the middle value, or the higher of the two middle ones) of at most `capacity`
    /// values, sorted in a stack buffer (no allocation); `nil` when there are none.
    static func upperMedian(of values: some Sequence<Double>, atMost capacity: Int) -> Double? {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: capacity) { buffer in
            var count = 0
            for value in values where count < capacity {
                buffer[count] = value
                count += 1
            }
            guard count > 0 else { return nil }
            var filled = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            filled.sort()
            return filled[count / 2]
        }
    }

    /// Per contact, the median of the intervals (samples) to its neighbours up to two contacts away,
    /// `nil` for a lone contact.
    static func localStridePeriods(_ positions: [Double]) -> [Double?] {
        positions.indices.map { index in
            let lower = max(1, index - 1)
            let upper = min(positions.count - 1, index + 2)
            guard upper >= lower else { return nil }
            return upperMedian(of: (lower...upper).lazy.map { positions[$0] - positions[$0 - 1] }, atMost: 4)
        }
    }

    /// The features of one contact (see the type's description).
    static func measure(
        contact: DetectedContact, stridePeriod: Double, flat: Int?, acceleration: VectorSignal, sampleRate: Double
    ) -> ContactStrikeFeatures? {
        guard let toeOff = contact.toeOffPosition, let flat, stridePeriod > 0 else { return nil }
        let position = Int(contact.position.rounded())
        let stance = toeOff - contact.position
        guard stance > 0, stance < stridePeriod else { return nil }
        func samples(_ milliseconds: Double) -> Int { max(1, Int((milliseconds / 1000 * sampleRate).rounded())) }
        let searchStart = position - samples(40)
        let searchEnd = position + samples(60)
        let smoothing = samples(10)
        let landingEnd = position + Int((Self.landingWindowsMilliseconds[4].end / 1000 * sampleRate).rounded())
        guard searchStart - samples(40) - smoothing >= 0,
              max(searchEnd + samples(60), position + samples(100), flat + 2, landingEnd) + smoothing <= acceleration.count,
              let up = Vector3.unit(acceleration.mean((flat - 1)..<(flat + 2)))
        else { return nil }
        func excess(_ i: Int) -> Float { Vector3.length(acceleration[i]) - 1 }

        var peakIndex = searchStart
        var peak = -Float.infinity
        for i in searchStart..<searchEnd where excess(i) > peak { peak = excess(i); peakIndex = i }
        guard peak > 0 else { return nil }
        var area: Float = 0
        for i in (peakIndex - samples(30))..<(peakIndex + samples(50)) { area += max(0, excess(i)) }
        var ringing: Float = 0
        let ringEnd = peakIndex + samples(60)
        for i in peakIndex..<ringEnd {
            var sum: Float = 0
            for k in (i - smoothing)...(i + smoothing) { sum += excess(k) }
            let fast = excess(i) - sum / Float(2 * smoothing + 1)
            ringing += fast * fast
        }
        ringing = (ringing / Float(ringEnd - peakIndex)).squareRoot()
        var rise: Float = 0
        for i in (peakIndex - samples(40) + 1)...peakIndex { rise = max(rise, excess(i) - excess(i - 1)) }

        func tilt(_ range: Range<Int>) -> Double {
            let mean = acceleration.mean(range)
            guard Vector3.length(mean) > 0 else { return 0 }
            return Double(Vector3.angleDegrees(mean, up))
        }
        let halfWidth = max(0, Int((0.025 * stance).rounded()))
        func window(_ point: Int) -> Range<Int> {
            let centre = position + Int((tiltFractions[point] * stance).rounded())
            return (centre - halfWidth)..<(centre + halfWidth + 1)
        }
        let tilts = StancePointValues { tilt(window($0)) }
        let loads = StancePointValues { Double(Vector3.dot(acceleration.mean(window($0)), up)) }
        let motion = StancePointValues { point in
            let (start, end) = Self.landingWindowsMilliseconds[point]
            let first = position + Int((start / 1000 * sampleRate).rounded())
            let last = max(first + 1, position + Int((end / 1000 * sampleRate).rounded()))
            var sum: Float = 0
            for i in first..<last { sum += abs(excess(i)) }
            return Double(sum / Float(last - first))
        }
        let landingStart = position + samples(20)
        let landing = flat > landingStart ? tilt(landingStart..<flat) : 0
        let rate = Double(sampleRate)
        let floor = 1e-4
        return ContactStrikeFeatures(
            logImpactPeak: log(Double(peak)),
            logImpactSharpness: log(max(floor, Double(peak) / (Double(area) / rate))),
            logRingingShare: log(max(floor, Double(ringing / peak))),
            logLoadingRate: log(max(floor, Double(rise) * rate / Double(peak))),
            tiltDegrees: tilts, uprightLoad: loads, landingMotion: motion, landingTiltDegrees: landing,
            lateTiltDegrees: tilt((position + samples(60))..<(position + samples(100))),
            logStanceSeconds: log(stance / rate), dutyFactor: stance / stridePeriod, logSampleRate: log(rate / 100))
    }
}
