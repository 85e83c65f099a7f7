import GaitDSP
import Testing

@Suite("Block moments")
struct BlockMomentsTests {
    /// Values from a linear congruential generator, scaled by `spread` powers of two around `offset`.
    private static func values(count: Int, seed: UInt64, offset: Float, spread: Int) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Float(state >> 40) / Float(1 << 24) - 0.5
            let exponent = spread == 0 ? 0 : Int(state >> 20 & 0xFFFF) % (2 * spread + 1) - spread
            return offset + Float(sign: .plus, exponent: exponent, significand: 1) * unit
        }
    }

    @Test("Block moments of whole-block windows lie within their bound of the two-pass variance")
    func blockMoments() {
        for offset in [Float(0), 1, 300] {
            let samples = Self.values(count: 2_350, seed: 11, offset: offset, spread: 2)
            samples.withUnsafeBufferPointer { signal in
                let blocks = BlockMoments(signal, blockLength: 100)
                for start in stride(from: 0, through: 1_800, by: 100) {
                    let window = Array(samples[start..<(start + 500)])
                    let mean = window.reduce(0.0) { $0 + Double($1) } / 500
                    let variance = window.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / 500
                    let magnitude = window.reduce(0.0) { $0 + abs(Double($1)) } / 500
                    guard let moments = blocks.moments(of: start..<(start + 500)) else {
                        Issue.record("no moments for a whole-block window at \(start)")
                        continue
                    }
                    #expect(abs(moments.variance - variance) <= moments.varianceError)
                    #expect(abs(moments.meanMagnitude - magnitude) <= 1e-12 * magnitude)
                }
                #expect(blocks.moments(of: 50..<550) == nil)
                #expect(blocks.moments(of: 100..<550) == nil)
                #expect(blocks.moments(of: 1_900..<2_400) == nil)
            }
        }
    }
}
