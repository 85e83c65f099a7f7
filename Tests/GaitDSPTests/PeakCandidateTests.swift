import Foundation
@testable import GaitDSP
import Testing

/// `PeakDetection` looks for local maxima sixteen samples at a time and sorts candidate heights by
/// their bytes; these tests hold both to the sample-by-sample scan and the comparison sort they
/// replaced, on signals with plateaus, repeats and NaNs.
@Suite("Peak candidates: the lane scan and the radix order give the scalar results")
struct PeakCandidateTests {
    /// SciPy's `_local_maxima_1d`, one sample after the other (the scan as it was).
    private static func scalarMaxima(_ x: [Float]) -> [Int] {
        var result: [Int] = []
        guard x.count >= 3 else { return result }
        var index = 1
        let lastInterior = x.count - 1
        while index < lastInterior {
            if x[index - 1] < x[index] {
                var ahead = index + 1
                while ahead < lastInterior && x[ahead] == x[index] { ahead += 1 }
                if x[ahead] < x[index] {
                    result.append((index + ahead - 1) / 2)
                    index = ahead
                }
            }
            index += 1
        }
        return result
    }

    /// Peaks thinned by distance as before: a comparison sort by (height, position), visited from the top.
    private static func comparisonThinned(_ x: [Float], minimumDistance: Int) -> [Int] {
        let peaks = scalarMaxima(x)
        let order = peaks.indices.sorted { (x[peaks[$0]] + 0, $0) < (x[peaks[$1]] + 0, $1) }
        return PeakDetection.thin(peaks, visiting: order.reversed(), minimumDistance: minimumDistance)
    }

    /// Coarsely quantised values (so plateaus and equal heights are common), negative and positive,
    /// with signed zeros and an occasional NaN.
    private static func signal(count: Int, seed: UInt64, withNaN: Bool) -> [Float] {
        pseudoRandomSignal(count: count, seed: seed).enumerated().map { index, value in
            if withNaN && index % 97 == 41 { return .nan }
            let level = Float((value * 6).rounded())
            return level == 0 && index % 2 == 0 ? -0.0 : level
        }
    }

    @Test("Local maxima: every length up to 80 and longer signals, with and without NaNs")
    func maximaMatchScalarScan() {
        for count in Array(0...80) + [255, 256, 257, 1_000, 4_099] {
            for withNaN in [false, true] {
                let x = Self.signal(count: count, seed: UInt64(count * 2 + (withNaN ? 1 : 0)), withNaN: withNaN)
                #expect(PeakDetection.localMaxima(x) == Self.scalarMaxima(x), "count \(count), NaN \(withNaN)")
            }
        }
        // A smooth wave: peaks far apart, most blocks hold none.
        let wave: [Float] = (0..<5_000).map { index in Float(sin(Double(index) * 0.05)) + Float(index % 7) * 1e-3 }
        #expect(PeakDetection.localMaxima(wave) == Self.scalarMaxima(wave))
        #expect(PeakDetection.localMaxima(wave).count > 30)
    }

    @Test("Distance thinning: the radix order keeps what the comparison sort kept", arguments: [2, 3, 8, 40])
    func thinningMatchesComparisonSort(minimumDistance: Int) {
        for count in [10, 100, 300, 2_000, 10_000] {
            let x = Self.signal(count: count, seed: UInt64(count + minimumDistance), withNaN: false)
            #expect(PeakDetection.findPeaks(in: x, minimumDistance: minimumDistance)
                    == Self.comparisonThinned(x, minimumDistance: minimumDistance), "count \(count)")
        }
        // Many peaks of distinct heights (every byte of the height's bits varies).
        let distinct: [Float] = (0..<20_000).map { index in
            Float(sin(Double(index) * 1.3)) * Float(1 + index % 13) * 37.5
        }
        #expect(PeakDetection.findPeaks(in: distinct, minimumDistance: minimumDistance)
                == Self.comparisonThinned(distinct, minimumDistance: minimumDistance))
    }
}
