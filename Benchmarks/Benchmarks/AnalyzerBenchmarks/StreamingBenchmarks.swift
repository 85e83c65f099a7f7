// StreamingAnalyzer benchmarks: a live stream of simulated running (100 Hz, lower back) pushed through the
// streaming analyzer, one sample per push or one second per push, for one and for two minutes.
//
// The malloc counts are the point: pushing a sample must not allocate, so the one-sample and the
// one-second pushes of the same minute analyse the same windows and allocate the same, and two minutes
// allocate twice what one does (the allocations follow the windows analysed — ten a second — and the
// steps, never the pushes).
import Benchmark
import BenchmarkRecordings
import RetroGait

private var streamingConfiguration: Benchmark.Configuration {
    .init(
        metrics: benchmarkShortMode
            ? [.wallClock, .mallocCountTotal, .peakMemoryResident] : [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds, warmupIterations: 1,
        maxDuration: .seconds(benchmarkShortMode ? 2 : 20), maxIterations: benchmarkShortMode ? 3 : 10,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 0], absolute: [.p90: 0])])
}

/// `seconds` of running streamed into a lower-back analyzer, `samplesPerPush` samples per push.
private func registerStreaming(seconds: Int, samplesPerPush: Int) {
    let pushes = samplesPerPush == 1 ? "one sample per push" : "\(samplesPerPush / 100) s per push"
    let name = "StreamingAnalyzer running \(seconds / 60) min @ 100 Hz, lower-back, \(pushes)"
    Benchmark(name, configuration: streamingConfiguration) { benchmark in
        let recording = SimulatedRecordingCache.recording("fw-run:\(seconds)", placement: .lowerBack)
        let acc = recording.acceleration
        let chunks: [SampleChunk] = samplesPerPush == 1 ? [] : stride(from: 0, to: recording.count, by: samplesPerPush).map { start in
            let end = min(recording.count, start + samplesPerPush)
            return SampleChunk(acceleration: TriaxialSignal(x: Array(acc.x[start..<end]), y: Array(acc.y[start..<end]), z: Array(acc.z[start..<end])))
        }
        let configuration = StreamingAnalyzer.Configuration(analyzer: .init(placement: .lowerBack))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let analyzer = try StreamingAnalyzer(configuration: configuration, sampleRate: recording.sampleRate)
            var updates = 0
            if samplesPerPush == 1 {
                for index in 0..<recording.count {
                    updates += try analyzer.push(acceleration: SIMD3(acc.x[index], acc.y[index], acc.z[index])).count
                }
            } else {
                for chunk in chunks { updates += try analyzer.push(chunk).count }
            }
            updates += try analyzer.finish().count
            blackHole(updates)
        }
        benchmark.stopMeasurement()
    }
}

/// The pushes between two windows, measured alone: an analyzer that has analysed 12.5 s of running
/// (outside the measurement) takes the 9 samples that follow a window (a window is analysed every 10
/// samples at 100 Hz), one sample per push or as one chunk. None completes a window, so the malloc
/// count is that of pushing alone, and it must be 0 (issue 9: no allocation per pushed sample).
private func registerPushesBetweenWindows(asChunk: Bool) {
    let name = "StreamingAnalyzer 9 samples between windows, lower-back, \(asChunk ? "one chunk" : "one sample per push")"
    Benchmark(name, configuration: streamingConfiguration) { benchmark in
        let recording = SimulatedRecordingCache.recording("fw-run:20", placement: .lowerBack)
        let acc = recording.acceleration
        func sample(_ index: Int) -> SIMD3<Float> { SIMD3(acc.x[index], acc.y[index], acc.z[index]) }
        let analyzer = try StreamingAnalyzer(
            configuration: .init(analyzer: .init(placement: .lowerBack)), sampleRate: recording.sampleRate)
        var next = 0
        // Up to the sample that completes a window after 12.5 s (the window buffer full).
        while next < 1250 || analyzer.samplesReceived - analyzer.samplesDecided != 40 {
            blackHole(try analyzer.push(acceleration: sample(next)))
            next += 1
        }
        let range = next..<(next + 9)
        let chunk = SampleChunk(acceleration: TriaxialSignal(x: Array(acc.x[range]), y: Array(acc.y[range]), z: Array(acc.z[range])))
        let decided = analyzer.samplesDecided
        benchmark.startMeasurement()
        if asChunk {
            blackHole(try analyzer.push(chunk))
        } else {
            for index in range { blackHole(try analyzer.push(acceleration: sample(index))) }
        }
        benchmark.stopMeasurement()
        precondition(analyzer.samplesDecided == decided, "a measured push completed a window")
    }
}

/// The streaming benchmarks: one and two minutes one sample per push, one minute one second per push,
/// and the pushes between two windows alone.
func registerStreamingBenchmarks() {
    registerStreaming(seconds: 60, samplesPerPush: 1)
    registerStreaming(seconds: 120, samplesPerPush: 1)
    registerStreaming(seconds: 60, samplesPerPush: 100)
    registerPushesBetweenWindows(asChunk: false)
    registerPushesBetweenWindows(asChunk: true)
}
