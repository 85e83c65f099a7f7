// GaitDSP benchmarks: real FFT (Float) and zero-phase Butterworth filtering of an hour of
// tri-axial data. Inputs are built outside the measured region; every benchmark stays short
// (maxDuration a few seconds) so a CI smoke run is quick.
import Benchmark
import GaitDSP

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deterministic accelerometer-like test signal: gait-band tones plus LCG noise, in g.
private func syntheticAxis(count: Int, seed: UInt64, sampleRate: Float = 100) -> [Float] {
    var state = seed
    return (0..<count).map { index in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let noise = Float(state >> 40) / Float(1 << 24) - 0.5
        let time = Float(index) / sampleRate
        return 1 + 0.8 * sin(2 * .pi * 2.7 * time) + 0.3 * sin(2 * .pi * 5.4 * time + 0.5) + 0.2 * noise
    }
}

private let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .instructions]

/// Forward FFT of `length` Float samples into a caller-owned interleaved spectrum (no allocation).
private func registerForwardFFT(length: Int, scaling: BenchmarkScalingFactor) {
    Benchmark(
        "RealFFT<Float> forward \(length)",
        configuration: .init(metrics: metrics, scalingFactor: scaling, maxDuration: .seconds(2))
    ) { benchmark in
        let fft = RealFFT<Float>(length: length)
        let signal = syntheticAxis(count: length, seed: 1)
        var spectrum = [Float](repeating: 0, count: 2 * fft.binCount)
        signal.withUnsafeBufferPointer { input in
            spectrum.withUnsafeMutableBufferPointer { output in
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations {
                    fft.forward(input, interleavedSpectrum: output)
                    blackHole(output[1])
                }
                benchmark.stopMeasurement()
            }
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    registerForwardFFT(length: 4096, scaling: .kilo)
    registerForwardFFT(length: 65536, scaling: .one)

    // One hour at 100 Hz, three axes: 3 × 360 000 samples, 4th-order 20 Hz low-pass, forward-backward.
    let samplesPerAxis = 360_000
    let axes = (0..<3).map { syntheticAxis(count: samplesPerAxis, seed: UInt64($0 + 1)) }
    guard let filter = try? ButterworthFilter(.lowPass(cutoff: 20), order: 4, sampleRate: 100) else {
        fatalError("the benchmark's filter design is valid")
    }
    Benchmark(
        "Butterworth zero-phase low-pass, 1 h × 3 axes @ 100 Hz",
        configuration: .init(metrics: metrics, maxDuration: .seconds(3))
    ) { benchmark in
        // Fresh copies outside the measured region: the filter runs in place.
        var working = axes.map { axis in axis.withUnsafeBufferPointer { Array($0) } }
        benchmark.startMeasurement()
        for axis in working.indices {
            filter.applyZeroPhase(to: &working[axis])
        }
        benchmark.stopMeasurement()
        blackHole(working[0][samplesPerAxis / 2])
    }
}
