import Foundation
@testable import GaitDSP
import Testing

/// `SplitSectionPass` runs a section's pass over a long buffer in four chains side by side; its floats
/// must be those of the one chain, bit for bit, whenever it reports its joins exact, and the zero-phase
/// filters that use it must give the one chain's floats whatever it reports.
@Suite("A section's pass split into four chains")
struct SplitSectionPassTests {
    /// A gait-like test signal: a step rhythm, a slow drift, and pseudo-random noise (fixed seed).
    static func signal(count: Int, seed: UInt64) -> [Float] {
        zip(cosine(frequency: 2.9, sampleRate: 100, count: count, amplitude: 0.8),
            pseudoRandomSignal(count: count, seed: seed)).enumerated()
            .map { Float(1 + $1.0 + 0.4 * $1.1 + 0.2 * sin(0.001 * Double($0))) }
    }

    static func bits(_ values: [Float]) -> [UInt32] { values.map(\.bitPattern) }

    @Test("Each pass as the one chain, forward and backward, at the length's four remainders",
          arguments: [4.0, 6.0, 12.0, 20.0])
    func passMatchesOneChain(cutoff: Double) throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: cutoff), order: 2, sampleRate: 100)
        let split = try #require(SplitSectionPass(filter.sections[0], unitState: filter.unitStepStates[0]))
        let shortest = SplitSectionPass.shortestInWarmUps * split.warmUp
        for (offset, count) in [shortest, shortest + 1, shortest + 2, shortest + 3, 60_001].enumerated() {
            let input = Self.signal(count: count, seed: UInt64(offset + 1))
            for backward in [false, true] {
                let state = (0.3, -0.2)
                var expected = input
                expected.withUnsafeMutableBufferPointer { buffer in
                    if backward { filter.sections[0].runBackward(buffer, state: state) }
                    else { filter.sections[0].run(buffer, state: state) }
                }
                var found = input
                let exact = found.withUnsafeMutableBufferPointer { split.run($0, state: state, backward: backward) }
                // The joins of these signals meet: a pass that fell back would not test the split at all.
                #expect(exact, "cutoff \(cutoff), count \(count), backward \(backward)")
                #expect(Self.bits(found) == Self.bits(expected), "cutoff \(cutoff), count \(count), backward \(backward)")
            }
        }
    }

    @Test("A join that does not meet is reported, and the zero-phase filter then uses one chain")
    func inexactJoinFallsBack() throws {
        // Poles of radius 0.96 (1 Hz at 100 Hz): one warm-up sample is far from enough.
        let filter = try ButterworthFilter(.lowPass(cutoff: 1), order: 2, sampleRate: 100)
        #expect(SplitSectionPass(filter.sections[0], unitState: filter.unitStepStates[0]) == nil)
        let hurried = SplitSectionPass(filter.sections[0], unitState: filter.unitStepStates[0], warmUp: 1)
        let input = Self.signal(count: 5_000, seed: 7)
        var scratch = input
        let exact = scratch.withUnsafeMutableBufferPointer { hurried.run($0, state: (0, 0), backward: false) }
        #expect(!exact)
        var found = input
        filter.applyZeroPhase(to: &found, split: hurried)
        var expected = input
        filter.applyZeroPhase(to: &expected, split: nil)
        #expect(Self.bits(found) == Self.bits(expected))
    }

    @Test("Zero-phase filtering splits long signals with the one chain's floats, as the stepped form gives them",
          arguments: [4.0, 6.0, 20.0])
    func zeroPhaseMatchesOneChain(cutoff: Double) throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: cutoff), order: 2, sampleRate: 100)
        for (seed, count) in [(3, 30_000), (4, 186_001)] {
            let input = Self.signal(count: count, seed: UInt64(seed))
            #expect(filter.splitsPasses(forCount: count), "count \(count) should split")
            var expected = input
            filter.applyZeroPhase(to: &expected, split: nil)
            #expect(Self.bits(filter.filteredZeroPhase(input)) == Self.bits(expected), "count \(count)")
            // The detector that steps a short signal's forward pass in its own loop filters a long one this
            // way: the same floats either way.
            guard var stepped = SteppedZeroPhase(filter, input) else {
                Issue.record("no stepped filtering for a one-section filter")
                continue
            }
            for index in 0..<count { stepped.forward(sample: index) }
            #expect(Self.bits(stepped.finish()) == Self.bits(expected), "stepped, count \(count)")
        }
    }

    @Test("Only one fast section over a long signal splits")
    func whoSplits() throws {
        let fast = try ButterworthFilter(.lowPass(cutoff: 6), order: 2, sampleRate: 100)
        let slow = try ButterworthFilter(.lowPass(cutoff: 0.3), order: 2, sampleRate: 100)
        let cascade = try ButterworthFilter(.lowPass(cutoff: 6), order: 4, sampleRate: 100)
        let split = try #require(fast.splitPass(forCount: 100_000))
        #expect(fast.splitsPasses(forCount: 100_000))
        #expect(!fast.splitsPasses(forCount: SplitSectionPass.shortestInWarmUps * split.warmUp / 2))
        #expect(!slow.splitsPasses(forCount: 100_000))
        #expect(!cascade.splitsPasses(forCount: 100_000))
    }
}
