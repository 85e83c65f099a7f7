@testable import RetroGait
import GaitDSP
import Testing

/// The in-order `Float` decision that `RhythmEstimator.varies` must reproduce exactly.
private func inOrderVaries(_ values: [Float], atLeast bar: Float) -> Bool {
    let mean = values.reduce(0, +) / Float(values.count)
    let variance = values.reduce(Float(0)) { $0 + ($1 - mean) * ($1 - mean) } / Float(values.count)
    return variance.squareRoot() >= bar
}

@Suite("Rhythm window variation decision")
struct VariationDecisionTests {
    @Test("The fast decision equals the in-order Float one, also within rounding of the bar", arguments: [Float(0), 1, 250])
    func matchesInOrderDecision(offset: Float) {
        var state: UInt64 = 99
        for window in [7, 500, 1201] {
            // Standard deviations from far below to far above the 0.04 bar, densely around it.
            for step in 0..<120 {
                let target = 0.04 * Float(1 + (Double(step) - 60) / (step % 3 == 0 ? 30 : 6000))
                let values = (0..<window).map { index -> Float in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let noise = Float(state >> 40) / Float(1 << 24) - 0.5
                    return offset + target * 3.4641 * noise + (index % 2 == 0 ? 0 : 1e-7)
                }
                let fast = values.withUnsafeBufferPointer { RhythmEstimator.varies($0, atLeast: 0.04) }
                #expect(fast == inOrderVaries(values, atLeast: 0.04))
                // The same decision from the block sums the rhythm search uses, whole windows of blocks.
                let blockLength = window == 500 ? 100 : window
                let blocks = values.withUnsafeBufferPointer {
                    RhythmEstimator.varies($0, atLeast: 0.04, moments: BlockMoments($0, blockLength: blockLength).moments(of: 0..<window))
                }
                #expect(blocks == inOrderVaries(values, atLeast: 0.04))
            }
        }
    }
}
