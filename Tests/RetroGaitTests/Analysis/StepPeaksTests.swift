import GaitDSP
@testable import RetroGait
import Testing

/// `LoadingOnsetDetector.stepPeaks` reads the highest samples before and after each candidate from
/// block maxima; these tests hold it to the running maximum sample by sample that it replaced.
@Suite("Step peaks: block maxima give the running maximum's answers")
struct StepPeaksTests {
    /// The peaks and prominences as the detector computed them before (a running maximum per sample).
    private static func reference(_ wave: [Float], minimumDistance: Int, minimumProminence: Float) -> ([Int], [Float]) {
        let (candidates, standard) = PeakDetection.findPeaksWithProminences(in: wave, minimumDistance: minimumDistance)
        var laterHighest = [Float](repeating: -.infinity, count: wave.count + 1)
        for index in wave.indices.reversed() { laterHighest[index] = max(laterHighest[index + 1], wave[index]) }
        var earlierHighest: Float = -.infinity
        var scanned = 0
        var peaks: [Int] = []
        var prominences: [Float] = []
        for (candidate, peak) in candidates.enumerated() {
            while scanned < peak { earlierHighest = max(earlierHighest, wave[scanned]); scanned += 1 }
            let height = wave[peak]
            var prominence = standard[candidate]
            if laterHighest[peak + 1] <= height && !(earlierHighest <= height) {
                var lowest = height
                var index = peak - 1
                while index >= 0 && wave[index] <= height {
                    lowest = min(lowest, wave[index])
                    index -= 1
                }
                prominence = height - lowest
            }
            if prominence >= minimumProminence {
                peaks.append(peak)
                prominences.append(prominence)
            }
        }
        return (peaks, prominences)
    }

    /// Levels from a small set (ties, plateaus, both zeros, infinities, NaN now and then).
    private static func wave(count: Int, seed: UInt64) -> [Float] {
        let levels: [Float] = [0, -0.0, 0.5, 1, 1, 1.5, 2, 2, 3, -1, .infinity, -.infinity, .nan, 0.25, 0.75, 1.25]
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let level = levels[Int(state >> 60)]
            return (state >> 40) % 7 == 0 ? level : Float((state >> 44) % 9) / 4
        }
    }

    @Test("The same peaks and prominences as the running maximum on random waves")
    func sameAsRunningMaximum() {
        for seed in 1...300 {
            let wave = Self.wave(count: Int(seed % 97) + 1, seed: UInt64(seed))
            for distance in [1, 3] {
                let new = LoadingOnsetDetector.stepPeaks(wave, minimumDistance: distance, minimumProminence: 0.3)
                let old = Self.reference(wave, minimumDistance: distance, minimumProminence: 0.3)
                #expect(new.peaks == old.0, "seed \(seed)")
                #expect(new.prominences.map(\.bitPattern) == old.1.map(\.bitPattern), "seed \(seed)")
            }
        }
    }

    @Test("The highest sample: NaNs skipped, -infinity when empty, any zero for a zero")
    func highest() {
        func running(_ values: [Float]) -> Float { values.reduce(-Float.infinity) { max($0, $1) } }
        for seed in 1...200 {
            let values = Self.wave(count: Int(seed % 23), seed: UInt64(seed) &* 31)
            let block = values.withUnsafeBufferPointer { LaneExtremum.highest(in: $0) }
            for bar in values + [-.infinity, 0, .infinity] {
                #expect((block <= bar) == (running(values) <= bar), "seed \(seed)")
            }
            #expect(!block.isNaN)
        }
    }
}
