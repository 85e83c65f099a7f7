import Foundation

/// Largest absolute element-wise difference; `.infinity` when the counts differ.
func maxAbsDifference<T: BinaryFloatingPoint>(_ a: [T], _ b: [T]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).reduce(0) { max($0, abs(Double($1.0) - Double($1.1))) }
}

/// Deterministic pseudo-random samples in [-1, 1) (64-bit LCG), independent of the platform RNG.
func pseudoRandomSignal(count: Int, seed: UInt64) -> [Double] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53) * 2 - 1
    }
}

/// `amplitude · cos(2π f t + phase)` sampled at `sampleRate` for `count` samples.
func cosine(frequency: Double, sampleRate: Double, count: Int, amplitude: Double = 1, phase: Double = 0) -> [Double] {
    (0..<count).map { amplitude * cos(2 * Double.pi * frequency * Double($0) / sampleRate + phase) }
}
