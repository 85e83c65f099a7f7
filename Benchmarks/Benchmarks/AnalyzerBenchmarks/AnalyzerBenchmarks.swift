// GaitAnalyzer benchmarks: the whole analysis of an hour of simulated running (lower back and
// foot, 100 Hz), the recording built outside the measured region.
import Benchmark
import GaitSimulator
import RetroGait

private let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .instructions, .peakMemoryResident]

/// One hour of continuous forward running at 100 Hz on `placement`, seeded.
private func hourOfRunning(_ placement: Placement) -> Recording {
    let script = SessionScript([BoutScript(.running, direction: .forward, duration: 3600)])
    return GaitSimulator.simulate(script, options: SimulationOptions(placement: placement, sampleRate: 100, seed: 11)).recording
}

private func registerAnalysis(_ placement: Placement) {
    Benchmark(
        "GaitAnalyzer 1 h running @ 100 Hz, \(placement.rawValue)",
        configuration: .init(metrics: metrics, maxDuration: .seconds(5), maxIterations: 10)
    ) { benchmark in
        let recording = hourOfRunning(placement)
        let analyzer = GaitAnalyzer(configuration: .init(placement: placement))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try analyzer.analyze(recording).events.count)
        }
        benchmark.stopMeasurement()
    }
}

let benchmarks: @Sendable () -> Void = {
    registerAnalysis(.lowerBack)
    registerAnalysis(.foot)
}
