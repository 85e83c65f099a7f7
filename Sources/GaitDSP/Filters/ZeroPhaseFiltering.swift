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
    ///
    /// A one-section filter whose poles forget a starting state quickly runs each pass over a long
    /// signal in four chains side by side (`SplitSectionPass`, internal), with the same floats.
    public func applyZeroPhase(to signal: inout [Float]) {
        applyZeroPhase(to: &signal, split: splitPass(forCount: signal.count))
    }

    /// ``applyZeroPhase(to:)`` with its passes split as `split` says (`nil`: one chain).
    func applyZeroPhase(to signal: inout [Float], split: SplitSectionPass?) {
        let count = signal.count
        guard count > 0 else { return }
        let pad = zeroPhasePadLength(forCount: count)
        let scratch = Self.padded(signal, by: pad)
        defer { scratch.deallocate() }
        let splitExactly = split.map { runZeroPhase(scratch, split: $0) } ?? false
        if !splitExactly {
            // One chain; after an inexact join, on the signal padded again.
            if split != nil { Self.pad(signal, by: pad, into: scratch) }
            runZeroPhase(scratch)
        }
        signal.withUnsafeMutableBufferPointer { destination in
            _ = destination.update(fromContentsOf: scratch[pad..<(pad + count)])
        }
    }

    /// The forward and backward passes over `scratch` (a padded signal), in one chain.
    func runZeroPhase(_ scratch: UnsafeMutableBufferPointer<Float>) {
        runCascade(scratch, initialLevel: Double(scratch[0]), states: unitStepStates, backward: false)
        runCascade(scratch, initialLevel: Double(scratch[scratch.count - 1]), states: unitStepStates, backward: true)
    }

    /// The forward and backward passes over `scratch` (a padded signal) in `split`'s chains; false when
    /// a join was not exact, and `scratch` must be filled again.
    func runZeroPhase(_ scratch: UnsafeMutableBufferPointer<Float>, split: SplitSectionPass) -> Bool {
        let unit = unitStepStates[0]
        let start = Double(scratch[0])
        guard split.run(scratch, state: (unit.0 * start, unit.1 * start), backward: false) else { return false }
        let end = Double(scratch[scratch.count - 1])
        return split.run(scratch, state: (unit.0 * end, unit.1 * end), backward: true)
    }

    /// Whether ``applyZeroPhase(to:)`` runs the passes over a signal of `count` samples in chains side by
    /// side (`SplitSectionPass`, internal): then they are faster on their own than stepped in another loop
    /// (``SteppedZeroPhase``).
    public func splitsPasses(forCount count: Int) -> Bool { splitPass(forCount: count) != nil }

    /// The passes of a signal of `count` samples split into chains: `nil` unless the filter has one
    /// section, whose poles are fast enough, and the padded signal is long enough.
    func splitPass(forCount count: Int) -> SplitSectionPass? {
        guard sections.count == 1, let split = SplitSectionPass(sections[0], unitState: unitStepStates[0]),
              split.splits(count: count + 2 * zeroPhasePadLength(forCount: count)) else { return nil }
        return split
    }

    /// A new buffer of `signal` (not empty) extended by odd reflection by `pad` (`< signal.count`)
    /// samples at each end; the caller deallocates it.
    static func padded(_ signal: [Float], by pad: Int) -> UnsafeMutableBufferPointer<Float> {
        let scratch = UnsafeMutableBufferPointer<Float>.allocate(capacity: signal.count + 2 * pad)
        Self.pad(signal, by: pad, into: scratch)
        return scratch
    }

    /// Writes `signal` (not empty) extended by odd reflection by `pad` (`< signal.count`) samples at
    /// each end into `scratch` (`signal.count + 2 · pad` floats).
    static func pad(_ signal: [Float], by pad: Int, into scratch: UnsafeMutableBufferPointer<Float>) {
        let count = signal.count
        signal.withUnsafeBufferPointer { source in
            let first = source[0]
            let last = source[count - 1]
            for index in 0..<pad {
                scratch[index] = 2 * first - source[pad - index]
                scratch[pad + count + index] = 2 * last - source[count - 2 - index]
            }
            _ = UnsafeMutableBufferPointer(rebasing: scratch[pad..<(pad + count)]).update(fromContentsOf: source)
        }
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
