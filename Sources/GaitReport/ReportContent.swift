import RetroGait

/// Everything a report draws, already reduced to what fits the picture: the signal's envelope, the
/// events as points (few) or as pixel columns (many), each step series as points or as an envelope,
/// and the strike counts per bout. Its size depends on the picture's width and the number of bouts,
/// not on the recording's length; ``GaitReport`` fills it from a recording in memory,
/// ``GaitFileReport`` from a file read twice.
struct ReportContent {
    var title: String
    var width: Int
    var summary: GaitSummary
    var segmentCount: Int
    var bouts: [Bout]
    var time: TimeAxis
    var magnitude: SignalEnvelope
    var events: EventMarks
    var cadence: SeriesMarks
    var contact: SeriesMarks
    /// The sides of the steps with a contact time.
    var contactSides: Set<Side>
    var strikeGroups: [StrikeGroup]

    /// Left edge of the plotting area, in pixels.
    static let left = 78.0

    /// Right edge of the plotting area for a picture `width` pixels wide.
    static func right(width: Int) -> Double { Double(width) - 24 }

    /// The time axis of a picture `width` pixels wide over the segments `(start, duration)`.
    static func timeAxis(segments: some Sequence<(start: Double, duration: Double)>, width: Int) -> TimeAxis {
        TimeAxis(segments: segments, left: left, right: right(width: width))
    }

    /// The magnitude envelope's columns: one per pixel, at most one per two samples.
    static func magnitudeColumns(width: Int, samples: Int) -> Int {
        max(1, min(Int(right(width: width) - left), samples / 2))
    }

    /// An empty envelope of the magnitude over `time`.
    static func magnitudeEnvelope(time: TimeAxis, width: Int, samples: Int) -> SignalEnvelope {
        SignalEnvelope(columns: magnitudeColumns(width: width, samples: samples), startTime: time.origin, endTime: time.origin + time.span)
    }

    /// The acceleration magnitude of one sample, in g.
    @inline(__always)
    static func magnitude(_ x: Float, _ y: Float, _ z: Float) -> Float { (x * x + y * y + z * z).squareRoot() }

    /// Whether `count` events are few enough to draw one by one, each on the signal.
    static func drawsEventPoints(count: Int, width: Int) -> Bool {
        Double(count) <= (right(width: width) - left) / 4
    }
}

/// The events of the magnitude panel.
enum EventMarks {
    /// Few events: each at its time and the acceleration magnitude at its sample.
    case points(contacts: [(time: Double, magnitude: Double)], toeOffs: [(time: Double, magnitude: Double)])
    /// Too many to tell apart: the pixel columns (rounded x, ascending) that hold a contact, a toe-off.
    case columns(contacts: [Double], toeOffs: [Double])

    /// Collects the pixel columns of many events, in memory bounded by the picture's width.
    struct ColumnCollector {
        let time: TimeAxis
        private var contacts = Set<Double>()
        private var toeOffs = Set<Double>()

        init(time: TimeAxis) { self.time = time }

        mutating func add(_ kind: GaitEventKind, at eventTime: Double) {
            let column = time.x(eventTime).rounded()
            if kind == .initialContact { contacts.insert(column) } else { toeOffs.insert(column) }
        }

        var marks: EventMarks { .columns(contacts: contacts.sorted(), toeOffs: toeOffs.sorted()) }
    }
}

/// One step series (cadence, contact time) as the panel draws it: every point when there are no more
/// than the plot is pixels wide, else the minimum and maximum per pixel column.
struct SeriesMarks {
    /// The points, when drawn one by one (colour nil: the series' own).
    var points: [(time: Double, value: Double, color: String?)] = []
    /// The envelope, when there are too many points.
    var envelope: SignalEnvelope?
    /// The smallest and largest finite value; nil when there is none.
    var finiteRange: ClosedRange<Double>?

    /// Fills the marks from `count` points given one by one in time order.
    struct Builder {
        private var marks = SeriesMarks()
        private var low = Double.infinity
        private var high = -Double.infinity

        /// - Parameters:
        ///   - count: how many points will be added.
        ///   - time: the picture's time axis.
        ///   - width: the picture's width in pixels.
        init(count: Int, time: TimeAxis, width: Int) {
            let plotWidth = ReportContent.right(width: width) - ReportContent.left
            if Double(count) > plotWidth {
                marks.envelope = SignalEnvelope(columns: Int(plotWidth), startTime: time.origin, endTime: time.origin + time.span)
            } else {
                marks.points.reserveCapacity(count)
            }
        }

        mutating func add(time: Double, value: Double, color: String? = nil) {
            if value.isFinite {
                low = min(low, value)
                high = max(high, value)
            }
            if marks.envelope != nil {
                marks.envelope!.add(Float(value), at: time)
            } else {
                marks.points.append((time, value, color))
            }
        }

        var result: SeriesMarks {
            var result = marks
            result.finiteRange = low <= high ? low...high : nil
            return result
        }
    }
}

/// The strike counts of the steps in one bout (or in the whole recording).
struct StrikeGroup {
    var label: String
    var counts: [FootStrike: Int]
    var steps: Int { counts.values.reduce(0, +) }
    var classified: Int { steps - (counts[.unknown] ?? 0) }

    /// Counts strikes per non-standing bout, step by step: a step counts in every bout whose
    /// `startTime ≤ t < endTime`. When the bouts follow each other without overlapping (as detected
    /// ones do), its bout is found by binary search, so a day's steps and bouts take O(s log b).
    struct Counter {
        private let bouts: [Bout]
        /// Indices into `bouts` of the non-standing ones, in the given order.
        private let gaitBouts: [Int]
        private let ordered: Bool
        private var counts: [[FootStrike: Int]]
        private var all: [FootStrike: Int] = [:]

        init(bouts: [Bout]) {
            self.bouts = bouts
            gaitBouts = bouts.indices.filter { bouts[$0].activity != .standing }
            ordered = gaitBouts.allSatisfy { bouts[$0].startTime <= bouts[$0].endTime }
                && zip(gaitBouts, gaitBouts.dropFirst()).allSatisfy { bouts[$0].endTime <= bouts[$1].startTime }
            counts = Array(repeating: [:], count: gaitBouts.count)
        }

        mutating func add(time: Double, strike: FootStrike) {
            all[strike, default: 0] += 1
            if ordered {
                // The last bout starting at or before `time` is the only one that can hold it.
                var low = 0, high = gaitBouts.count
                while low < high {
                    let middle = (low + high) / 2
                    if bouts[gaitBouts[middle]].startTime <= time { low = middle + 1 } else { high = middle }
                }
                if low > 0, time < bouts[gaitBouts[low - 1]].endTime { counts[low - 1][strike, default: 0] += 1 }
            } else {
                for (position, index) in gaitBouts.enumerated()
                where time >= bouts[index].startTime && time < bouts[index].endTime {
                    counts[position][strike, default: 0] += 1
                }
            }
        }

        /// The groups: one per non-standing bout with steps, labelled with its times from `origin`; when
        /// there is none, one for the whole recording (or the steps outside the bouts).
        func groups(origin: Double) -> [StrikeGroup] {
            var groups: [StrikeGroup] = []
            for (position, index) in gaitBouts.enumerated() where !counts[position].isEmpty {
                let bout = bouts[index]
                let label = String(format: "%.1f–%.1f s  %@ %@", bout.startTime - origin, bout.endTime - origin,
                                   bout.activity.rawValue, bout.direction == .unknown ? "" : bout.direction.rawValue)
                groups.append(StrikeGroup(label: label, counts: counts[position]))
            }
            if groups.isEmpty {
                groups.append(StrikeGroup(label: bouts.isEmpty ? "whole recording" : "outside bouts", counts: all))
            }
            return groups
        }
    }
}
