/// What a wrist sensor shows of one step's landing, for telling heel from forefoot strikes.
///
/// Each value is measured over the stride around a contact (from half a step before it to one and
/// a half steps after), so the two arms' halves of the swing are both inside and cancel. None
/// depends on how the sensor is turned on the wrist or which way the person runs: the magnitude
/// and the acceleration along the stride's mean (gravity) direction are orientation-free.
///
/// - ``crestFactor``: peak over RMS of the magnitude. A heel landing's impact transient stands out
///   of the arm-swing signal; a forefoot landing is absorbed by the ankle and loads smoothly.
/// - ``impactSharpness``: the steepest 10 ms change of the acceleration along the mean direction,
///   over its standard deviation (1/s): how abruptly the landing arrives at the wrist.
/// - ``unloadedShare``: the fraction of the stride with less than 1 g, the unloaded (aerial) part.
///   Expected to be longer in a bouncy forefoot gait, it is not on the StrikeWatch runners: each of
///   the six persons' heel file has the larger share (0.05–0.22 more), their forefoot runs being the
///   harder ones (mean magnitude higher for all six). Across persons the trend is the other way, and
///   the committed model follows it (a negative coefficient): a between-person effect.
/// - ``cadence``: steps per minute; forefoot running goes with shorter, quicker steps.
///
/// The measurements are rate-aware (the jerk step is 10 ms), but the committed model was fitted at
/// an assumed 100 Hz with ±2 g clipping (see ``WristStrikeModel/strikeWatch2025``).
public struct WristStrikeFeatures: Sendable, Equatable {
    /// Peak over RMS of the acceleration magnitude over the stride (dimensionless).
    public var crestFactor: Double
    /// Steepest 10 ms change of the acceleration along the stride's mean direction over its
    /// standard deviation (1/s).
    public var impactSharpness: Double
    /// Fraction (0…1) of the stride with an acceleration magnitude below 1 g.
    public var unloadedShare: Double
    /// Steps per minute from the neighbouring contacts.
    public var cadence: Double

    /// Creates features from known values.
    public init(crestFactor: Double, impactSharpness: Double, unloadedShare: Double, cadence: Double) {
        self.crestFactor = crestFactor
        self.impactSharpness = impactSharpness
        self.unloadedShare = unloadedShare
        self.cadence = cadence
    }

    /// The values in model order: crest factor, impact sharpness, unloaded share, cadence.
    public var values: [Double] { [crestFactor, impactSharpness, unloadedShare, cadence] }

    /// Names matching ``values``.
    public static let names = ["crest_factor", "impact_sharpness_per_s", "unloaded_share", "cadence_spm"]

    /// The features of each contact, or `nil` where its stride leaves the recording or it has no
    /// neighbouring contact to give the step period (steps longer than 1.5 s do not count).
    ///
    /// - Parameters:
    ///   - recording: a wrist recording (acceleration in g).
    ///   - contactPositions: sample positions of the initial contacts, ascending.
    /// - Complexity: O(total stride length).
    public static func measure(_ recording: Recording, contactPositions: [Double]) -> [WristStrikeFeatures?] {
        let signal = VectorSignal(recording.acceleration)
        let rate = recording.sampleRate
        let longestStep = 1.5 * rate
        return contactPositions.indices.map { index in
            var periods: [Double] = []
            if index > 0 { periods.append(contactPositions[index] - contactPositions[index - 1]) }
            if index + 1 < contactPositions.count { periods.append(contactPositions[index + 1] - contactPositions[index]) }
            periods = periods.filter { $0 > 1 && $0 <= longestStep }
            guard !periods.isEmpty else { return nil }
            let period = periods.reduce(0, +) / Double(periods.count)
            let start = Int((contactPositions[index] - 0.5 * period).rounded())
            let end = Int((contactPositions[index] + 1.5 * period).rounded())
            guard start >= 0, end <= signal.count, end - start >= 8 else { return nil }
            return measureStride(signal, start..<end, period: period, sampleRate: rate)
        }
    }

    private static func measureStride(
        _ signal: VectorSignal, _ range: Range<Int>, period: Double, sampleRate: Double
    ) -> WristStrikeFeatures? {
        guard let up = Vector3.unit(signal.mean(range)) else { return nil }
        var peak: Float = 0
        var squares: Double = 0
        var unloaded = 0
        var along: [Float] = []
        along.reserveCapacity(range.count)
        for i in range {
            let value = signal[i]
            let magnitude = Vector3.length(value)
            peak = max(peak, magnitude)
            squares += Double(magnitude * magnitude)
            if magnitude < 1 { unloaded += 1 }
            along.append(Vector3.dot(value, up))
        }
        let count = Double(range.count)
        let mean = along.reduce(0, +) / Float(along.count)
        let deviation = (along.reduce(Float(0)) { $0 + ($1 - mean) * ($1 - mean) } / Float(along.count)).squareRoot()
        let lag = max(1, Int((0.01 * sampleRate).rounded()))
        var steepest: Float = 0
        for k in 0..<(along.count - lag) { steepest = max(steepest, abs(along[k + lag] - along[k])) }
        let rms = (squares / count).squareRoot()
        guard rms > 0, deviation > 1e-6 else { return nil }
        return WristStrikeFeatures(
            crestFactor: Double(peak) / rms,
            impactSharpness: Double(steepest) * sampleRate / Double(lag) / Double(deviation),
            unloadedShare: Double(unloaded) / count,
            cadence: 60 * sampleRate / period)
    }
}
