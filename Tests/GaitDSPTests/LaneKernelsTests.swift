import Foundation
@testable import GaitDSP
import Testing

/// The AVX kernels against the portable Swift recursions: the same floats, bit for bit.
@Suite("Lane kernels (AVX) equal the portable recursions", .enabled(if: LaneKernels.isAvailable))
struct LaneKernelsTests {
    /// Reproducible values (the 64-bit LCG of `pseudoRandomSignal`, read from its high bits).
    struct Values {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        /// A value of random sign and mantissa whose magnitude spans 2⁻²⁰…2²⁰ (a few exact zeros).
        mutating func float() -> Float {
            let bits = next()
            guard (bits >> 20) % 97 != 0 else { return 0 }
            let mantissa = Float(bits >> 40) / Float(1 << 24) + 0.5
            let exponent = Int((bits >> 32) % 41) - 20
            return (bits >> 63 == 0 ? 1 : -1) * Float(sign: .plus, exponent: exponent, significand: mantissa)
        }
        mutating func channel(_ count: Int) -> [Float] { (0..<count).map { _ in float() } }
    }

    private static func bits(_ values: [Float]) -> [UInt32] { values.map(\.bitPattern) }

    @Test("One filter, three channels", arguments: [1, 2, 3, 4, 5, 8])
    func oneFilter(order: Int) throws {
        var values = Values(state: UInt64(order))
        for cutoff in [0.3, 7, 20, 45] {
            let filter = try ButterworthFilter(.lowPass(cutoff: cutoff), order: order, sampleRate: 100)
            for count in [1, 2, 3, 17, 64, 1001, 6000] {
                let (x, y, z) = (values.channel(count), values.channel(count), values.channel(count))
                let kernels = filter.filteredZeroPhase(x, y, z, usingLaneKernels: true)
                let portable = filter.filteredZeroPhase(x, y, z, usingLaneKernels: false)
                #expect(Self.bits(kernels.x) == Self.bits(portable.x))
                #expect(Self.bits(kernels.y) == Self.bits(portable.y))
                #expect(Self.bits(kernels.z) == Self.bits(portable.z))
            }
        }
    }

    @Test("Two filters in one sweep", arguments: [(4, 2), (2, 4), (1, 3), (3, 1), (2, 2), (5, 6)])
    func twoFilters(orders: (Int, Int)) throws {
        var values = Values(state: UInt64(10 * orders.0 + orders.1))
        let first = try ButterworthFilter(.lowPass(cutoff: 20), order: orders.0, sampleRate: 100)
        let second = try ButterworthFilter(.lowPass(cutoff: 0.3), order: orders.1, sampleRate: 100)
        for count in [1, 2, 5, 17, 100, 4001] {
            let (x, y, z) = (values.channel(count), values.channel(count), values.channel(count))
            func sweep(_ kernels: Bool) -> [UInt32] {
                ButterworthFilter.filteredZeroPhase(x, y, z, by: first, and: second, usingLaneKernels: kernels) { a, b in
                    var bits: [UInt32] = []
                    for sample in Array(a) + Array(b) {
                        for lane in 0..<4 { bits.append(sample[lane].bitPattern) }
                    }
                    return bits
                }
            }
            #expect(sweep(true) == sweep(false))
        }
    }

    @Test("Non-finite samples travel the same way")
    func nonFinite() throws {
        let filter = try ButterworthFilter(.lowPass(cutoff: 10), order: 4, sampleRate: 100)
        var x = [Float](repeating: 0.5, count: 200)
        x[50] = .infinity
        var y = [Float](repeating: -1, count: 200)
        y[120] = .nan
        let z = [Float](repeating: .greatestFiniteMagnitude, count: 200)
        let kernels = filter.filteredZeroPhase(x, y, z, usingLaneKernels: true)
        let portable = filter.filteredZeroPhase(x, y, z, usingLaneKernels: false)
        #expect(Self.bits(kernels.x) == Self.bits(portable.x))
        #expect(Self.bits(kernels.y) == Self.bits(portable.y))
        #expect(Self.bits(kernels.z) == Self.bits(portable.z))
    }
}
