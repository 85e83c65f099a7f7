import RetroGait

/// What a report draws of the steps, collected one step at a time in time order: the contact-time
/// series (coloured by side), the sides it shows, and the strike counts per bout. ``GaitReport`` feeds it
/// the analysis's steps, ``GaitFileReport`` the compact records it kept of them.
struct StepMarksCollector {
    private var contact: SeriesMarks.Builder
    private var sides = Set<Side>()
    private var strikes: StrikeGroup.Counter

    /// - Parameters:
    ///   - timedSteps: how many of the steps have a contact time (the contact series' size).
    ///   - time: the picture's time axis.
    ///   - width: the picture's width in pixels.
    ///   - bouts: the bouts the strikes are grouped by.
    init(timedSteps: Int, time: TimeAxis, width: Int, bouts: [Bout]) {
        contact = SeriesMarks.Builder(count: timedSteps, time: time, width: width)
        strikes = StrikeGroup.Counter(bouts: bouts)
    }

    /// Adds one step: its initial contact `time`, contact time (`nil` or NaN when unknown), side and strike.
    mutating func add(time: Double, contactMilliseconds: Double?, side: Side, strike: FootStrike) {
        strikes.add(time: time, strike: strike)
        guard let milliseconds = contactMilliseconds, !milliseconds.isNaN else { return }
        contact.add(time: time, value: milliseconds, color: ReportPalette.side(side))
        sides.insert(side)
    }

    /// The contact-time series.
    var contactSeries: SeriesMarks { contact.result }
    /// The sides of the steps with a contact time.
    var contactSides: Set<Side> { sides }
    /// The strike groups, labelled with their times from `origin`.
    func strikeGroups(origin: Double) -> [StrikeGroup] { strikes.groups(origin: origin) }
}
