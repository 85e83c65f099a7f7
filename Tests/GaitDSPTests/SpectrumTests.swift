import Foundation
@testable import GaitDSP
import Testing

@Suite("Spectrum")
struct SpectrumTests {
    @Test("Dominant frequency of a sinusoid within 0.05 Hz",
          arguments: [(2.37, 100.0, 1000), (1.0, 50.0, 400), (3.11, 128.0, 700), (0.83, 100.0, 1500)])
    func dominantSinusoid(frequency: Double, sampleRate: Double, count: Int) {
        let signal = zip(cosine(frequency: frequency, sampleRate: sampleRate, count: count, phase: 0.7),
                         pseudoRandomSignal(count: count, seed: 5))
            .map { Float($0 + 0.2 * $1 + 1.5) }
        let found = Spectrum.dominantFrequency(of: signal, sampleRate: sampleRate, in: 0.5...6)
        #expect(found.map { abs($0 - frequency) < 0.05 } == true, "found \(String(describing: found))")
    }

    @Test("The band restricts the search")
    func bandRestriction() {
        let strong = cosine(frequency: 1.5, sampleRate: 100, count: 1000, amplitude: 3)
        let weak = cosine(frequency: 4.2, sampleRate: 100, count: 1000)
        let signal = zip(strong, weak).map { Float($0 + $1) }
        let inBand = Spectrum.dominantFrequency(of: signal, sampleRate: 100, in: 3...6)
        #expect(inBand.map { abs($0 - 4.2) < 0.05 } == true)
    }

    @Test("Transform lengths are powers of two, at least four times the signal")
    func powerOfTwoLengths() {
        #expect([0, 1, 2, 3, 4, 5, 24_000, 32_768, 32_769].map(Spectrum.powerOfTwo(atLeast:)) == [1, 1, 2, 4, 4, 8, 32_768, 32_768, 65_536])
        // Signals of 4 097 … 8 192 samples share one transform (one plan).
        let short = cosine(frequency: 2.5, sampleRate: 100, count: 4_097).map(Float.init)
        let long = cosine(frequency: 2.5, sampleRate: 100, count: 8_192).map(Float.init)
        for signal in [short, long] {
            let found = Spectrum.dominantFrequency(of: signal, sampleRate: 100, in: 1...4)
            #expect(found.map { abs($0 - 2.5) < 0.002 } == true, "found \(String(describing: found))")
        }
    }

    @Test("nil for a flat signal, an empty band or a band above Nyquist")
    func nilCases() {
        #expect(Spectrum.dominantFrequency(of: [Float](repeating: 2, count: 100), sampleRate: 100, in: 0.5...5) == nil)
        let signal = cosine(frequency: 2, sampleRate: 100, count: 200).map(Float.init)
        #expect(Spectrum.dominantFrequency(of: signal, sampleRate: 100, in: 60...80) == nil)
        #expect(Spectrum.dominantFrequency(of: signal, sampleRate: 100, in: 2.001...2.002) == nil)
        #expect(Spectrum.dominantFrequency(of: [1], sampleRate: 100, in: 0...50) == nil)
    }

    @Test("Hann window: symmetric, zero ends, unit centre")
    func hann() {
        let window = Window.hann(count: 5)
        #expect(maxAbsDifference(window, [0, 0.5, 1, 0.5, 0]) < 1e-7)
        #expect(Window.hann(count: 1) == [1])
        #expect(Window.hann(count: 0).isEmpty)
        #expect(Window.hann(count: 2) == [0, 0])
    }

    @Test("Hann window by recurrence: within one Float rounding of cos, exactly symmetric",
          arguments: [6, 7, 1_000, 186_001, 1_048_576])
    func hannRecurrence(count: Int) {
        let window = Window.hann(count: count)
        let step = 2 * Double.pi / Double(count - 1)
        var worst = 0.0
        for index in 0..<count {
            worst = max(worst, abs(Double(window[index]) - (0.5 - 0.5 * cos(step * Double(index)))))
        }
        // A Float near 1 rounds by up to 6e-8; the recurrence adds ~1e-10 at a million points.
        #expect(worst < 1e-7, "largest difference \(worst)")
        #expect(window.indices.allSatisfy { window[$0] == window[count - 1 - $0] })
    }

    @Test("A bin width caps the padding, never below the signal's own length")
    func cappedTransformLength() {
        // 30 minutes of segment at 100 Hz: 2^18 points for bins of 0.0005 Hz, not 2^20.
        #expect(Spectrum.transformLength(count: 186_000, sampleRate: 100, binWidth: 0.0005) == 262_144)
        #expect(Spectrum.transformLength(count: 186_000, sampleRate: 100, binWidth: nil) == 1_048_576)
        // Up to a quarter of the cap, padded four times as without a bin width.
        #expect(Spectrum.transformLength(count: 65_536, sampleRate: 100, binWidth: 0.0005) == 262_144)
        #expect(Spectrum.transformLength(count: 6_000, sampleRate: 100, binWidth: 0.0005) == 32_768)
        #expect(Spectrum.transformLength(count: 65_537, sampleRate: 100, binWidth: 0.0005) == 262_144)
        // A signal longer than the cap keeps its own length (rounded up to a power of two).
        #expect(Spectrum.transformLength(count: 300_000, sampleRate: 100, binWidth: 0.0005) == 524_288)
        #expect(Spectrum.transformLength(count: 300_000, sampleRate: 100, binWidth: .nan) == 2_097_152)
    }

    @Test("A capped transform finds a long signal's frequency as the padded one does")
    func cappedDominantFrequency() {
        let count = 186_000
        let signal = zip(cosine(frequency: 2.8137, sampleRate: 100, count: count, phase: 0.3),
                         pseudoRandomSignal(count: count, seed: 11))
            .map { Float($0 + 0.5 * $1 + 1) }
        let padded = Spectrum.dominantFrequency(of: signal, sampleRate: 100, in: 2...4)
        let capped = Spectrum.dominantFrequency(of: signal, sampleRate: 100, in: 2...4, binWidth: 0.0005)
        #expect(padded.map { abs($0 - 2.8137) < 1e-4 } == true, "padded \(String(describing: padded))")
        #expect(capped.map { abs($0 - 2.8137) < 1e-4 } == true, "capped \(String(describing: capped))")
    }
}
