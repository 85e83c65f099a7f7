// The analysis stage by stage on the same simulated lower-back and foot recordings as the analyzer
// benchmarks (a day of running; a minute in the short mode): preprocessing (filters), rhythm
// (autocorrelation), events (detectors), classifiers and bouts, per-step metrics — plus the GaitDSP
// primitives they are built from, at the same length. Compare each with the read-pass floor in
// AnalyzerBenchmarks. Inputs are prepared outside the measured region.
import Benchmark
import BenchmarkRecordings
import GaitDSP
@_spi(Benchmarking) import RetroGait

/// CPU time has a 10 ms resolution: measured on the day-long inputs only.
private let metrics: [BenchmarkMetric] = benchmarkShortMode
    ? [.wallClock, .mallocCountTotal]
    : [.wallClock, .cpuTotal, .mallocCountTotal]

private var configuration: Benchmark.Configuration {
    .init(
        metrics: metrics, timeUnits: benchmarkShortMode ? .microseconds : .milliseconds, warmupIterations: 1,
        maxDuration: .seconds(benchmarkShortMode ? 2 : 15), maxIterations: benchmarkShortMode ? 5 : 10,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 0], absolute: [.p90: 0])])
}

private var session: BenchmarkSession { benchmarkShortMode ? .runningMinute : .runningDay }

private func registerStage(_ name: String, _ placement: Placement, _ stage: @escaping (AnalysisStages) throws -> Int) {
    Benchmark("Stage \(name), \(session.label), \(placement.rawValue)", configuration: configuration) { benchmark in
        let recording = SimulatedRecordingCache.recording(session.script, placement: placement)
        let stages = try AnalysisStages(recording, configuration: .init(placement: placement))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try stage(stages))
        }
        benchmark.stopMeasurement()
    }
}

private func registerPrimitives() {
    Benchmark("GaitDSP zero-phase 4th-order low-pass, 3 axes, \(session.label)", configuration: configuration) { benchmark in
        let acceleration = SimulatedRecordingCache.recording(session.script, placement: .lowerBack).acceleration
        let filter = try ButterworthFilter(.lowPass(cutoff: 20), order: 4, sampleRate: 100)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(filter.filteredZeroPhase(acceleration.x, acceleration.y, acceleration.z).x.count)
        }
        benchmark.stopMeasurement()
    }
    Benchmark("GaitDSP autocorrelation, 5 s windows 1 s apart, \(session.label)", configuration: configuration) { benchmark in
        let signal = SimulatedRecordingCache.recording(session.script, placement: .lowerBack).acceleration.x
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var checksum: Float = 0
            for start in stride(from: 0, through: signal.count - 500, by: 100) {
                checksum += Autocorrelation.compute(Array(signal[start..<(start + 500)]), maxLag: 240)[60]
            }
            blackHole(checksum)
        }
        benchmark.stopMeasurement()
    }
    Benchmark("GaitDSP peaks with prominence, \(session.label)", configuration: configuration) { benchmark in
        let signal = SimulatedRecordingCache.recording(session.script, placement: .lowerBack).acceleration.x
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(PeakDetection.findPeaks(in: signal, minimumDistance: 20, minimumProminence: 0.2).count)
        }
        benchmark.stopMeasurement()
    }
}

let benchmarks: @Sendable () -> Void = {
    for placement in [Placement.lowerBack, .foot] {
        registerStage("1 preprocessing", placement) { try $0.runPreprocessing() }
        registerStage("2 rhythm", placement) { $0.runRhythm() }
        registerStage("3 events", placement) { $0.runContacts() }
        registerStage("4 classifiers and bouts", placement) { $0.runClassification() }
        registerStage("5 steps and summary", placement) { $0.runSteps() }
    }
    registerPrimitives()
}
