import GaitDSP
import Testing

/// Fixed test signal: `round(1000 sin(0.31 i) + 400 sin(1.9 i + 0.4) + 250 cos(0.07 i²))`, i = 0..<120,
/// with a 4-sample plateau of 1700 at 50...53. Expected values are from SciPy 1.17.1
/// `find_peaks` / `peak_prominences` on `x.astype(float32)`.
private let scipySignal: [Float] = [
    406, 853, 473, 931, 1450, 772, 478, 948, 600, 159, 439, -155, -1119, -604, -448, -1482, -1051, -418, -857, -508,
    -66, 644, -74, 992, 1059, 958, 554, 1447, 577, -96, 672, -100, -1084, -447, -386, -1459, -1342, -492, -629, -536,
    285, 203, -104, 651, 945, 398, 703, 1110, 424, 222, 1700, 1700, 1700, 1700, -858, -1426, -771, -462, -1252, -707,
    334, -204, 106, 943, 868, 797, 808, 1546, 256, 634, 473, 30, -659, -461, -418, -1476, -1033, -391, -1091, -962,
    -6, 42, 187, 902, 683, 291, 968, 1139, 444, 579, 773, -143, -581, -315, -966, -1549, -889, -619, -989, -572,
    -236, -502, 194, 967, 452, 657, 1370, 939, 723, 591, 879, -169, -327, -69, -740, -1358, -463, -1101, -1123, -579,
]
private let scipyAllPeaks = [
    1, 4, 7, 10, 14, 17, 21, 24, 27, 30, 34, 37, 40, 44, 47, 51, 57, 60, 63, 67, 69, 74, 77, 83, 87, 90, 93, 97,
    100, 103, 106, 110, 113, 116,
]
private let scipyProminences: [Float] = [
    380, 1044, 470, 280, 671, 439, 718, 505, 2906, 768, 698, 137, 389, 547, 888, 3182, 790, 538, 146, 2972, 378,
    241, 700, 611, 2615, 329, 266, 370, 266, 515, 2728, 288, 258, 660,
]

@Suite("Peak detection")
struct PeakDetectionTests {
    @Test("Matches SciPy find_peaks and peak_prominences on a fixed signal")
    func matchesScipy() {
        #expect(PeakDetection.findPeaks(in: scipySignal) == scipyAllPeaks)
        #expect(PeakDetection.prominences(of: scipyAllPeaks, in: scipySignal) == scipyProminences)
        #expect(PeakDetection.findPeaks(in: scipySignal, minimumDistance: 5)
            == [4, 10, 21, 27, 34, 44, 51, 60, 67, 77, 87, 93, 100, 106, 113])
        #expect(PeakDetection.findPeaks(in: scipySignal, minimumProminence: 800) == [4, 27, 47, 51, 67, 87, 106])
        #expect(PeakDetection.findPeaks(in: scipySignal, minimumDistance: 4, minimumProminence: 300, minimumHeight: 200)
            == [4, 21, 27, 40, 47, 51, 67, 83, 87, 106])
    }

    @Test("Plateaus report their middle sample (left-middle for even widths)")
    func plateaus() {
        #expect(PeakDetection.findPeaks(in: [0, 1, 1, 1, 0]) == [2])
        #expect(PeakDetection.findPeaks(in: [0, 2, 2, 2, 2, 0]) == [2])
        // A plateau that is only a shoulder (rises again) is not a peak.
        #expect(PeakDetection.findPeaks(in: [0, 1, 1, 2, 0]) == [3])
        // Plateaus touching the ends are never peaks.
        #expect(PeakDetection.findPeaks(in: [3, 3, 1, 0]).isEmpty)
        #expect(PeakDetection.findPeaks(in: [0, 1, 3, 3]).isEmpty)
    }

    @Test("Distance keeps the higher of two close peaks")
    func distance() {
        let signal: [Float] = [0, 5, 0, 7, 0, 6, 0, 0, 0, 4, 0]
        #expect(PeakDetection.findPeaks(in: signal) == [1, 3, 5, 9])
        #expect(PeakDetection.findPeaks(in: signal, minimumDistance: 3) == [3, 9])
        #expect(PeakDetection.findPeaks(in: signal, minimumDistance: 7) == [3])
        // Equal heights: the later one survives, as SciPy.
        #expect(PeakDetection.findPeaks(in: [0, 5, 0, 5, 0], minimumDistance: 3) == [3])
    }

    @Test("Prominence uses the higher of the two bases")
    func prominence() {
        //                         0  1  2  3  4  5  6  7  8
        let signal: [Float] = [0, 10, 4, 6, 1, 8, 3, 9, 0]
        let peaks = PeakDetection.findPeaks(in: signal)
        #expect(peaks == [1, 3, 5, 7])
        // 1: left base 0, right walk to end (nothing higher) min 0 → 10.
        // 3: left stops at 10 (min 4), right stops at 8 (min 1) → 6 − 4 = 2.
        // 5: left stops at 10 (min 1), right stops at 9 (min 3) → 8 − 3 = 5.
        // 7: left stops at 10 (min 1), right min 0 → 9 − 1 = 8.
        #expect(PeakDetection.prominences(of: peaks, in: signal) == [10, 2, 5, 8])
        #expect(PeakDetection.findPeaks(in: signal, minimumProminence: 5) == [1, 5, 7])
        #expect(PeakDetection.findPeaks(in: signal, minimumHeight: 8.5) == [1, 7])
    }

    @Test("Short and flat signals have no peaks")
    func degenerate() {
        #expect(PeakDetection.findPeaks(in: []).isEmpty)
        #expect(PeakDetection.findPeaks(in: [1, 2]).isEmpty)
        #expect(PeakDetection.findPeaks(in: [Float](repeating: 1, count: 10)).isEmpty)
        #expect(PeakDetection.prominences(of: [], in: [1, 2, 3]).isEmpty)
    }
}
