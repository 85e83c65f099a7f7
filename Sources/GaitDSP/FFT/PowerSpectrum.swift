extension RealFFT {
    /// Unnormalised power spectrum `|X[k]|²` of `signal`, written into `power` (``binCount`` values).
    ///
    /// - Parameters:
    ///   - signal: exactly ``length`` samples (zero-pad shorter signals yourself).
    ///   - power: exactly ``binCount`` scalars; overwritten.
    /// - Complexity: O(n log n); one temporary aligned buffer of `2 · binCount` scalars.
    public func powerSpectrum(
        _ signal: UnsafeBufferPointer<Scalar>, into power: UnsafeMutableBufferPointer<Scalar>
    ) {
        precondition(power.count == binCount, "power must have exactly `binCount` values")
        let bins = binCount
        FFTExecution.withAlignedScratch(of: Scalar.self, count: 2 * bins) { scratch in
            let spectrum = UnsafeMutableBufferPointer(start: scratch, count: 2 * bins)
            forward(signal, interleavedSpectrum: spectrum)
            for k in 0..<bins {
                let re = spectrum[2 * k]
                let im = spectrum[2 * k + 1]
                power[k] = re * re + im * im
            }
        }
    }

    /// Unnormalised power spectrum `|X[k]|²` of `signal`, zero-padded to ``length`` if shorter.
    ///
    /// - Returns: ``binCount`` values; bin `k` is at `k · sampleRate / length` Hz.
    /// - Complexity: O(n log n).
    public func powerSpectrum(of signal: [Scalar]) -> [Scalar] {
        precondition(signal.count <= length, "signal is longer than the transform")
        var power = [Scalar](repeating: 0, count: binCount)
        power.withUnsafeMutableBufferPointer { out in
            if signal.count == length {
                signal.withUnsafeBufferPointer { powerSpectrum($0, into: out) }
            } else {
                var padded = [Scalar](repeating: 0, count: length)
                padded.replaceSubrange(0..<signal.count, with: signal)
                padded.withUnsafeBufferPointer { powerSpectrum($0, into: out) }
            }
        }
        return power
    }
}
