import RetroGait

/// The time axis shared by the report's panels: seconds since the first sample, shown in seconds, or
/// in minutes for recordings longer than ten minutes.
struct TimeAxis {
    /// Time of the first sample on the recording's time base.
    let origin: Double
    /// Seconds from the first sample to the end of the last.
    let span: Double
    /// Pixel scale of seconds since ``origin``.
    let scale: LinearScale
    /// Seconds per displayed unit (1 or 60).
    let unitSeconds: Double

    init(segments: some Sequence<(start: Double, duration: Double)>, left: Double, right: Double) {
        var first: Double?
        var last: Double?
        for segment in segments {
            first = first ?? segment.start
            last = max(last ?? -.infinity, segment.start + segment.duration)
        }
        origin = first ?? 0
        let end = last ?? origin + 1
        span = max(end - origin, 1e-3)
        unitSeconds = span > 600 ? 60 : 1
        scale = LinearScale(domain: 0...(span / unitSeconds), range: left...right)
    }

    /// The pixel of a time on the recording's time base.
    func x(_ time: Double) -> Double { scale((time - origin) / unitSeconds) }

    var title: String { unitSeconds == 60 ? "time since start (min)" : "time since start (s)" }
}
