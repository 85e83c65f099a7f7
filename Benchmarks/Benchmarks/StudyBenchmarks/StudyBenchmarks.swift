// StudyRunner benchmarks: `retrogait batch` without the command line — 16 five-minute simulated
// lower-back sessions (canonical CSV, written once outside the measured region) read, analysed and
// written with --force, one file at a time and two at a time. Compare the two medians for scaling.
import Benchmark
import Foundation
import GaitSimulator
import GaitStudy
import RetroGait

private let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .peakMemoryResident]

/// A folder of 16 copies of one simulated five-minute session; the inputs listed from it.
private func makeStudy() throws -> (inputs: [StudyInput], folder: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-study-benchmark-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let script = try SessionScript(parsing: "fw-run:120,stand:30,bw-run:60,fw-walk:90")
    let csv = Data(GaitSimulator.simulate(script, options: SimulationOptions(placement: .lowerBack, sampleRate: 100, seed: 5)).canonicalCSV().utf8)
    for index in 1...16 {
        try csv.write(to: folder.appendingPathComponent(String(format: "s%02d.csv", index)))
    }
    return (try StudyInputs.expand([folder.path]), folder)
}

private func register(jobs: Int) {
    Benchmark(
        "StudyRunner 16 × 5 min lower back @ 100 Hz, jobs \(jobs)",
        configuration: .init(metrics: metrics, maxDuration: .seconds(20), maxIterations: 7)
    ) { benchmark in
        let (inputs, folder) = try makeStudy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = StudySettings(readOptions: .init(placement: .lowerBack), analyzer: .init(placement: .lowerBack))
        let runner = StudyRunner(outputFolder: folder.appendingPathComponent("out"), settings: settings, jobs: jobs, force: true)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(await runner.run(inputs) { _ in }.analysed)
        }
        benchmark.stopMeasurement()
    }
}

let benchmarks: @Sendable () -> Void = {
    register(jobs: 1)
    register(jobs: 2)
}
