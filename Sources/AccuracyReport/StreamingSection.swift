import GaitDatasets
import GaitSimulator
import RetroGait

/// How a live stream (``StreamingAnalyzer``, one sample per push, 0.5 s latency bound) reports the
/// events the batch analysis of the same recording finds: in time, late, or not at all, how late,
/// and how many reports it withdraws.
enum StreamingSection {
    static let session = "stand:4, fw-run:25, stand:5, bw-run:20, stand:4, bw-walk:20, stand:3"
    static let seeds: [UInt64] = [3, 5, 7, 11]
    static let latencyBound = 0.5
    /// A report and a batch event this close are the same event.
    static let tolerance = 0.020
    /// A report of the kind just retracted, this close to it, moves it (a window or the review moves a
    /// report within half an event period; a new event the same window reports lies farther).
    static let moveSeconds = 0.6

    struct Setup: Sendable {
        var placement: Placement
        var gyroscope: Bool
        var label: String { "\(placement)\(gyroscope ? " + gyro" : "")" }
    }

    static let setups = [
        Setup(placement: .lowerBack, gyroscope: false), Setup(placement: .foot, gyroscope: true),
        Setup(placement: .foot, gyroscope: false), Setup(placement: .shank, gyroscope: false),
        Setup(placement: .wrist, gyroscope: false),
    ]

    /// One kind of event of one or more streams against their batch analyses.
    struct Tally: Sendable {
        /// Batch events.
        var batch = 0
        /// Batch events first reported within the latency bound.
        var timely = 0
        /// Batch events first reported after it (a late event, or only a correction of another report).
        var late = 0
        /// Batch events the stream never holds.
        var missed = 0
        /// Seconds from each batch event to its first report (timely or late).
        var latencies: [Double] = []
        /// Reports of no batch event: withdrawn later, or still held when the stream ended.
        var spuriousRetracted = 0
        var spuriousKept = 0
        /// Reports withdrawn (a correction following or not).
        var retractions = 0
        /// Reports withdrawn and reported again at another place (a window or the review moved them).
        var moved = 0
        /// The batch events reported late or missed, with where they lie.
        var lateEvents: [LateEvent] = []
        /// Per context of the batch event (``LiveEventContext``): batch events, those reported in time,
        /// and the latency of each reported one.
        var byContext: [LiveEventContext: ContextTally] = [:]

        mutating func merge(_ other: Tally) {
            batch += other.batch; timely += other.timely; late += other.late; missed += other.missed
            latencies += other.latencies
            spuriousRetracted += other.spuriousRetracted; spuriousKept += other.spuriousKept
            retractions += other.retractions
            moved += other.moved
            lateEvents += other.lateEvents
            byContext.merge(other.byContext) { $0.merged($1) }
        }
    }

    /// The batch events of one ``LiveEventContext``.
    struct ContextTally: Sendable {
        var batch = 0
        var timely = 0
        var latencies: [Double] = []

        func merged(_ other: ContextTally) -> ContextTally {
            ContextTally(batch: batch + other.batch, timely: timely + other.timely, latencies: latencies + other.latencies)
        }
    }

    /// An event as the stream reported it and the stream time of its report.
    struct Report {
        var event: GaitEvent
        var reportedAt: Double
        var isTimely: Bool
        var isCorrection: Bool
        var isRetracted = false
        /// Reported right after the retraction of an earlier report: that report moved (in time or late).
        var isMove = false
    }

    static func render() async -> String {
        let jobs = setups.flatMap { setup in seeds.map { (setup, $0) } }
        let results = await concurrentMap(jobs, width: 2) { evaluate($0.0, seed: $0.1) }
        var text = """
            ## Live streams: latency against the batch analysis

            Session `\(session)` at 100 Hz, seeds \(seeds.map(String.init).joined(separator: ", ")), pushed one \
            sample at a time into `StreamingAnalyzer` (latency bound \(Format.number(latencyBound, 1)) s). \
            Each batch event (GaitAnalyzer on the same recording) is matched one-to-one within \
            ±\(Format.number(tolerance * 1000, 0)) ms to the stream's first reports: **timely** (an event \
            reported within the bound), **late** (a late event, or held only after a review corrected another \
            report), **missed** (never held). Latency: stream time from the event to its first report \
            (timely and late). **Spurious**: first reports of no batch event, withdrawn by the review or still \
            held at the end. **Retractions**: reports withdrawn, **moved** (reported again at another place, by a \
            window that sees more of what followed or by the review two seconds later: the next report, of the same kind \
            within \(Format.number(moveSeconds, 1)) s) or **withdrawn** for good. \
            Every report is provisional until its review: the counts say how often the stream changed its mind. \
            Chunk sizes do not change the updates (a test checks it).


            """
        var table = MarkdownTable(header: [
            "sensor", "event", "batch", "timely", "late", "missed", "latency median / p95 / max (s)",
            "spurious withdrawn / kept", "retractions: moved / withdrawn", "timely per seed",
        ])
        for setup in setups {
            let mine = results.enumerated().filter { jobs[$0.offset].0.label == setup.label }.map(\.element)
            for kind in [GaitEventKind.initialContact, .toeOff] {
                var pooled = Tally()
                var perSeed: [String] = []
                for result in mine {
                    let tally = kind == .initialContact ? result.contacts : result.toeOffs
                    pooled.merge(tally)
                    perSeed.append(Format.percent(tally.batch == 0 ? nil : Double(tally.timely) / Double(tally.batch)))
                }
                table.rows.append([setup.label, kind == .initialContact ? "IC" : "TC"] + summaryCells(pooled) + [perSeed.joined(separator: ", ")])
            }
        }
        text += table.rendered
        text += contextTable(results, jobs: jobs)
        text += lateCauses(results, jobs: jobs)
        text += await LiveRealWalkersSection.render(folder: DatasetLocation.folder(Voisard2023.folderName))
        let failures = results.compactMap(\.failure)
        if !failures.isEmpty { text += "\nFailed: " + failures.joined(separator: "; ") + "\n" }
        return text
    }

    /// The columns from "batch" to "retractions" of the summary table for `pooled`.
    static func summaryCells(_ pooled: Tally) -> [String] {
        let sorted = pooled.latencies.sorted()
        func quantile(_ q: Double) -> Double? { sorted.isEmpty ? nil : sorted[Int(q * Double(sorted.count - 1))] }
        func share(_ n: Int) -> String {
            "\(n) (\(Format.percent(pooled.batch == 0 ? nil : Double(n) / Double(pooled.batch))))"
        }
        return [
            "\(pooled.batch)", share(pooled.timely), share(pooled.late), share(pooled.missed),
            "\(Format.number(quantile(0.5), 2)) / \(Format.number(quantile(0.95), 2)) / \(Format.number(sorted.last, 2))",
            "\(pooled.spuriousRetracted) / \(pooled.spuriousKept)", "\(pooled.moved) / \(pooled.retractions - pooled.moved)",
        ]
    }

    /// The batch events of every setup by their ``LiveEventContext``: how many were reported in time, and
    /// their latency.
    static func contextTable(_ results: [Result], jobs: [(Setup, UInt64)]) -> String {
        let contexts: [(LiveEventContext, String)] = [
            (.withinBout, "within bouts"), (.boutStart, "bout starts"), (.landingIntoRest, "landings into rest"),
            (.liftOffFromRest, "lift-offs from standing"),
        ]
        var table = MarkdownTable(header: ["sensor", "event"] + contexts.flatMap { ["\($0.1): in time", "latency median / p95 / max (s)"] })
        for setup in setups {
            let mine = results.enumerated().filter { jobs[$0.offset].0.label == setup.label }.map(\.element)
            for kind in [GaitEventKind.initialContact, .toeOff] {
                var row = [setup.label, kind == .initialContact ? "IC" : "TC"]
                for (context, _) in contexts {
                    let pooled = mine.map { (kind == .initialContact ? $0.contacts : $0.toeOffs).byContext[context] ?? ContextTally() }
                        .reduce(ContextTally()) { $0.merged($1) }
                    let sorted = pooled.latencies.sorted()
                    func quantile(_ q: Double) -> Double? { sorted.isEmpty ? nil : sorted[Int(q * Double(sorted.count - 1))] }
                    row.append(pooled.batch == 0 ? "–" : "\(pooled.timely) of \(pooled.batch) (\(Format.percent(Double(pooled.timely) / Double(pooled.batch))))")
                    row.append(sorted.isEmpty ? "–" : "\(Format.number(quantile(0.5), 2)) / \(Format.number(quantile(0.95), 2)) / \(Format.number(sorted.last, 2))")
                }
                table.rows.append(row)
            }
        }
        return """

            The same events by what a live stream can know in time (`LiveEventContext`, from the batch events \
            alone: a pause is a second or more without an event): **bout starts** are the first \
            \(LiveEventContext.boutStartEvents) events of each kind after a pause (a step is told from other \
            movement by its repetition, seen a stride later); **landings into rest** are initial contacts that \
            a pause follows (timed where the motion ends, which a window sees once the stillness has lasted); \
            **lift-offs from standing** are toe-offs that follow a pause (a foot's first toe-off of a bout, \
            which ends the standing: a window sees it as the limb leaves rest and climbs into the swing); every \
            other event is **within a bout**.


            """ + table.rendered
    }

    /// The late and missed events of every setup by where they lie: bout start, middle or end, in running
    /// or walking, and how many the stream had reported in time at another place.
    static func lateCauses(_ results: [Result], jobs: [(Setup, UInt64)]) -> String {
        var table = MarkdownTable(header: [
            "sensor", "event", "late or missed", "running: start / middle / end", "walking: start / middle / end",
            "standing", "in time elsewhere, moved", "reported within 1 s / later / never", "latency median / max (s)",
        ])
        for setup in setups {
            let mine = results.enumerated().filter { jobs[$0.offset].0.label == setup.label }.map(\.element)
            for kind in [GaitEventKind.initialContact, .toeOff] {
                let late = mine.flatMap { (kind == .initialContact ? $0.contacts : $0.toeOffs).lateEvents }
                func phases(_ activity: Activity) -> String {
                    LateEvent.Phase.allCases.map { phase in
                        String(late.count { $0.activity == activity && $0.phase == phase })
                    }.joined(separator: " / ")
                }
                let latencies = late.compactMap(\.latency).sorted()
                table.rows.append([
                    setup.label, kind == .initialContact ? "IC" : "TC", "\(late.count)", phases(.running), phases(.walking),
                    "\(late.count { $0.activity == .standing })", "\(late.count(where: \.reportedInTimeElsewhere))",
                    "\(latencies.count { $0 <= 1 }) / \(latencies.count { $0 > 1 }) / \(late.count - latencies.count)",
                    "\(Format.number(latencies.isEmpty ? nil : latencies[latencies.count / 2], 2)) / \(Format.number(latencies.last, 2))",
                ])
            }
        }
        return """

            Late and missed events by where they lie (seeds pooled): in a running or walking bout of the script, \
            among its first two events of the kind (**start**), its last two (**end**, the settling step up to \
            \(Format.number(LateEvent.settlingSeconds, 1)) s after the bout included) or between; **in time elsewhere, moved**: \
            the stream had reported the event in time within \(Format.number(LateEvent.nearbySeconds * 1000, 0)) ms of it, \
            more than ±\(Format.number(tolerance * 1000, 0)) ms away, and a later window or the review moved it. \
            Reported within 1 s: a window with more lookahead than the bound found it; later: the review, \
            two seconds after, found it.


            """ + table.rendered
    }

    struct Result: Sendable {
        var contacts = Tally()
        var toeOffs = Tally()
        var failure: String?
    }

    static func evaluate(_ setup: Setup, seed: UInt64) -> Result {
        do {
            let recording = GaitSimulator.simulate(
                try SessionScript(parsing: session),
                options: SimulationOptions(placement: setup.placement, sampleRate: 100, seed: seed, includeGyroscope: setup.gyroscope)
            ).recording
            let sided = setup.placement == .foot || setup.placement == .shank
            let configuration = GaitAnalyzer.Configuration(placement: setup.placement, sensorSide: sided ? .left : .unknown)
            let batch = try GaitAnalyzer(configuration: configuration).analyze(recording).events
            let reports = try stream(recording, configuration: .init(analyzer: configuration, maximumLatencySeconds: latencyBound))
            let bouts = LateEvent.ScriptBout.bouts(of: try SessionScript(parsing: session))
            return Result(
                contacts: tally(batch: batch, reports: reports, kind: .initialContact, bouts: bouts),
                toeOffs: tally(batch: batch, reports: reports, kind: .toeOff, bouts: bouts))
        } catch {
            return Result(failure: "\(setup.label) seed \(seed): \(error)")
        }
    }

    /// Every event the stream reported, one sample per push, with when and how.
    static func stream(_ recording: Recording, configuration: StreamingAnalyzer.Configuration) throws -> [Report] {
        let analyzer = try StreamingAnalyzer(
            configuration: configuration, sampleRate: recording.sampleRate, startTime: recording.startTime,
            hasGyroscope: recording.angularVelocity != nil)
        var reports: [Report] = []
        var afterRetraction = false
        var lastRetracted: GaitEvent?
        /// A report right after the retraction of an event of its kind less than ``moveSeconds`` away: a move.
        func isMove(_ event: GaitEvent) -> Bool {
            afterRetraction && lastRetracted.map { $0.kind == event.kind && abs($0.time - event.time) < moveSeconds } ?? false
        }
        func take(_ updates: [StreamingUpdate]) {
            let now = recording.startTime + Double(analyzer.samplesReceived - 1) / recording.sampleRate
            for update in updates {
                switch update {
                case .event(let event):
                    reports.append(Report(event: event, reportedAt: now, isTimely: true, isCorrection: false, isMove: isMove(event)))
                case .lateEvent(let event):
                    reports.append(Report(
                        event: event, reportedAt: now, isTimely: false, isCorrection: afterRetraction, isMove: isMove(event)))
                case .retraction(let event):
                    lastRetracted = event
                    if let index = reports.lastIndex(where: { $0.event == event && !$0.isRetracted }) {
                        reports[index].isRetracted = true
                    }
                case .step, .bout: break
                }
                afterRetraction = if case .retraction = update { true } else { false }
            }
        }
        let acc = recording.acceleration
        let gyro = recording.angularVelocity
        for index in 0..<recording.count {
            take(try analyzer.push(
                acceleration: SIMD3(acc.x[index], acc.y[index], acc.z[index]),
                angularVelocity: gyro.map { SIMD3($0.x[index], $0.y[index], $0.z[index]) }))
        }
        take(try analyzer.finish())
        return reports
    }

    static func tally(batch: [GaitEvent], reports: [Report], kind: GaitEventKind, bouts: [LateEvent.ScriptBout]) -> Tally {
        let reference = batch.filter { $0.kind == kind }.map(\.time)
        let contexts = zip(batch, LiveEventContext.classify(batch)).filter { $0.0.kind == kind }.map(\.1)
        let mine = reports.filter { $0.event.kind == kind }
        let first = mine.filter { !$0.isCorrection }
        let held = mine.filter { !$0.isRetracted }
        var tally = Tally(batch: reference.count, retractions: mine.count { $0.isRetracted }, moved: mine.count(where: \.isMove))
        for context in contexts { tally.byContext[context, default: ContextTally()].batch += 1 }
        let firstMatching = EventMatcher.match(truth: reference, detected: first.map(\.event.time), tolerance: tolerance)
        let heldMatching = EventMatcher.match(truth: reference, detected: held.map(\.event.time), tolerance: tolerance)
        var found = Set<Int>()
        for pair in firstMatching.pairs {
            let report = first[pair.detectedIndex]
            found.insert(pair.truthIndex)
            if report.isTimely { tally.timely += 1 } else { tally.late += 1 }
            tally.latencies.append(report.reportedAt - pair.truthTime)
            tally.byContext[contexts[pair.truthIndex], default: ContextTally()].timely += report.isTimely ? 1 : 0
            tally.byContext[contexts[pair.truthIndex], default: ContextTally()].latencies.append(report.reportedAt - pair.truthTime)
            if !report.isTimely {
                tally.lateEvents.append(LateEvent(
                    at: pair.truthTime, latency: report.reportedAt - pair.truthTime, among: reference, bouts: bouts,
                    reportedInTimeElsewhere: timelyRetracted(near: pair.truthTime, in: first)))
            }
        }
        let heldTruth = Set(heldMatching.pairs.map(\.truthIndex))
        for index in reference.indices where !found.contains(index) {
            if heldTruth.contains(index) {
                tally.late += 1
                let pair = heldMatching.pairs.first { $0.truthIndex == index }!
                tally.latencies.append(held[pair.detectedIndex].reportedAt - pair.truthTime)
                tally.byContext[contexts[index], default: ContextTally()].latencies.append(held[pair.detectedIndex].reportedAt - pair.truthTime)
                tally.lateEvents.append(LateEvent(
                    at: pair.truthTime, latency: held[pair.detectedIndex].reportedAt - pair.truthTime, among: reference,
                    bouts: bouts, reportedInTimeElsewhere: timelyRetracted(near: pair.truthTime, in: first)))
            } else {
                tally.missed += 1
                tally.lateEvents.append(LateEvent(
                    at: reference[index], latency: nil, among: reference, bouts: bouts,
                    reportedInTimeElsewhere: timelyRetracted(near: reference[index], in: first)))
            }
        }
        for index in firstMatching.unmatchedDetected {
            if first[index].isRetracted { tally.spuriousRetracted += 1 } else { tally.spuriousKept += 1 }
        }
        return tally
    }

    /// Whether a timely first report within ``LateEvent/nearbySeconds`` of `time` was withdrawn: the
    /// stream found the event in time, at another place, and its review moved it.
    static func timelyRetracted(near time: Double, in first: [Report]) -> Bool {
        first.contains { $0.isTimely && $0.isRetracted && abs($0.event.time - time) <= LateEvent.nearbySeconds }
    }
}
