#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass of a biquad section over a long buffer in four chains at once, with the same floats, bit
/// for bit, as the one chain of ``Biquad/run(_:state:)`` (or ``Biquad/runBackward(_:state:)``).
///
/// A section's recursion is one chain of dependent multiply-adds: each sample waits for the state the
/// sample before it left, so one pass uses a fraction of the processor. Here the buffer is cut into
/// four consecutive pieces, and the pieces' chains run side by side in the lanes of one `SIMD4<Double>`.
/// The first chain starts from the pass's state as the single chain does. Every other chain starts
/// ``warmUp`` samples before its piece, from the section's steady state for the sample there, and runs
/// through those samples without storing them. A stable section forgets its starting state: the
/// difference between two chains fed the same samples shrinks by the poles' radius every sample, and
/// once it falls below the last bit of `Double` the two states round to the same values and stay equal
/// from then on. When every chain reaches its piece's start in exactly (bit for bit) the state the chain
/// before it ends in, each piece was filtered as the single chain filters it. That is checked, not
/// assumed: ``run(_:backward:)`` returns false when a join differs, and the caller filters again in one
/// chain.
///
/// ``warmUp`` is four times the samples the poles take to shrink a difference by 2⁻⁶⁴. Measured on
/// 100 Hz signals with a second-order low-pass, the states met within 1.0–1.8 times that at 6 Hz, at
/// most 2.9 times at 3 Hz, and sometimes not within 4 times at 1 Hz; so only sections whose poles lie
/// within radius ``largestPoleRadius`` split (at 100 Hz a second-order low-pass above about 2.2 Hz).
struct SplitSectionPass {
    /// The section.
    let section: Biquad
    /// The section's state for a constant unit input (each chain's start is scaled by its sample).
    let unitState: (Double, Double)
    /// Samples each chain but the first runs before its piece, without storing them.
    let warmUp: Int

    /// Sections with slower poles do not split: their chains meet too late, or not at all.
    static let largestPoleRadius = 0.9
    /// A buffer splits only when it is this many warm-ups long (the warm-ups then add at most an
    /// eighth to the work).
    static let shortestInWarmUps = 24

    /// The pass of `section` split into chains, or `nil` when its poles are slower than
    /// ``largestPoleRadius`` (or not stable).
    init?(_ section: Biquad, unitState: (Double, Double)) {
        guard let radius = section.poleRadius, radius < Self.largestPoleRadius else { return nil }
        self.section = section
        self.unitState = unitState
        warmUp = 4 * Int((log(0x1p-64) / log(max(radius, 1e-3))).rounded(.up))
    }

    /// A pass whose chains start `warmUp` samples before their pieces, whatever the poles (for tests).
    init(_ section: Biquad, unitState: (Double, Double), warmUp: Int) {
        self.section = section
        self.unitState = unitState
        self.warmUp = warmUp
    }

    /// Whether a buffer of `count` samples is long enough to split.
    func splits(count: Int) -> Bool { count >= Self.shortestInWarmUps * warmUp }

    /// Filters `buffer` in place, from its start (or `backward`, from its end), starting from `state`.
    /// Returns whether every join was exact; if not, the buffer holds a mix of filtered and unfiltered
    /// samples and must be filled and filtered again.
    ///
    /// - Precondition: ``splits(count:)`` for `buffer.count`.
    func run(_ buffer: UnsafeMutableBufferPointer<Float>, state: (Double, Double), backward: Bool) -> Bool {
        precondition(splits(count: buffer.count), "buffer too short to split")
        return backward ? run(buffer, state: state) { buffer.count - 1 - $0 } : run(buffer, state: state) { $0 }
    }

    /// The pass in the order `position` gives: the pass's `k`-th sample is `buffer[position(k)]`.
    @inline(__always)
    private func run(
        _ buffer: UnsafeMutableBufferPointer<Float>, state: (Double, Double), position: (Int) -> Int
    ) -> Bool {
        let count = buffer.count
        // Chain 0 stores from its first sample; chains 1–3 each run `steps`, of which `warmUp` unstored.
        let steps = (count + 3 * warmUp) / 4
        let piece = steps - warmUp
        let firstPiece = count - 3 * piece
        // Chain k (1…3) starts `warmUp` before its piece, which starts at firstPiece + (k − 1)·piece.
        let starts = SIMD4<Int>(0, firstPiece - warmUp, firstPiece + piece - warmUp, firstPiece + 2 * piece - warmUp)
        func sample(_ k: Int) -> SIMD4<Double> {
            let indices = starts &+ k
            return SIMD4(
                Double(buffer[position(indices[0])]), Double(buffer[position(indices[1])]),
                Double(buffer[position(indices[2])]), Double(buffer[position(indices[3])]))
        }
        let first = sample(0)
        var s0 = SIMD4(state.0, unitState.0 * first[1], unitState.0 * first[2], unitState.0 * first[3])
        var s1 = SIMD4(state.1, unitState.1 * first[1], unitState.1 * first[2], unitState.1 * first[3])
        let (b0, b1, b2, a1, a2) = (section.b0, section.b1, section.b2, section.a1, section.a2)
        for k in 0..<warmUp {
            let x = sample(k)
            let y = b0 * x + s0
            s0 = b1 * x - a1 * y + s1
            s1 = b2 * x - a2 * y
            buffer[position(k)] = Float(y[0])
        }
        // The states chains 1–3 start their pieces in.
        let joins = (s0, s1)
        for k in warmUp..<steps {
            let x = sample(k)
            let y = b0 * x + s0
            s0 = b1 * x - a1 * y + s1
            s1 = b2 * x - a2 * y
            let output = SIMD4<Float>(y)
            let indices = starts &+ k
            buffer[position(indices[0])] = output[0]
            buffer[position(indices[1])] = output[1]
            buffer[position(indices[2])] = output[2]
            buffer[position(indices[3])] = output[3]
        }
        // Chain 0's piece is longer by the rounding remainder (firstPiece − steps, 0…3 samples).
        var (c0, c1) = (s0[0], s1[0])
        for k in steps..<firstPiece {
            let x = Double(buffer[position(k)])
            let y = b0 * x + c0
            c0 = b1 * x - a1 * y + c1
            c1 = b2 * x - a2 * y
            buffer[position(k)] = Float(y)
        }
        // Each chain's end state against the next chain's start, bit for bit.
        let ends = (SIMD4(c0, s0[1], s0[2], 0), SIMD4(c1, s1[1], s1[2], 0))
        let next = (SIMD4(joins.0[1], joins.0[2], joins.0[3], 0), SIMD4(joins.1[1], joins.1[2], joins.1[3], 0))
        return ends.0.bitPatterns == next.0.bitPatterns && ends.1.bitPatterns == next.1.bitPatterns
    }
}

private extension SIMD4 where Scalar == Double {
    /// The lanes' bit patterns (so that 0 and −0 differ, as they may in what follows).
    var bitPatterns: SIMD4<UInt64> { SIMD4<UInt64>(self[0].bitPattern, self[1].bitPattern, self[2].bitPattern, self[3].bitPattern) }
}

extension Biquad {
    /// The largest radius of the section's poles (the roots of `z² + a1·z + a2`); `nil` when not finite.
    var poleRadius: Double? {
        let discriminant = a1 * a1 - 4 * a2
        let radius = discriminant < 0
            ? a2.squareRoot()
            : max(abs(-a1 + discriminant.squareRoot()), abs(-a1 - discriminant.squareRoot())) / 2
        return radius.isFinite ? radius : nil
    }
}
