import Foundation
import GaitDSP
import Testing

@Suite("Autocorrelation")
struct AutocorrelationTests {
    /// Direct O(n²) biased autocorrelation of the mean-removed signal, normalised by lag 0.
    private func direct(_ x: [Float], maxLag: Int) -> [Double] {
        let values = x.map(Double.init)
        let mean = values.reduce(0, +) / Double(values.count)
        let centred = values.map { $0 - mean }
        let energy = centred.reduce(0) { $0 + $1 * $1 }
        return (0...maxLag).map { lag in
            guard lag < centred.count else { return 0 }
            var sum = 0.0
            for i in 0..<(centred.count - lag) { sum += centred[i] * centred[i + lag] }
            return sum / energy
        }
    }

    @Test("Matches the direct O(n²) computation", arguments: [(50, 20), (301, 150), (64, 63), (10, 15), (250, 120), (500, 240)])
    func matchesDirect(count: Int, maxLag: Int) {
        let signal = pseudoRandomSignal(count: count, seed: UInt64(count)).enumerated().map {
            Float($0.element + 0.8 * sin(Double($0.offset) * 0.4) + 3)
        }
        let fast = Autocorrelation.compute(signal, maxLag: maxLag)
        #expect(fast.count == maxLag + 1)
        #expect(fast[0] == 1)
        #expect(maxAbsDifference(fast.map(Double.init), direct(signal, maxLag: maxLag)) < 1e-5)
    }

    @Test("A periodic signal has its highest non-zero-lag peak at its period")
    func periodicPeak() {
        let period = 37
        let signal = (0..<1000).map { i -> Float in
            let phase = 2 * Float.pi * Float(i % period) / Float(period)
            return sin(phase) + 0.5 * sin(2 * phase + 1)
        }
        let r = Autocorrelation.compute(signal, maxLag: 60)
        let best = (10...60).max { r[$0] < r[$1] }
        #expect(best == period)
        #expect(r[period] > 0.9)
    }

    @Test("Constant, empty and negative-lag inputs")
    func degenerateInputs() {
        #expect(Autocorrelation.compute([Float](repeating: 4, count: 10), maxLag: 3) == [0, 0, 0, 0])
        #expect(Autocorrelation.compute([], maxLag: 2) == [0, 0, 0])
        #expect(Autocorrelation.compute([1, 2, 3], maxLag: -1).isEmpty)
    }
}
