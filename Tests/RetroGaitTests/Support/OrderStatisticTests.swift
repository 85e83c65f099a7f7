import Foundation
@testable import GaitSimulator
@testable import RetroGait
import Testing

/// Deterministic pseudo-random floats (SplitMix64) spread over several binades, with repeats.
private func noisyValues(_ count: Int, seed: UInt64) -> [Float] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { index in
        let unit = Float(generator.next() >> 40) / Float(1 << 24)
        return index % 7 == 0 ? 1 : (unit - 0.3) * Float(1 << (index % 5))
    }
}

@Suite("Order statistics without sorting")
struct OrderStatisticTests {
    @Test("RankSelection gives what sorting gives, for small and large inputs and any slice",
          arguments: [5, 300, 301, 5000, 5003, 70_000, 70_002])
    func rankSelectionMatchesSorting(count: Int) {
        let values = noisyValues(count + 10, seed: UInt64(count))
        let slice = values[7..<(count + 7)]
        let sorted = slice.sorted()
        let ranks = [0, count / 20, count / 2, Int(0.95 * Double(count - 1)), count - 1]
        #expect(RankSelection.values(atRanks: ranks, of: slice) == ranks.map { sorted[$0] })
    }

    @Test("RankSelection handles negatives, infinities and a constant signal")
    func rankSelectionEdges() {
        let mixed: [Float] = (0..<1000).map { Float($0 % 37) - 18 } + [-.infinity, .infinity, -0.0]
        let sorted = mixed.sorted()
        #expect(RankSelection.values(atRanks: [0, 1, 500, 1002], of: mixed[...]) == [sorted[0], sorted[1], sorted[500], sorted[1002]])
        let constant = [Float](repeating: 0.25, count: 4096)
        #expect(RankSelection.values(atRanks: [0, 2048, 4095], of: constant[...]) == [0.25, 0.25, 0.25])
    }

    /// Thousands of values sharing the upper 16 bits of their keys (one bucket): the exact value comes
    /// from counting their lower bits, or from a quickselect among a few; equal runs included.
    @Test("RankSelection within a crowded bucket", arguments: [300, 4096, 4097, 20_000])
    func rankSelectionWithinOneBucket(crowd: Int) {
        var generator = SplitMix64(seed: UInt64(crowd))
        let crowded = (0..<crowd).map { index in
            Float(bitPattern: 0x3F80_0000 + UInt32(index % 3 == 0 ? 7 : generator.next() % 65_536))
        }
        let values = crowded + noisyValues(crowd / 3, seed: 9)
        let sorted = values.sorted()
        for ranks in [[0, values.count - 1], [values.count / 2, values.count / 2], [values.count / 3, values.count / 2 + 1, 17]] {
            #expect(RankSelection.values(atRanks: ranks, of: values[...]) == ranks.map { sorted[$0] })
        }
    }

    /// NaNs take their place by their bits (a negative one before −∞, a positive one after +∞): ranks in
    /// their buckets, which no float range holds, are found too.
    @Test("RankSelection places NaNs by their bits")
    func rankSelectionWithNaNs() {
        let nans = (0..<40).map { Float(bitPattern: ($0 % 2 == 0 ? 0x7FC0_0000 : 0xFFC0_0000) | UInt32($0)) }
        let values = noisyValues(5000, seed: 4) + nans
        func key(_ value: Float) -> UInt32 {
            value.bitPattern & 0x8000_0000 == 0 ? value.bitPattern | 0x8000_0000 : ~value.bitPattern
        }
        let sorted = values.sorted { key($0) < key($1) }
        for ranks in [[0, values.count - 1], [1, values.count - 2], [250, 4790], [19, 5020]] {
            let selected = RankSelection.values(atRanks: ranks, of: values[...])
            #expect(selected.map(\.bitPattern) == ranks.map { sorted[$0].bitPattern }, "ranks \(ranks)")
        }
    }

    /// A smooth signal, as the detectors rank (a step wave, a magnitude): the values near a rank come in
    /// runs of neighbouring samples, so some blocks of sixteen hold a rank's bucket and most hold none.
    @Test("RankSelection on a smooth signal, ranks near its ends and middle", arguments: [4096, 66_001, 66_017])
    func rankSelectionOnSmoothSignal(count: Int) {
        let values = (0..<(count + 3)).map { index -> Float in
            let time = Double(index)
            return Float(1 + 0.6 * Foundation.sin(0.021 * time) + 0.05 * Foundation.sin(0.37 * time))
        }
        let slice = values[3...]
        let sorted = slice.sorted()
        for ranks in [[Int(0.95 * Double(count)), Int(0.05 * Double(count))], [count / 2], [0, count - 1], [count - 2, 1]] {
            #expect(RankSelection.values(atRanks: ranks, of: slice) == ranks.map { sorted[$0] }, "ranks \(ranks)")
        }
    }

    @Test("RunningMedian equals the upper median of the values so far after every append")
    func runningMedianMatchesSorting() {
        let values = noisyValues(600, seed: 3).map(Double.init)
        var running = RunningMedian()
        #expect(running.median == 0)
        for count in 1...values.count {
            running.append(values[count - 1])
            let sorted = values.prefix(count).sorted()
            #expect(running.median == sorted[count / 2])
        }
        running.removeAll()
        #expect(running.count == 0)
        running.append(2)
        #expect(running.median == 2)
    }
}

@Suite("Median by selection")
struct MedianSelectionTests {
    @Test("OrderStatistics.median equals the sorted middle (odd and even counts, repeats)",
          arguments: [1, 2, 31, 32, 33, 34, 1001, 4095, 4096, 4097, 100_001])
    func medianMatchesSorting(count: Int) {
        let values = noisyValues(count, seed: UInt64(count) + 17).map(Double.init)
        let sorted = values.sorted()
        let middle = count / 2
        let expected = count % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle])
        #expect(OrderStatistics.median(values) == expected)
        #expect(OrderStatistics.median([Double](repeating: 3, count: count)) == 3)
        #expect(OrderStatistics.median(sorted.reversed()) == expected)
    }

    @Test("OrderStatistics.upperMedian equals sorting's element at count / 2", arguments: [1, 2, 31, 32, 33, 34, 1001, 4096])
    func upperMedianMatchesSorting(count: Int) {
        let values = noisyValues(count, seed: UInt64(count) + 29).map(Double.init)
        let expected = values.sorted()[count / 2]
        #expect(OrderStatistics.upperMedian(values) == expected)
        #expect(OrderStatistics.upperMedian(values.reversed()) == expected)
        #expect(OrderStatistics.upperMedian([]) == nil)
    }
}

@Suite("Selection from a sample's bounds")
struct SampledSelectionTests {
    /// What sorting gives at two ranks.
    private static func sortedPair(_ values: [Double], _ first: Int, _ second: Int) -> [Double] {
        let sorted = values.sorted()
        return [sorted[first], sorted[second]]
    }

    private static func sampled(_ values: [Double], _ first: Int, _ second: Int) -> [Double]? {
        values.withUnsafeBufferPointer { SampledSelection.values(atRanks: first, second, of: $0) }.map { [$0.0, $0.1] }
    }

    @Test("The values sorting gives at close and distant ranks, with repeats and negatives",
          arguments: [4096, 5000, 65_537])
    func matchesSorting(count: Int) {
        let values = noisyValues(count, seed: UInt64(count) + 41).map { Double($0) - 0.5 }
        for (first, second) in [(count / 2 - 1, count / 2), (count / 2, count / 2), (0, 1), (count - 2, count - 1),
                                (count / 20, count / 20 + 1), (count / 3, count / 2)] {
            // Either the values sorting gives, or none (the caller then selects over everything).
            if let found = Self.sampled(values, first, second) {
                #expect(found == Self.sortedPair(values, first, second), "ranks \(first), \(second)")
            }
        }
        // With these values the bounds hold the middle ranks: the sampled path answers.
        #expect(Self.sampled(values, count / 2 - 1, count / 2) == Self.sortedPair(values, count / 2 - 1, count / 2))
        #expect(Self.sampled(values, count / 2, count / 2) == Self.sortedPair(values, count / 2, count / 2))
    }

    @Test("No answer, and the median still right, when a NaN, zero or a misleading sample is in the way")
    func declinesWhereItCannotAnswer() {
        let count = 10_000
        var withNaN = (0..<count).map { Double($0 % 997) + 1 }
        withNaN[123] = .nan
        #expect(Self.sampled(withNaN, 10, 5000) == nil)

        let aroundZero = (0..<count).map { Double($0 % 101) - 50 }
        #expect(Self.sampled(aroundZero, count / 2, count / 2) == nil)
        let pair = Self.sortedPair(aroundZero, count / 2 - 1, count / 2)
        #expect(OrderStatistics.median(aroundZero) == 0.5 * (pair[0] + pair[1]))

        // Every sampled position (multiples of count / 1024 here) holds a huge value: the bounds miss.
        let stride = count / 1024
        let misleading: [Double] = (0..<(1024 * stride)).map { index in
            let position = Double(index)
            return index % stride == 0 ? 1e9 + position : position + 1
        }
        let half = misleading.count / 2
        #expect(Self.sampled(misleading, half - 1, half) == nil)
        let middle = Self.sortedPair(misleading, half - 1, half)
        #expect(OrderStatistics.median(misleading) == 0.5 * (middle[0] + middle[1]))
    }
}
