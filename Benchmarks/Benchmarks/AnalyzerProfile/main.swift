// A small driver for profilers (valgrind --tool=callgrind, perf) and for checking that the analysis
// is unchanged: simulates a session, analyses it `repeats` times, prints the median time and
// throughput, and optionally writes the analysis as JSON.
//   AnalyzerProfile <placement> <script> [repeats] [json-output]
// (RETROGAIT_FULL_PATH=1 analyses without skipping quiet stretches.)
// e.g. AnalyzerProfile lower-back "fw-run:3600" 5 /tmp/out.json
import Foundation
import BenchmarkRecordings
@_spi(Benchmarking) import RetroGait

let arguments = CommandLine.arguments
guard arguments.count >= 3, let placement = Placement(rawValue: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: AnalyzerProfile <placement> <script> [repeats] [json-output]\n".utf8))
    exit(2)
}
let repeats = arguments.count > 3 ? max(Int(arguments[3]) ?? 1, 1) : 1
let simulationStart = Date()
let recording = SimulatedRecordingCache.recording(arguments[2], placement: placement)
FileHandle.standardError.write(Data("simulated or loaded \(recording.count) samples in \(Date().timeIntervalSince(simulationStart)) s\n".utf8))
var analyzer = GaitAnalyzer(configuration: .init(placement: placement))
// RETROGAIT_FULL_PATH=1: filter the quiet stretches too (the path before QuietStretchSkipping), to compare.
analyzer.skipsQuietStretches = ProcessInfo.processInfo.environment["RETROGAIT_FULL_PATH"] != "1"
/// CPU time of this thread: steadier than the wall clock on a shared, loaded machine.
func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
/// One analysis, never inlined: callgrind counts the instructions of this function and its callees
/// (`--toggle-collect='*measuredAnalysis*'`, see scripts/benchmark-check.sh).
@inline(never)
func measuredAnalysis(_ analyzer: GaitAnalyzer, _ recording: Recording) throws -> GaitAnalysis {
    try analyzer.analyze(recording)
}
var seconds: [Double] = []
var cpuSeconds: [Double] = []
var analysis: GaitAnalysis?
for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadSeconds()
    analysis = try measuredAnalysis(analyzer, recording)
    cpuSeconds.append(threadSeconds() - cpuStart)
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let median = seconds.sorted()[seconds.count / 2]
let cpuMedian = cpuSeconds.sorted()[cpuSeconds.count / 2]
print(String(format: "%@ %@: %d samples, median wall %.3f ms (%.2f M samples/s), CPU %.3f ms (%.2f M samples/s), %d events",
             placement.rawValue, arguments[2], recording.count, median * 1000, Double(recording.count) / median / 1e6,
             cpuMedian * 1000, Double(recording.count) / cpuMedian / 1e6,
             analysis?.events.count ?? 0))
if arguments.count > 4, let analysis {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try encoder.encode(analysis).write(to: URL(fileURLWithPath: arguments[4]))
}
