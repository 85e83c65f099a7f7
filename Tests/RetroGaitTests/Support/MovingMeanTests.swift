@testable import GaitSimulator
@testable import RetroGait
import Testing

/// `MovingStatistics.mean` computes the samples whose window fits whole in a loop of their own; these
/// tests hold it to the clamped formula for every sample that it replaced, bit for bit.
@Suite("Moving mean: the whole-window loop gives the clamped formula's floats")
struct MovingMeanTests {
    /// The mean as computed before: one clamped window per sample over the in-order prefix sums.
    private static func reference(_ signal: [Float], window: Int) -> [Float] {
        let n = signal.count
        guard n > 0 else { return [] }
        let half = max(0, window / 2)
        var prefix = [Double](repeating: 0, count: n + 1)
        for i in 0..<n { prefix[i + 1] = prefix[i] + Double(signal[i]) }
        return (0..<n).map { i in
            let lower = max(0, i - half)
            let upper = min(n, i + half + 1)
            return Float((prefix[upper] - prefix[lower]) / Double(upper - lower))
        }
    }

    /// Values over several binades (so the sums round), with repeats.
    private static func signal(count: Int, seed: UInt64) -> [Float] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let unit = Float(generator.next() >> 40) / Float(1 << 24)
            return index % 11 == 0 ? 1 : (unit - 0.4) * Float(1 << (index % 9))
        }
    }

    @Test("Bit for bit, windows even and odd, shorter and longer than the signal",
          arguments: [0, 1, 2, 7, 16, 33, 64, 999])
    func matchesClampedFormula(window: Int) {
        for count in [0, 1, 2, 5, 32, 33, 65, 500, 4097] {
            let signal = Self.signal(count: count, seed: UInt64(window * 10_000 + count))
            let mean = MovingStatistics.mean(signal, window: window)
            #expect(mean.map(\.bitPattern) == Self.reference(signal, window: window).map(\.bitPattern),
                    "window \(window), count \(count)")
        }
    }
}
