import GaitDSP
import Testing

/// The prominences found from the local maxima alone against the definition, walked per peak.
@Suite("Prominences from local maxima")
struct LocalMaximumProminenceTests {
    /// SciPy's definition, walked per peak: to each side, the minimum up to the nearest strictly higher
    /// sample (or the end); the prominence is the height above the higher of the two minima.
    private func walkedProminence(of peak: Int, in x: [Float]) -> Float {
        var left = x[peak]
        var index = peak - 1
        while index >= 0 && x[index] <= x[peak] { left = min(left, x[index]); index -= 1 }
        var right = x[peak]
        index = peak + 1
        while index < x.count && x[index] <= x[peak] { right = min(right, x[index]); index += 1 }
        return x[peak] - max(left, right)
    }

    /// Signals of few distinct levels, so plateaus, ties and equal maxima are common.
    private func levelledSignal(count: Int, levels: Int, seed: UInt64) -> [Float] {
        pseudoRandomSignal(count: count, seed: seed).map { Float((($0 + 1) / 2 * Double(levels)).rounded(.down)) }
    }

    @Test("Every peak's prominence is the walked one", arguments: [2, 3, 5, 40, 100_000])
    func matchesTheWalk(levels: Int) {
        for seed in UInt64(1)...300 {
            let signal = levelledSignal(count: 3 + Int(seed % 157), levels: levels, seed: seed &* 7919)
            let peaks = PeakDetection.findPeaks(in: signal)
            let expected = peaks.map { walkedProminence(of: $0, in: signal) }
            #expect(PeakDetection.prominences(of: peaks, in: signal) == expected, "seed \(seed)")
            // Every other peak, and the peaks with prominences from the combined search.
            let some = peaks.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            #expect(PeakDetection.prominences(of: some, in: signal) == some.map { walkedProminence(of: $0, in: signal) })
            let found = PeakDetection.findPeaksWithProminences(in: signal, minimumDistance: 3)
            #expect(found.prominences == found.peaks.map { walkedProminence(of: $0, in: signal) })
        }
    }

    @Test("Indices that are not local maxima, or out of order, still get the walked prominence")
    func otherIndices() {
        let signal: [Float] = [0, 10, 4, 6, 1, 8, 3, 9, 0]
        #expect(PeakDetection.prominences(of: [2, 4, 6], in: signal) == [2, 4, 6].map { walkedProminence(of: $0, in: signal) })
        #expect(PeakDetection.prominences(of: [7, 1], in: signal) == [8, 10])
        #expect(PeakDetection.prominences(of: [5, 5], in: signal) == [5, 5])
        #expect(PeakDetection.prominences(of: [0, 8, -1, 9], in: signal) == [0, 0, 0, 0])
    }
}
