// Recording reader benchmarks: ingest speed of the canonical CSV format on one core, streaming
// (bounded memory, chunks of 65 536 samples) and whole-file. The input — about 64 MB of canonical
// CSV with a gyroscope, 100 Hz — is generated once in a temporary folder at setup, never committed.
// Each iteration reports its ingest rate as the custom metric "MB/s" (10^6 bytes of text per second).
import Benchmark
import Foundation
import RetroGait

/// Writes the benchmark file once and returns its URL and size in bytes.
private let canonicalFile: (url: URL, bytes: Int) = {
    let rows = 860_000
    var state: UInt64 = 42
    func noise() -> Float {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Float(state >> 40) / Float(1 << 24) - 0.5
    }
    func axis(_ offset: Float, _ amplitude: Float, _ frequency: Float) -> [Float] {
        (0..<rows).map { index in
            offset + amplitude * sin(2 * .pi * frequency * Float(index) / 100) + 0.05 * noise()
        }
    }
    let acceleration = TriaxialSignal(x: axis(0.1, 0.8, 2.7), y: axis(-0.2, 0.4, 1.35), z: axis(1, 1.2, 2.7))
    let gyroscope = TriaxialSignal(x: axis(0, 120, 1.35), y: axis(5, 300, 1.35), z: axis(-3, 80, 2.7))
    let recording = try! Recording(sampleRate: 100, acceleration: acceleration, angularVelocity: gyroscope, placement: .foot)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-reader-bench-\(getpid())")
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent("canonical.csv")
    try! CanonicalCSVWriter.write(recording, to: url)
    let size = (try! FileManager.default.attributesOfItem(atPath: url.path)[.size] as! NSNumber).intValue
    return (url, size)
}()

private let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
private let metrics: [BenchmarkMetric] = [.wallClock, .peakMemoryResident, .mallocCountTotal, megabytesPerSecond]
private let options = RecordingReadOptions(placement: .foot, accelerationUnit: .standardGravity)

/// Times `body` and reports the rate for `bytes` bytes.
private func measureRate(_ benchmark: Benchmark, bytes: Int, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    benchmark.measurement(megabytesPerSecond, Int((Double(bytes) / 1e6 / seconds).rounded()))
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: metrics, maxDuration: .seconds(10), maxIterations: 10)

    Benchmark("Canonical CSV streaming read (~64 MB, 6 channels)") { benchmark in
        let file = canonicalFile
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            try measureRate(benchmark, bytes: file.bytes) {
                let reader = try RecordingChunkReader(contentsOf: file.url, options: options)
                var samples = 0
                while let chunk = try reader.next() { samples += chunk.count }
                blackHole(samples)
            }
        }
    }

    Benchmark("Canonical CSV whole-file read (~64 MB, 6 channels)") { benchmark in
        let file = canonicalFile
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            try measureRate(benchmark, bytes: file.bytes) {
                blackHole(try RecordingReader.read(contentsOf: file.url, options: options).recording.count)
            }
        }
    }
}
