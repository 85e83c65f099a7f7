/// Zero-phase filtering by a one-section filter (a 1st- or 2nd-order Butterworth) whose forward pass
/// is taken one sample at a time, so that a caller can run other work in the same loop: the same
/// result, bit for bit, as ``ButterworthFilter/filteredZeroPhase(_:)``.
///
/// A section's recursion is one chain of dependent multiply-adds that leaves the processor mostly
/// idle; another chain run in the same loop (a running sum, say) costs little more than the section
/// alone.
///
/// ```swift
/// guard var smoothing = SteppedZeroPhase(filter, signal) else { return filter.filteredZeroPhase(signal) }
/// for index in signal.indices {
///     smoothing.forward(sample: index)
///     // … other work on sample `index` …
/// }
/// let smoothed = smoothing.finish()
/// ```
///
/// Call ``forward(sample:)`` for every sample in order, then ``finish()``: it runs the backward pass and
/// returns the result. The value owns its scratch buffer and cannot be copied (`~Copyable`): the buffer
/// is freed when ``finish()`` consumes it, or when it is dropped unfinished.
public struct SteppedZeroPhase: ~Copyable {
    @usableFromInline let section: Biquad
    @usableFromInline var s0: Double
    @usableFromInline var s1: Double
    /// The signal padded at both ends (``ButterworthFilter/zeroPhasePadLength(forCount:)``).
    @usableFromInline let scratch: UnsafeMutableBufferPointer<Float>
    /// Samples of padding at each end.
    @usableFromInline let pad: Int
    /// Samples of the signal.
    public let count: Int

    /// Prepares the filtering of `signal` and runs the forward pass over the leading padding; `nil`
    /// when `filter` has more than one section or `signal` is empty.
    public init?(_ filter: ButterworthFilter, _ signal: [Float]) {
        guard filter.sections.count == 1, !signal.isEmpty else { return nil }
        section = filter.sections[0]
        count = signal.count
        pad = filter.zeroPhasePadLength(forCount: count)
        scratch = ButterworthFilter.padded(signal, by: pad)
        let level = Double(scratch[0])
        let unit = filter.unitStepStates[0]
        (s0, s1) = (unit.0 * level, unit.1 * level)
        unitState = unit
        for position in 0..<pad { step(position) }
    }

    /// The section's state for a constant unit input, scaled to each pass's starting level.
    private let unitState: (Double, Double)

    /// The forward pass over sample `index` of the signal (`0 ..< count`, each once, in order).
    @inlinable @inline(__always)
    public mutating func forward(sample index: Int) {
        step(pad + index)
    }

    @inlinable @inline(__always)
    mutating func step(_ position: Int) {
        let x = Double(scratch[position])
        let y = section.b0 * x + s0
        s0 = section.b1 * x - section.a1 * y + s1
        s1 = section.b2 * x - section.a2 * y
        scratch[position] = Float(y)
    }

    /// Runs the forward pass over the trailing padding and the backward pass, and returns the filtered
    /// signal; the value is consumed and its scratch buffer freed.
    public consuming func finish() -> [Float] {
        for position in (pad + count)..<scratch.count { step(position) }
        let level = Double(scratch[scratch.count - 1])
        section.runBackward(scratch, state: (unitState.0 * level, unitState.1 * level))
        return Array(scratch[pad..<(pad + count)])
    }

    deinit { scratch.deallocate() }
}
