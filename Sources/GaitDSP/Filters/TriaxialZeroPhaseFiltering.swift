internal import CLaneKernels

extension ButterworthFilter {
    /// Zero-phase filtering of three channels of equal length at once: the same result, bit for bit, as
    /// ``filteredZeroPhase(_:)`` on each channel.
    ///
    /// One channel's recursion is a chain of dependent multiply-adds that leaves the processor's vector
    /// units mostly idle; here the three channels run side by side in the lanes of one SIMD vector, so
    /// the three chains cost about as much as one. Where the processor has AVX (`LaneKernels`), the
    /// four `Double` lanes take one 256-bit register instead of two; the arithmetic is the same.
    ///
    /// - Precondition: `x`, `y` and `z` have the same count.
    /// - Returns: the three filtered channels.
    /// - Complexity: O((n + pad) · sections); allocates the three results and one interleaved scratch
    ///   buffer of `n + 2 · pad` four-lane vectors.
    public func filteredZeroPhase(
        _ x: [Float], _ y: [Float], _ z: [Float]
    ) -> (x: [Float], y: [Float], z: [Float]) {
        filteredZeroPhase(x, y, z, usingLaneKernels: LaneKernels.isAvailable)
    }

    /// ``filteredZeroPhase(_:_:_:)`` in the portable Swift arithmetic (`usingLaneKernels` false) or in
    /// the AVX kernels (true: only where `LaneKernels/isAvailable`); the results are the same bit for bit.
    func filteredZeroPhase(
        _ x: [Float], _ y: [Float], _ z: [Float], usingLaneKernels: Bool
    ) -> (x: [Float], y: [Float], z: [Float]) {
        precondition(x.count == y.count && y.count == z.count, "channels must have the same length")
        let count = x.count
        guard count > 0 else { return (x, y, z) }
        let lanes = TriaxialLanes(self, x, y, z, usingLaneKernels: usingLaneKernels)
        defer { lanes.deallocate() }
        lanes.runStages(from: 0, backward: false)
        lanes.runStages(from: 0, backward: true)
        let filtered = lanes.filtered
        func channel(_ lane: Int) -> [Float] {
            [Float](unsafeUninitializedCapacity: count) { output, initialized in
                for index in 0..<count { output[index] = filtered[index][lane] }
                initialized = count
            }
        }
        return (channel(0), channel(1), channel(2))
    }

    /// Zero-phase filtering of three channels by two filters in one sweep: `body` sees, for every
    /// sample, the channels filtered by `first` and by `second`, each the same, bit for bit, as
    /// ``filteredZeroPhase(_:_:_:)`` gives.
    ///
    /// The two filters' recursions are independent chains of dependent multiply-adds; run in the same
    /// loop they overlap in the processor, so two filters cost little more than the longer one. The
    /// results go to `body` as four-lane vectors (x, y, z, 0) without being copied into arrays.
    ///
    /// ```swift
    /// let energy = ButterworthFilter.filteredZeroPhase(x, y, z, by: smoothing, and: gravity) { smooth, slow in
    ///     zip(smooth, slow).map { ($0 * $1).sum() }
    /// }
    /// ```
    ///
    /// - Precondition: `x`, `y` and `z` have the same count.
    /// - Parameters:
    ///   - x: The first channel.
    ///   - y: The second channel.
    ///   - z: The third channel.
    ///   - first: The filter whose output is `body`'s first buffer.
    ///   - second: The filter whose output is `body`'s second buffer.
    ///   - body: Receives `x.count` filtered samples of each filter; the buffers are valid only during
    ///     the call.
    /// - Returns: what `body` returns.
    /// - Complexity: O((n + pad) · sections); allocates one scratch buffer per filter.
    public static func filteredZeroPhase<Result>(
        _ x: [Float], _ y: [Float], _ z: [Float], by first: ButterworthFilter, and second: ButterworthFilter,
        _ body: (_ first: UnsafeBufferPointer<SIMD4<Float>>, _ second: UnsafeBufferPointer<SIMD4<Float>>) throws -> Result
    ) rethrows -> Result {
        try filteredZeroPhase(x, y, z, by: first, and: second, usingLaneKernels: LaneKernels.isAvailable, body)
    }

    /// ``filteredZeroPhase(_:_:_:by:and:_:)`` in the portable Swift arithmetic (`usingLaneKernels`
    /// false) or in the AVX kernels (true: only where `LaneKernels/isAvailable`); the same bit for bit.
    static func filteredZeroPhase<Result>(
        _ x: [Float], _ y: [Float], _ z: [Float], by first: ButterworthFilter, and second: ButterworthFilter,
        usingLaneKernels: Bool,
        _ body: (_ first: UnsafeBufferPointer<SIMD4<Float>>, _ second: UnsafeBufferPointer<SIMD4<Float>>) throws -> Result
    ) rethrows -> Result {
        precondition(x.count == y.count && y.count == z.count, "channels must have the same length")
        guard !x.isEmpty else { return try body(UnsafeBufferPointer(start: nil, count: 0), UnsafeBufferPointer(start: nil, count: 0)) }
        let a = TriaxialLanes(first, x, y, z, usingLaneKernels: usingLaneKernels)
        let b = TriaxialLanes(second, x, y, z, usingLaneKernels: usingLaneKernels)
        defer {
            a.deallocate()
            b.deallocate()
        }
        func sweep(backward: Bool) {
            let (levelA, levelB) = (a.level(backward: backward), b.level(backward: backward))
            let shared = min(a.stageCount, b.stageCount)
            for index in 0..<shared {
                CascadeStage.runTogether(
                    a.stage(index, level: levelA), a.buffer, b.stage(index, level: levelB), b.buffer, backward: backward,
                    usingLaneKernels: usingLaneKernels)
            }
            a.runStages(from: shared, level: levelA, backward: backward)
            b.runStages(from: shared, level: levelB, backward: backward)
        }
        sweep(backward: false)
        sweep(backward: true)
        return try body(a.filtered, b.filtered)
    }
}

/// Three channels padded at both ends and interleaved as four-lane vectors, one filter's scratch space
/// for a zero-phase pass.
private struct TriaxialLanes {
    let filter: ButterworthFilter
    let count: Int
    let pad: Int
    let buffer: UnsafeMutableBufferPointer<SIMD4<Float>>
    /// Whether the passes run in the AVX kernels (`LaneKernels`) rather than in Swift.
    let usingLaneKernels: Bool

    init(_ filter: ButterworthFilter, _ x: [Float], _ y: [Float], _ z: [Float], usingLaneKernels: Bool) {
        self.filter = filter
        self.usingLaneKernels = usingLaneKernels
        count = x.count
        pad = filter.zeroPhasePadLength(forCount: count)
        let buffer = UnsafeMutableBufferPointer<SIMD4<Float>>.allocate(capacity: count + 2 * pad)
        let (count, pad) = (count, pad)
        x.withUnsafeBufferPointer { x in
            y.withUnsafeBufferPointer { y in
                z.withUnsafeBufferPointer { z in
                    func sample(_ index: Int) -> SIMD4<Float> { SIMD4(x[index], y[index], z[index], 0) }
                    let first = sample(0)
                    let last = sample(count - 1)
                    for index in 0..<pad {
                        buffer[index] = 2 * first - sample(pad - index)
                        buffer[pad + count + index] = 2 * last - sample(count - 2 - index)
                    }
                    for index in 0..<count { buffer[pad + index] = sample(index) }
                }
            }
        }
        self.buffer = buffer
    }

    /// The filtered samples, without the padding.
    var filtered: UnsafeBufferPointer<SIMD4<Float>> {
        UnsafeBufferPointer(rebasing: buffer[pad..<(pad + count)])
    }

    func deallocate() { buffer.deallocate() }

    /// The level at a pass's starting end, which scales the sections' initial states.
    func level(backward: Bool) -> SIMD4<Double> {
        SIMD4<Double>(backward ? buffer[buffer.count - 1] : buffer[0])
    }

    /// Passes per direction: the sections in pairs, and a last one alone.
    var stageCount: Int { (filter.sections.count + 1) / 2 }

    /// Pass `index` of a direction whose starting end is at `level`.
    func stage(_ index: Int, level: SIMD4<Double>) -> CascadeStage {
        CascadeStage(sections: filter.sections, states: filter.unitStepStates, first: 2 * index, level: level)
    }

    /// Runs the passes of one direction from `first` on (`level`: the starting end's, read now if nil).
    func runStages(from first: Int, level: SIMD4<Double>? = nil, backward: Bool) {
        let level = level ?? self.level(backward: backward)
        for index in first..<stageCount {
            stage(index, level: level).run(buffer, backward: backward, usingLaneKernels: usingLaneKernels)
        }
    }
}

/// One pass over a four-lane buffer: two sections in one loop, or a last single section. The arithmetic
/// per lane is exactly the scalar recursion's (same operations, same order, `Double` state, `Float`
/// storage between passes).
private enum CascadeStage {
    case pair(LanePair)
    case single(LaneSection)

    /// Sections `first` and `first + 1` as a pair, or `first` alone when it is the last; states scaled
    /// by `level`.
    init(sections: [Biquad], states: [(Double, Double)], first: Int, level: SIMD4<Double>) {
        func section(_ index: Int) -> LaneSection {
            LaneSection(section: sections[index], s0: states[index].0 * level, s1: states[index].1 * level)
        }
        self = first + 1 < sections.count
            ? .pair(LanePair(first: section(first), second: section(first + 1))) : .single(section(first))
    }

    func run(_ buffer: UnsafeMutableBufferPointer<SIMD4<Float>>, backward: Bool, usingLaneKernels: Bool) {
        if usingLaneKernels {
            LaneKernels.withFloats(buffer) { lane_kernels_run(kernelStage, $0, buffer.count, backward ? 1 : 0) }
            return
        }
        switch self {
        case .pair(var pair): pair.run(buffer, backward: backward)
        case .single(var single): single.run(buffer, backward: backward)
        }
    }

    /// The stage as the AVX kernels take it.
    var kernelStage: lane_stage {
        switch self {
        case .pair(let pair):
            lane_stage(section_count: 2, sections: (pair.first.kernelSection, pair.second.kernelSection))
        case .single(let single):
            lane_stage(section_count: 1, sections: (single.kernelSection, single.kernelSection))
        }
    }

    /// Runs `a` over `first` and `b` over `second` in one loop.
    static func runTogether(
        _ a: CascadeStage, _ first: UnsafeMutableBufferPointer<SIMD4<Float>>,
        _ b: CascadeStage, _ second: UnsafeMutableBufferPointer<SIMD4<Float>>, backward: Bool, usingLaneKernels: Bool
    ) {
        if usingLaneKernels {
            LaneKernels.withFloats(first) { x in
                LaneKernels.withFloats(second) { y in
                    lane_kernels_run_together(
                        a.kernelStage, x, first.count, b.kernelStage, y, second.count, backward ? 1 : 0)
                }
            }
            return
        }
        switch (a, b) {
        case (.pair(var a), .pair(var b)): runTogether(&a, first, &b, second, backward: backward)
        case (.pair(var a), .single(var b)): runTogether(&a, first, &b, second, backward: backward)
        case (.single(var a), .pair(var b)): runTogether(&a, first, &b, second, backward: backward)
        case (.single(var a), .single(var b)): runTogether(&a, first, &b, second, backward: backward)
        }
    }

    /// Both recursions step by step in one loop over the shorter buffer's length, then the longer
    /// buffer's rest alone; each buffer is walked from its own start (or end, `backward`).
    @inline(__always)
    private static func runTogether<A: LaneRecursion, B: LaneRecursion>(
        _ a: inout A, _ first: UnsafeMutableBufferPointer<SIMD4<Float>>,
        _ b: inout B, _ second: UnsafeMutableBufferPointer<SIMD4<Float>>, backward: Bool
    ) {
        let shared = min(first.count, second.count)
        if backward {
            let (lastA, lastB) = (first.count - 1, second.count - 1)
            for step in 0..<shared {
                first[lastA - step] = a.step(first[lastA - step])
                second[lastB - step] = b.step(second[lastB - step])
            }
            a.run(UnsafeMutableBufferPointer(rebasing: first[0..<(first.count - shared)]), backward: true)
            b.run(UnsafeMutableBufferPointer(rebasing: second[0..<(second.count - shared)]), backward: true)
        } else {
            for index in 0..<shared {
                first[index] = a.step(first[index])
                second[index] = b.step(second[index])
            }
            a.run(UnsafeMutableBufferPointer(rebasing: first[shared...]), backward: false)
            b.run(UnsafeMutableBufferPointer(rebasing: second[shared...]), backward: false)
        }
    }
}

/// A recursion over four-lane samples that keeps its state between samples.
private protocol LaneRecursion {
    /// Filters one sample and advances the state.
    mutating func step(_ sample: SIMD4<Float>) -> SIMD4<Float>
}

extension LaneRecursion {
    /// Filters `buffer` in place, from its start or (`backward`) from its end.
    @inline(__always)
    mutating func run(_ buffer: UnsafeMutableBufferPointer<SIMD4<Float>>, backward: Bool) {
        if backward {
            for index in buffer.indices.reversed() { buffer[index] = step(buffer[index]) }
        } else {
            for index in buffer.indices { buffer[index] = step(buffer[index]) }
        }
    }
}

/// One biquad section (transposed direct form II) with one channel per lane.
private struct LaneSection: LaneRecursion {
    let section: Biquad
    var s0: SIMD4<Double>
    var s1: SIMD4<Double>

    /// The section and its state as the AVX kernels take them.
    var kernelSection: lane_section {
        lane_section(
            b0: section.b0, b1: section.b1, b2: section.b2, a1: section.a1, a2: section.a2,
            s0: (s0[0], s0[1], s0[2], s0[3]), s1: (s1[0], s1[1], s1[2], s1[3]))
    }

    @inline(__always)
    mutating func step(_ sample: SIMD4<Float>) -> SIMD4<Float> {
        SIMD4<Float>(advance(SIMD4<Double>(sample)))
    }

    /// One step in `Double`, without rounding the output to `Float`.
    @inline(__always)
    mutating func advance(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let y = section.b0 * x + s0
        s0 = section.b1 * x - section.a1 * y + s1
        s1 = section.b2 * x - section.a2 * y
        return y
    }
}

/// Two sections in one loop: the second takes the first's output before it is stored as `Float`, as
/// ``BiquadPair`` does for one channel.
private struct LanePair: LaneRecursion {
    var first: LaneSection
    var second: LaneSection

    @inline(__always)
    mutating func step(_ sample: SIMD4<Float>) -> SIMD4<Float> {
        SIMD4<Float>(second.advance(first.advance(SIMD4<Double>(sample))))
    }
}
