/// Normalised autocorrelation of a real signal.
public enum Autocorrelation {
    /// Autocorrelation for lags `0 ... maxLag`, computed through the FFT.
    ///
    /// The mean is removed first; the result is the biased estimate
    /// `r[k] = Σᵢ (xᵢ − x̄)(xᵢ₊ₖ − x̄) / Σᵢ (xᵢ − x̄)²`, so `r[0] == 1` (every value is 0 when the signal is
    /// constant or empty). Lags ≥ `signal.count` are 0. The transform is zero-padded to at least
    /// `count + maxLag` samples, so there is no circular wrap-around.
    ///
    /// - Returns: `maxLag + 1` values (empty if `maxLag < 0`).
    /// - Complexity: O(m log m) with `m ≈ count + min(maxLag, count)`; accumulates in `Double`.
    public static func compute(_ signal: [Float], maxLag: Int) -> [Float] {
        guard maxLag >= 0 else { return [] }
        var result = [Float](repeating: 0, count: maxLag + 1)
        let count = signal.count
        guard count > 0 else { return result }
        let usefulLag = min(maxLag, count - 1)

        var sum = 0.0
        for value in signal { sum += Double(value) }
        let mean = sum / Double(count)

        let fft = RealFFT<Double>(length: RealFFT<Double>.fastLength(atLeast: count + usefulLag + 1))
        var padded = [Double](repeating: 0, count: fft.length)
        for index in 0..<count { padded[index] = Double(signal[index]) - mean }

        // Wiener–Khinchin: autocovariance = inverse FFT of the power spectrum.
        var spectrum = [Double](repeating: 0, count: 2 * fft.binCount)
        padded.withUnsafeBufferPointer { input in
            spectrum.withUnsafeMutableBufferPointer { power in
                let bins = UnsafeMutableBufferPointer(rebasing: power[0..<fft.binCount])
                fft.powerSpectrum(input, into: bins)
                // Spread the real power values into interleaved (re, 0) pairs, from the top down.
                for k in stride(from: fft.binCount - 1, through: 0, by: -1) {
                    power[2 * k] = power[k]
                    power[2 * k + 1] = 0
                }
            }
        }
        spectrum.withUnsafeBufferPointer { power in
            padded.withUnsafeMutableBufferPointer { fft.inverse(interleavedSpectrum: power, into: $0) }
        }

        let zeroLag = padded[0]
        guard zeroLag > 0, zeroLag.isFinite else { return result }
        for lag in 0...usefulLag {
            result[lag] = Float(padded[lag] / zeroLag)
        }
        result[0] = 1
        return result
    }
}
