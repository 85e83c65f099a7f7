import Foundation
import GaitDSP
import Testing

@Suite("Quiet stretches")
struct QuietStretchesTests {
    /// Three channels: gravity along z with seeded noise of `noise` per channel, and a 2 Hz swing of
    /// `amplitude` on x in the samples `moving`.
    private static func channels(count: Int, noise: Double, moving: Range<Int>, amplitude: Double) -> [[Float]] {
        let random = pseudoRandomSignal(count: 3 * count, seed: 7)
        return (0..<3).map { channel in
            (0..<count).map { index in
                let gravity: Double = channel == 2 ? 1 : 0
                var value: Double = noise * 1.732 * random[channel * count + index] + gravity
                if channel == 0, moving.contains(index) {
                    let phase: Double = 2 * Double.pi * 2 * Double(index) / 100
                    value += amplitude * sin(phase)
                }
                return Float(value)
            }
        }
    }

    private static func stretches(_ c: [[Float]], blockLength: Int = 100, windowBlocks: Int = 8, bar: Double) -> [Range<Int>] {
        c[0].withUnsafeBufferPointer { x in
            c[1].withUnsafeBufferPointer { y in
                c[2].withUnsafeBufferPointer { z in
                    QuietStretches(x, y, z, blockLength: blockLength, windowBlocks: windowBlocks, maximumDeviation: bar).stretches
                }
            }
        }
    }

    /// The pooled variance of the vectors in `range`, two passes in `Double`.
    private static func pooledVariance(_ c: [[Float]], _ range: Range<Int>) -> Double {
        (0..<3).reduce(0) { total, channel in
            let values = c[channel][range].map(Double.init)
            let mean = values.reduce(0, +) / Double(values.count)
            return total + values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        }
    }

    @Test("Stillness around a movement gives two stretches that stop a window short of it")
    func movementSplitsTheStillness() {
        let c = Self.channels(count: 6_050, noise: 0.01, moving: 3_000..<3_400, amplitude: 0.3)
        let found = Self.stretches(c, bar: 0.02)
        // Every window holding a moving sample is loud; the ones before and after are quiet (noise 0.017 g).
        #expect(found == [0..<3_000, 3_400..<6_000], "\(found)")
    }

    @Test("A window is quiet exactly when its pooled deviation is within the bar")
    func windowsAgainstTheirTwoPassVariance() {
        // Noise near the bar, so that windows fall on both sides of it.
        let c = Self.channels(count: 4_000, noise: 0.0115, moving: 1_000..<1_050, amplitude: 0.05)
        let bar = 0.02
        let found = Self.stretches(c, blockLength: 50, windowBlocks: 4, bar: bar)
        var quietWindows = 0
        for window in 0...(4_000 / 50 - 4) {
            let range = (window * 50)..<((window + 4) * 50)
            let variance = Self.pooledVariance(c, range)
            let inside = found.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
            // Away from the bar by more than rounding, the two must agree.
            if abs(variance - bar * bar) > 1e-9 {
                #expect(inside == (variance <= bar * bar), "window \(window): variance \(variance)")
            }
            if variance <= bar * bar { quietWindows += 1 }
        }
        #expect(quietWindows > 5 && quietWindows < 70, "\(quietWindows) quiet windows: the bar should split them")
    }

    @Test("A value that is not finite makes its windows loud")
    func notFiniteIsLoud() {
        var c = Self.channels(count: 2_000, noise: 0.001, moving: 0..<0, amplitude: 0)
        c[1][1_000] = .nan
        let found = Self.stretches(c, bar: 0.02)
        #expect(found == [0..<1_000, 1_100..<2_000], "\(found)")
    }

    @Test("Too few blocks for one window give no stretch")
    func tooShort() {
        let c = Self.channels(count: 799, noise: 0.001, moving: 0..<0, amplitude: 0)
        #expect(Self.stretches(c, bar: 0.02).isEmpty)
    }
}
