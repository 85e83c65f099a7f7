// The sessions the analyzer benchmarks run on, and the switch between the full and the short (CI) suite.
import Foundation

/// A simulated session the analyzer benchmarks analyse.
public struct BenchmarkSession: Sendable {
    /// Short label used in benchmark names.
    public let label: String
    /// The session in `retrogait simulate` syntax.
    public let script: String

    /// One minute of continuous forward running.
    public static let runningMinute = BenchmarkSession(label: "running 1 min", script: "fw-run:60")
    /// A day of continuous forward running.
    public static let runningDay = BenchmarkSession(label: "running 24 h", script: "fw-run:86400")
    /// One minute of intervals: forward running, standing, backward running, standing.
    public static let intervalsMinute = BenchmarkSession(
        label: "intervals 1 min", script: "fw-run:20,stand:10,bw-run:20,stand:10")
    /// A day of the same intervals, 1440 times over (the script syntax repeats at most 1000 times).
    public static let intervalsDay = BenchmarkSession(
        label: "intervals 24 h", script: "720*(fw-run:20,stand:10,bw-run:20,stand:10,fw-run:20,stand:10,bw-run:20,stand:10)")
}

/// Whether the suite runs in its short mode (`RETROGAIT_BENCHMARK_SHORT=1`, as `make benchmark-check`
/// sets): only the one-minute sessions and small inputs, a few iterations each. Malloc counts do not
/// depend on the number of iterations, so the short mode is what CI gates on.
public let benchmarkShortMode = ProcessInfo.processInfo.environment["RETROGAIT_BENCHMARK_SHORT"] == "1"
