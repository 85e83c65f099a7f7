@testable import GaitSimulator
@testable import RetroGait
import Testing

/// `MovingStatistics.meanOfMean` runs the two running sums of a mean of a mean side by side; it must
/// give the floats of the two means taken one after the other.
@Suite("Mean of a mean: one pass gives the two means' floats")
struct MeanOfMeanTests {
    /// Values over several binades (so the sums round), with repeats.
    private static func signal(count: Int, seed: UInt64) -> [Float] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let unit = Float(generator.next() >> 40) / Float(1 << 24)
            return index % 13 == 0 ? 1 : (unit - 0.45) * Float(1 << (index % 7))
        }
    }

    @Test("Bit for bit, windows even and odd, shorter and longer than the signal",
          arguments: [0, 1, 2, 3, 8, 25, 64, 999])
    func matchesTwoMeans(window: Int) {
        for count in [0, 1, 2, 3, 5, 32, 33, 65, 500, 4097] {
            let signal = Self.signal(count: count, seed: UInt64(window * 10_000 + count))
            let once = MovingStatistics.meanOfMean(signal, window: window)
            let twice = MovingStatistics.mean(MovingStatistics.mean(signal, window: window), window: window)
            #expect(once.map(\.bitPattern) == twice.map(\.bitPattern), "window \(window), count \(count)")
            var visited: [Int] = []
            let alongside = MovingStatistics.meanOfMean(signal, window: window) { visited.append($0) }
            #expect(alongside.map(\.bitPattern) == once.map(\.bitPattern))
            #expect(visited == Array(0..<count), "every sample once, in order: window \(window), count \(count)")
        }
    }
}
