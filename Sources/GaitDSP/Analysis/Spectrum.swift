#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Spectral summaries of real signals.
public enum Spectrum {
    /// Frequency (Hz) of the largest power-spectrum peak whose bin lies within `band`.
    ///
    /// The mean is removed, a Hann window applied and the signal zero-padded to the smallest power of two
    /// at least four times its length, then the peak bin is refined by parabolic interpolation of the
    /// log-power of it and its two neighbours.
    ///
    /// Powers of two keep the transform lengths few: FFTW plans a new length at a cost that can exceed
    /// the analysis of a short recording, and a power of two is planned once per process for every
    /// signal of up to a quarter of its length (the plans are cached).
    ///
    /// With `binWidth`, the padding stops where the bins are that fine: the transform is the shorter of
    /// four times the signal and the smallest power of two whose bins are no wider than `binWidth`, but
    /// never shorter than the signal. Padding only interpolates the spectrum between the bins of the
    /// signal's own length; past the precision the caller needs it costs a longer transform (and its
    /// plan) for digits nobody reads. Signals up to a quarter of that power of two are padded as without
    /// `binWidth`, to the same frequency.
    ///
    /// - Parameters:
    ///   - signal: samples, at least 2.
    ///   - sampleRate: Hz, > 0.
    ///   - band: the search range in Hz.
    ///   - binWidth: the finest bin spacing (Hz, > 0) worth a longer transform; `nil`: four times the
    ///     signal's length, however long.
    /// - Returns: `nil` if no bin falls within `band` (e.g. the band is above Nyquist), the signal is
    ///   shorter than two samples, or the signal is flat (no power in the band).
    /// - Complexity: O(m log m) with `m ≈ 4·n`, or `m` at most `max(n, 2·sampleRate / binWidth)`.
    public static func dominantFrequency(
        of signal: [Float], sampleRate: Double, in band: ClosedRange<Double>, binWidth: Double? = nil
    ) -> Double? {
        let count = signal.count
        guard count >= 2, sampleRate > 0, sampleRate.isFinite else { return nil }
        let fft = RealFFT<Float>(
            length: transformLength(count: count, sampleRate: sampleRate, binWidth: binWidth), planningInverse: false)
        let resolution = sampleRate / Double(fft.length)
        let lowBin = max(0, Int((band.lowerBound / resolution).rounded(.up)))
        let highBin = min(fft.binCount - 1, Int((band.upperBound / resolution).rounded(.down)))
        guard lowBin <= highBin else { return nil }

        var sum = 0.0
        for value in signal { sum += Double(value) }
        let mean = Float(sum / Double(count))
        let window = Window.hann(count: count)
        var padded = [Float](repeating: 0, count: fft.length)
        for index in 0..<count { padded[index] = (signal[index] - mean) * window[index] }
        let power = fft.powerSpectrum(of: padded)

        var peak = lowBin
        for bin in lowBin...highBin where power[bin] > power[peak] { peak = bin }
        guard power[peak] > 0, power[peak].isFinite else { return nil }

        var offset = 0.0
        if peak > 0, peak < fft.binCount - 1 {
            let left = log(Double(max(power[peak - 1], .leastNormalMagnitude)))
            let centre = log(Double(power[peak]))
            let right = log(Double(max(power[peak + 1], .leastNormalMagnitude)))
            let curvature = left - 2 * centre + right
            if curvature < 0 { offset = min(0.5, max(-0.5, 0.5 * (left - right) / curvature)) }
        }
        return (Double(peak) + offset) * resolution
    }

    /// The transform length for `count` samples: the smallest power of two at least four times `count`,
    /// capped (with `binWidth`) at the smallest power of two whose bins at `sampleRate` are no wider than
    /// `binWidth`, but at least the smallest power of two holding the signal.
    static func transformLength(count: Int, sampleRate: Double, binWidth: Double?) -> Int {
        let padded = powerOfTwo(atLeast: 4 * count)
        guard let binWidth, binWidth > 0, binWidth.isFinite else { return padded }
        let finestNeeded = sampleRate / binWidth
        guard finestNeeded < Double(padded) else { return padded }
        return max(powerOfTwo(atLeast: count), powerOfTwo(atLeast: Int(finestNeeded.rounded(.up))))
    }

    /// The smallest power of two ≥ `minimum` (≥ 1).
    static func powerOfTwo(atLeast minimum: Int) -> Int {
        minimum <= 1 ? 1 : 1 << (Int.bitWidth - (minimum - 1).leadingZeroBitCount)
    }
}
