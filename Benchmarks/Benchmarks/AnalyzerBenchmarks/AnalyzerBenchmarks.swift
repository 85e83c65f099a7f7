// GaitAnalyzer benchmarks: the whole analysis (everything `retrogait analyze` computes) of simulated
// 100 Hz recordings in memory — one minute and one day, continuous running and intervals, lower back
// and foot, and a mixed day (10 % gait) at the lower back — next to the memory-bandwidth floor: one read
// pass over the same samples.
//
// Recordings come from `SimulatedRecordingCache` (a day takes minutes to simulate, so it is made once
// and kept on disk) and are loaded outside the measured region. In the short mode (CI) only the
// one-minute sessions run. Throughput is in samples (one tri-axial reading each) per second.
import Benchmark
import BenchmarkRecordings
import RetroGait

/// CPU time has a 10 ms resolution: measured on the day-long inputs only.
private let metrics: [BenchmarkMetric] = benchmarkShortMode
    ? [.wallClock, .mallocCountTotal, .peakMemoryResident]
    : [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident]

/// Malloc counts are gated in CI (`make benchmark-check`); time is printed only.
private var configuration: Benchmark.Configuration {
    .init(
        metrics: metrics, timeUnits: benchmarkShortMode ? .microseconds : .milliseconds, warmupIterations: 1,
        maxDuration: .seconds(benchmarkShortMode ? 2 : 20), maxIterations: benchmarkShortMode ? 5 : 15,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 0], absolute: [.p90: 0])])
}

private func registerAnalysis(_ session: BenchmarkSession, _ placement: Placement) {
    Benchmark("GaitAnalyzer \(session.label) @ 100 Hz, \(placement.rawValue)", configuration: configuration) { benchmark in
        let recording = SimulatedRecordingCache.recording(session.script, placement: placement)
        let analyzer = GaitAnalyzer(configuration: .init(placement: placement))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try analyzer.analyze(recording).events.count)
        }
        benchmark.stopMeasurement()
        print("  \(session.label), \(placement.rawValue): \(recording.count) samples per analysis")
    }
}

/// The floor any analysis of the recording has to pay: one pass reading every accelerometer sample.
private func registerReadFloor(_ session: BenchmarkSession) {
    Benchmark("Floor, one read pass over \(session.label) @ 100 Hz", configuration: configuration) { benchmark in
        let recording = SimulatedRecordingCache.recording(session.script, placement: .lowerBack)
        let channels = [recording.acceleration.x, recording.acceleration.y, recording.acceleration.z]
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var total: Float = 0
            for channel in channels {
                channel.withUnsafeBufferPointer { samples in
                    // Sixteen lanes at a time, so the pass is bound by memory, not by an add chain.
                    let raw = UnsafeRawPointer(samples.baseAddress!)
                    let vectors = samples.count / 16
                    var lanes = SIMD16<Float>()
                    for block in 0..<vectors {
                        lanes += raw.loadUnaligned(fromByteOffset: block * 64, as: SIMD16<Float>.self)
                    }
                    total += lanes.sum()
                    for index in (vectors * 16)..<samples.count { total += samples[index] }
                }
            }
            blackHole(total)
        }
        benchmark.stopMeasurement()
    }
}

let benchmarks: @Sendable () -> Void = {
    let sessions: [BenchmarkSession] = benchmarkShortMode
        ? [.runningMinute, .intervalsMinute]
        : [.runningMinute, .intervalsMinute, .runningDay, .intervalsDay]
    for session in sessions {
        registerAnalysis(session, .lowerBack)
        registerAnalysis(session, .foot)
    }
    // A day as real days are, mostly without gait: the quiet stretches' fast path (lower back only: a
    // simulated day takes minutes to make per placement).
    if !benchmarkShortMode { registerAnalysis(.mixedDay, .lowerBack) }
    registerReadFloor(benchmarkShortMode ? .runningMinute : .runningDay)
    registerStreamingBenchmarks()
}
