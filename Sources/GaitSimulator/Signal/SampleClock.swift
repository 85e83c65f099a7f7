import Foundation

/// The sampling instants: a uniform grid from 0 with optional jitter, minus any gaps.
enum SampleClock {
    static func instants(
        duration: Double, sampleRate: Double, jitter: Double, gaps: GapOptions,
        jitterRandom: inout SplitMix64, gapRandom: inout SplitMix64
    ) -> [Double] {
        let count = max(Int((duration * sampleRate).rounded(.down)), 1)
        let spread = min(max(jitter, 0), 0.35 / sampleRate)
        var times = [Double](repeating: 0, count: count)
        for i in 1..<count {
            var offset = 0.0
            if spread > 0 {
                offset = max(min(spread * jitterRandom.gaussian(), 0.45 / sampleRate), -0.45 / sampleRate)
            }
            times[i] = Double(i) / sampleRate + offset
        }
        guard gaps.count > 0, gaps.duration > 0, duration > 0 else { return times }
        var missing: [ClosedRange<Double>] = []
        for _ in 0..<gaps.count {
            let latest = max(duration * 0.95 - gaps.duration, duration * 0.05)
            let start = gapRandom.uniform(in: (duration * 0.05)...latest)
            missing.append(start...(start + gaps.duration))
        }
        let kept = times.filter { t in !missing.contains { $0.contains(t) } }
        return kept.isEmpty ? [0] : kept
    }
}
