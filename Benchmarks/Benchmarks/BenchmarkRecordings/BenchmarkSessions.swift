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
    /// A day that looks like a real one: mostly no gait. Eight hours lying (the night: standing's posture
    /// sway with the body turned 90° in pitch, so gravity lies along the sensor's forward axis), then
    /// sixteen waking hours of 20-minute blocks, each with 3 minutes of gait in four bouts (90 s forward
    /// walking, 30 s backward walking, 45 s forward running, 15 s backward running) between still
    /// stretches of 3.3–5 minutes. Gait is 180 s of every 1 200 s awake: 15 % of the waking day, 10 % of
    /// the whole day, in short bouts as real days have them (most walking bouts last under a minute),
    /// forward and backward. See ``SimulatedRecordingCache/recording(_:placement:sampleRate:seed:)`` for
    /// the `+` and `lying` syntax.
    public static let mixedDay = BenchmarkSession(
        label: "mixed 24 h",
        script: "lying stand:28800 + 48*(stand:280,fw-walk:90,stand:300,bw-walk:30,stand:200,fw-run:45,stand:240,bw-run:15)")
}

/// Whether the suite runs in its short mode (`RETROGAIT_BENCHMARK_SHORT=1`, as `make benchmark-check`
/// sets): only the one-minute sessions and small inputs, a few iterations each. Malloc counts do not
/// depend on the number of iterations, so the short mode is what CI gates on.
public let benchmarkShortMode = ProcessInfo.processInfo.environment["RETROGAIT_BENCHMARK_SHORT"] == "1"
