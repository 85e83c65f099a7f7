extension ButterworthFilter {
    /// Number of samples reflected at each end before zero-phase filtering a signal of `count`
    /// samples: SciPy's `sosfiltfilt` default `3 · (2 · sections + 1 − trailing-zero sections)`,
    /// clamped to `count − 1` so short signals still work (SciPy rejects them instead).
    public func zeroPhasePadLength(forCount count: Int) -> Int {
        let zeroB2 = sections.count { $0.b2 == 0 }
        let zeroA2 = sections.count { $0.a2 == 0 }
        let full = 3 * (2 * sections.count + 1 - min(zeroB2, zeroA2))
        return max(0, min(full, count - 1))
    }

    /// Forward-backward (zero-phase) filtering, like SciPy's `sosfiltfilt` with its defaults.
    ///
    /// The signal is extended at both ends by odd reflection (``zeroPhasePadLength(forCount:)``
    /// samples), each pass starts from the cascade's steady state scaled to the first sample it sees,
    /// and the padding is dropped, so the ends do not ring. The magnitude response is the square of
    /// the causal one; the phase is zero.
    ///
    /// - Returns: an array of the same length as `signal`.
    /// - Complexity: O((n + pad) · sections); allocates the result and one padded scratch buffer.
    public func filteredZeroPhase(_ signal: [Float]) -> [Float] {
        var output = signal
        applyZeroPhase(to: &output)
        return output
    }

    /// In-place variant of ``filteredZeroPhase(_:)``.
    ///
    /// - Complexity: O((n + pad) · sections); the only allocation is the padded scratch buffer of
    ///   `n + 2 · pad` floats.
    public func applyZeroPhase(to signal: inout [Float]) {
        let count = signal.count
        guard count > 0 else { return }
        let pad = zeroPhasePadLength(forCount: count)
        let unitStates = unitStepStates
        let extendedCount = count + 2 * pad
        let scratch = Self.padded(signal, by: pad)
        defer { scratch.deallocate() }

        let forwardStart = Double(scratch[0])
        runCascade(scratch, initialLevel: forwardStart, states: unitStates, backward: false)
        let backwardStart = Double(scratch[extendedCount - 1])
        runCascade(scratch, initialLevel: backwardStart, states: unitStates, backward: true)

        signal.withUnsafeMutableBufferPointer { destination in
            _ = destination.update(fromContentsOf: scratch[pad..<(pad + count)])
        }
    }

    /// A new buffer of `signal` (not empty) extended by odd reflection by `pad` (`< signal.count`)
    /// samples at each end; the caller deallocates it.
    static func padded(_ signal: [Float], by pad: Int) -> UnsafeMutableBufferPointer<Float> {
        let count = signal.count
        let scratch = UnsafeMutableBufferPointer<Float>.allocate(capacity: count + 2 * pad)
        signal.withUnsafeBufferPointer { source in
            let first = source[0]
            let last = source[count - 1]
            for index in 0..<pad {
                scratch[index] = 2 * first - source[pad - index]
                scratch[pad + count + index] = 2 * last - source[count - 2 - index]
            }
            _ = UnsafeMutableBufferPointer(rebasing: scratch[pad..<(pad + count)]).initialize(from: source)
        }
        return scratch
    }

    /// Runs the whole cascade in place, two sections per pass, each section starting from its unit
    /// steady state scaled by `initialLevel` (0 gives a zero initial state).
    func runCascade(
        _ buffer: UnsafeMutableBufferPointer<Float>, initialLevel: Double, states: [(Double, Double)],
        backward: Bool
    ) {
        func scaled(_ index: Int) -> (Double, Double) {
            (states[index].0 * initialLevel, states[index].1 * initialLevel)
        }
        var index = 0
        while index + 1 < sections.count {
            BiquadPair(first: sections[index], second: sections[index + 1])
                .run(buffer, states: (scaled(index), scaled(index + 1)), backward: backward)
            index += 2
        }
        if index < sections.count {
            if backward {
                sections[index].runBackward(buffer, state: scaled(index))
            } else {
                sections[index].run(buffer, state: scaled(index))
            }
        }
    }

    /// Per-section initial states for a constant unit input to the whole cascade (SciPy's
    /// `sosfilt_zi`): each section's state is scaled by the DC gain of the sections before it.
    static func steadyStatesForUnitStep(of sections: [Biquad]) -> [(Double, Double)] {
        var scale = 1.0
        return sections.map { section in
            let unit = section.steadyStateForUnitStep
            defer { scale *= section.dcGain }
            return (unit.0 * scale, unit.1 * scale)
        }
    }
}
