extension ButterworthFilter {
    /// Zero-phase filtering of three channels of equal length at once: the same result, bit for bit, as
    /// ``filteredZeroPhase(_:)`` on each channel.
    ///
    /// One channel's recursion is a chain of dependent multiply-adds that leaves the processor's vector
    /// units mostly idle; here the three channels run side by side in the lanes of one SIMD vector, so
    /// the three chains cost about as much as one.
    ///
    /// - Precondition: `x`, `y` and `z` have the same count.
    /// - Returns: the three filtered channels.
    /// - Complexity: O((n + pad) · sections); allocates the three results and one interleaved scratch
    ///   buffer of `n + 2 · pad` four-lane vectors.
    public func filteredZeroPhase(
        _ x: [Float], _ y: [Float], _ z: [Float]
    ) -> (x: [Float], y: [Float], z: [Float]) {
        precondition(x.count == y.count && y.count == z.count, "channels must have the same length")
        let count = x.count
        guard count > 0 else { return (x, y, z) }
        let pad = zeroPhasePadLength(forCount: count)
        let extendedCount = count + 2 * pad
        let scratch = UnsafeMutableBufferPointer<SIMD4<Float>>.allocate(capacity: extendedCount)
        defer { scratch.deallocate() }
        x.withUnsafeBufferPointer { x in
            y.withUnsafeBufferPointer { y in
                z.withUnsafeBufferPointer { z in
                    func sample(_ index: Int) -> SIMD4<Float> { SIMD4(x[index], y[index], z[index], 0) }
                    let first = sample(0)
                    let last = sample(count - 1)
                    for index in 0..<pad {
                        scratch[index] = 2 * first - sample(pad - index)
                        scratch[pad + count + index] = 2 * last - sample(count - 2 - index)
                    }
                    for index in 0..<count { scratch[pad + index] = sample(index) }
                }
            }
        }
        let states = unitStepStates
        runCascade(scratch, initialLevel: SIMD4<Double>(scratch[0]), states: states, backward: false)
        runCascade(scratch, initialLevel: SIMD4<Double>(scratch[extendedCount - 1]), states: states, backward: true)
        func channel(_ lane: Int) -> [Float] {
            [Float](unsafeUninitializedCapacity: count) { output, initialized in
                for index in 0..<count { output[index] = scratch[pad + index][lane] }
                initialized = count
            }
        }
        return (channel(0), channel(1), channel(2))
    }

    /// ``runCascade(_:initialLevel:states:backward:)`` with one channel per SIMD lane.
    private func runCascade(
        _ buffer: UnsafeMutableBufferPointer<SIMD4<Float>>, initialLevel: SIMD4<Double>, states: [(Double, Double)],
        backward: Bool
    ) {
        func scaled(_ index: Int) -> (SIMD4<Double>, SIMD4<Double>) {
            (states[index].0 * initialLevel, states[index].1 * initialLevel)
        }
        var index = 0
        while index + 1 < sections.count {
            LanePair(first: sections[index], second: sections[index + 1])
                .run(buffer, states: (scaled(index), scaled(index + 1)), backward: backward)
            index += 2
        }
        if index < sections.count {
            LanePair.runSingle(sections[index], buffer, state: scaled(index), backward: backward)
        }
    }
}

/// ``BiquadPair`` and the single-section recursion of ``Biquad`` with one channel per SIMD lane. The
/// arithmetic per lane is exactly the scalar one (same operations, same order, `Double` state,
/// `Float` storage between passes).
private struct LanePair {
    let first: Biquad
    let second: Biquad

    @inline(__always)
    func run(
        _ buffer: UnsafeMutableBufferPointer<SIMD4<Float>>, states: ((SIMD4<Double>, SIMD4<Double>), (SIMD4<Double>, SIMD4<Double>)),
        backward: Bool
    ) {
        if backward {
            runPass(buffer, states: states, indices: (0..<buffer.count).reversed())
        } else {
            runPass(buffer, states: states, indices: 0..<buffer.count)
        }
    }

    @inline(__always)
    private func runPass<Indices: Sequence<Int>>(
        _ buffer: UnsafeMutableBufferPointer<SIMD4<Float>>, states: ((SIMD4<Double>, SIMD4<Double>), (SIMD4<Double>, SIMD4<Double>)),
        indices: Indices
    ) {
        let f = first
        let g = second
        var p0 = states.0.0, p1 = states.0.1
        var q0 = states.1.0, q1 = states.1.1
        for index in indices {
            let x = SIMD4<Double>(buffer[index])
            let y = f.b0 * x + p0
            p0 = f.b1 * x - f.a1 * y + p1
            p1 = f.b2 * x - f.a2 * y
            let z = g.b0 * y + q0
            q0 = g.b1 * y - g.a1 * z + q1
            q1 = g.b2 * y - g.a2 * z
            buffer[index] = SIMD4<Float>(z)
        }
    }

    @inline(__always)
    static func runSingle(
        _ section: Biquad, _ buffer: UnsafeMutableBufferPointer<SIMD4<Float>>, state: (SIMD4<Double>, SIMD4<Double>),
        backward: Bool
    ) {
        if backward {
            runSinglePass(section, buffer, state: state, indices: (0..<buffer.count).reversed())
        } else {
            runSinglePass(section, buffer, state: state, indices: 0..<buffer.count)
        }
    }

    @inline(__always)
    private static func runSinglePass<Indices: Sequence<Int>>(
        _ section: Biquad, _ buffer: UnsafeMutableBufferPointer<SIMD4<Float>>, state: (SIMD4<Double>, SIMD4<Double>),
        indices: Indices
    ) {
        var s0 = state.0
        var s1 = state.1
        for index in indices {
            let x = SIMD4<Double>(buffer[index])
            let y = section.b0 * x + s0
            s0 = section.b1 * x - section.a1 * y + s1
            s1 = section.b2 * x - section.a2 * y
            buffer[index] = SIMD4<Float>(y)
        }
    }
}
