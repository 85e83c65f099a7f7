import Foundation
import PropertyBased
import Testing
@testable import RetroGait

/// The streaming analyzer against the batch analyzer on the same simulated sessions: how many of the
/// batch events it reproduces, how closely, and how late it reports them. Floors sit at what the
/// streaming analysis reaches on these sessions, not above.
@Suite("Streaming: equivalence with batch, latency")
struct StreamingEquivalenceTests {
    static let session = "stand:4, fw-run:25, stand:5, bw-run:20, stand:4, bw-walk:20, stand:3"
    static let latencyBound = 0.5
    /// The latest a batch event is reported: the review's delay (2 s) plus the bound plus a margin of
    /// half a second for an event the review's window finds only a few hops later (measured over seeds
    /// 3, 5, 7 and 11: at most 2.62 s).
    static let latestReport = 3.0
    /// The standing pauses of ``session`` between bouts, a second after one bout and half a second
    /// before the next: no contact happens there.
    /// Floor on the share of a bout's first events (``LiveEventContext/boutStart``: the first two of each
    /// kind after a pause, 12 here) reported in time at every placement. Measured (seed 3) with the
    /// young bout's rhythm taken from its own active stretch (``BoutOnsetRhythm``): lower back 8, foot +
    /// gyro 11, wrist 7, shank 11 of 12 (before: 8, 10, 7, 10); with the simulator labelling the first
    /// landings and settling touchdowns that the foot and shank find (session 9, limb's branch): 8, 7,
    /// 7, 8. The rest are reported by the review (``latestReport``).
    static let boutStartsInTime = 0.5
    static let standingPauses: [ClosedRange<Double>] = [30...33.5, 55...57.5, 79...81]

    struct Case: Sendable, CustomTestStringConvertible {
        var placement: Placement
        var gyroscope: Bool
        /// Floors: share of batch ICs reproduced within one sample, F1 of stream vs batch ICs (±20 ms),
        /// F1 of toe-offs (what the stream finally holds: every event reported, corrections included,
        /// retractions removed), share of the batch events (ICs and TCs) within bouts
        /// (``LiveEventContext/withinBout``) that the stream reported in time (an event within the bound,
        /// ±20 ms of the batch's).
        var initialContactsWithinOneSample: Double
        var initialContactF1: Double
        var toeOffF1: Double
        var reportedInTimeWithinBouts: Double
        var testDescription: String { "\(placement)\(gyroscope ? "+gyro" : "")" }
    }

    // Measured on this session (seed 3, 100 Hz): what the stream finally holds (every event reported,
    // corrections included, retractions removed) against batch, lower back / foot+gyro / wrist / shank:
    // IC ±1 sample 0.994 / 1.000 / 0.989 / 1.000, IC F1 0.994 / 0.994 / 0.992 / 1.000, TC F1 0.997 /
    // 1.000 / 0.991 / 1.000; batch events reported in time 0.980 / 0.964 / 0.963 / 0.958 (before the
    // bout-onset rhythm and the review's additions: 0.980 / 0.952 / 0.955 / 0.958; foot+gyro 0.958 -> 0.964
    // with the foot detector's session-6 gyroscope landing fixes).
    // The in-time floor used to be the share of the events *first reported* that are timely; since the
    // review reports, late, the events the stream never reported (a bout's first contacts that a
    // provisional contact after them kept out), that share counts a found event against the stream
    // (shank 166 of 167 → 166 of 168, with its final ICs 0.988 → 1.000). The share of the batch's
    // events reported in time is what the issue asks for, and it does not fall.
    // Earlier: a rhythm at the floor of the searched periods no longer counts
    // (RhythmEstimator's floorMargin), every event is reviewed two seconds later, and the last step of
    // a bout that ends in standing is found without the next bout in view (it came 6.3 s late).
    // The foot+gyro timely share stays lowest: single contacts in the walk that the foot detector places
    // only with more than 0.4 s of lookahead, and the first contacts of the backward bouts.
    // Session 7: a window that finds the newest event more than a sample away from its report moves it
    // at once (in time while the bound allows) instead of waiting for the review: batch events reported
    // in time 0.982 / 0.964 / 0.966 / 0.964 (shank floor 0.95 -> 0.96).
    // Session 8: the in-time floor holds for the batch events within bouts (``LiveEventContext``); a
    // bout's first events and its landing into rest are counted apart (a simulator labelling the
    // settling touchdown adds landings into rest that no window can know as such within the bound).
    // Within bouts, in time: 326 of 327 / 150 of 150 / 331 of 338 / 146 of 150 (foot walking landings
    // found mid-stance: foot+gyro all events 0.964 -> 0.982); bout starts 8 / 10 / 7 / 10 of 12,
    // landings into rest 2 of 3 / 2 of 3 / 2 of 2 / 3 of 3 (all reported by the review at the latest).
    // A running shank's mid-swing dip no longer taken for the newest stance: shank within bouts 146 -> 149
    // of 150 (floor 0.97 -> 0.99).
    // AccuracyReport's live-stream section gives these figures over four seeds, with the latency
    // distribution and the late events by cause.
    static let cases: [Case] = [
        Case(placement: .lowerBack, gyroscope: false, initialContactsWithinOneSample: 0.99, initialContactF1: 0.99, toeOffF1: 0.99, reportedInTimeWithinBouts: 0.99),
        Case(placement: .foot, gyroscope: true, initialContactsWithinOneSample: 0.99, initialContactF1: 0.99, toeOffF1: 0.99, reportedInTimeWithinBouts: 0.99),
        Case(placement: .wrist, gyroscope: false, initialContactsWithinOneSample: 0.98, initialContactF1: 0.99, toeOffF1: 0.99, reportedInTimeWithinBouts: 0.97),
        Case(placement: .shank, gyroscope: false, initialContactsWithinOneSample: 0.99, initialContactF1: 0.99, toeOffF1: 0.99, reportedInTimeWithinBouts: 0.99),
    ]

    @Test(arguments: cases)
    func streamReproducesBatchEventsWithinTheLatencyBound(_ testCase: Case) throws {
        let recording = try StreamRun.simulate(Self.session, placement: testCase.placement, gyroscope: testCase.gyroscope)
        let configuration = GaitAnalyzer.Configuration(
            placement: testCase.placement, sensorSide: testCase.placement == .foot || testCase.placement == .shank ? .left : .unknown)
        let batch = try GaitAnalyzer(configuration: configuration).analyze(recording)
        let stream = try StreamRun.run(recording, configuration: .init(analyzer: configuration))
        let contacts = EventAgreement(reference: batch.events, candidate: stream.events, kind: .initialContact, sampleRate: recording.sampleRate)
        let toeOffs = EventAgreement(reference: batch.events, candidate: stream.events, kind: .toeOff, sampleRate: recording.sampleRate)
        let allContacts = EventAgreement(reference: batch.events, candidate: stream.finalEvents, kind: .initialContact, sampleRate: recording.sampleRate)
        let allToeOffs = EventAgreement(reference: batch.events, candidate: stream.finalEvents, kind: .toeOff, sampleRate: recording.sampleRate)
        let latencies = stream.latencies.map(\.seconds).sorted()
        let lateLatencies = stream.lateLatencies.map(\.seconds).sorted()
        let reported = latencies.count + lateLatencies.count
        let name = testCase.testDescription
        print("STREAM \(name) IC timely: \(contacts); final: \(allContacts)")
        print("STREAM \(name) TC timely: \(toeOffs); final: \(allToeOffs)")
        print("STREAM \(name) retractions \(stream.retractions.count), corrections \(stream.corrections.count)")
        print("STREAM \(name) latency s: median \(latencies[latencies.count / 2]), "
              + "p95 \(latencies[Int(0.95 * Double(latencies.count - 1))]), max \(latencies.last!), "
              + "late \(lateLatencies.count) of \(reported) (late latency s: \(lateLatencies.map { String(format: "%.2f", $0) }))")
        #expect(allContacts.shareWithinOneSample >= testCase.initialContactsWithinOneSample)
        #expect(allContacts.f1 >= testCase.initialContactF1)
        #expect(allToeOffs.f1 >= testCase.toeOffF1)
        // The bound holds for every timely event; the late ones are few and are corrections.
        #expect(latencies.allSatisfy { $0 <= Self.latencyBound + 1e-9 }, "\(latencies.last!)")
        #expect(lateLatencies.allSatisfy { $0 > Self.latencyBound })
        let batchInTime = Double(contacts.within20ms + toeOffs.within20ms) / Double(contacts.reference + toeOffs.reference)
        print("STREAM \(name) batch events reported in time \(batchInTime), first reports timely \(Double(latencies.count) / Double(reported))")
        // The floor holds for the events within bouts; a bout's first events and its landing into rest
        // (``LiveEventContext``) are counted apart: what a window can know of them within the bound does
        // not depend on the detector (the review reports them at the latest, checked below).
        let contexts = LiveEventContext.classify(batch.events)
        for context in LiveEventContext.allCases {
            let mine = zip(batch.events, contexts).filter { $0.1 == context }.map(\.0)
            let inTime = mine.count { event in
                stream.events.contains { $0.kind == event.kind && abs($0.time - event.time) <= 0.020 + 1e-9 }
            }
            print("STREAM \(name) \(context): \(inTime) of \(mine.count) reported in time")
            if context == .withinBout {
                #expect(Double(inTime) >= testCase.reportedInTimeWithinBouts * Double(mine.count), "\(inTime) of \(mine.count)")
            }
            if context == .boutStart {
                #expect(Double(inTime) >= Self.boutStartsInTime * Double(mine.count), "\(inTime) of \(mine.count)")
            }
        }
        // A retraction withdraws an event reported before it, once.
        var held: [GaitEvent] = []
        for update in stream.updates {
            switch update {
            case .event(let event), .lateEvent(let event): held.append(event)
            case .retraction(let event):
                let index = held.firstIndex(of: event)
                #expect(index != nil, "retraction of an event never reported: \(event.time)")
                if let index { held.remove(at: index) }
            case .step, .bout: break
            }
        }
        // What is not reported in time is reported by the review at the latest: every batch event the
        // stream finally holds (within ±20 ms; the F1 floors above count the rest) was reported (timely,
        // late or as a correction) at most ``latestReport`` after it.
        // The late ones are, by cause (AccuracyReport's live-stream section): a bout's first steps,
        // before its rhythm shows (0.5–0.9 s, walking above all); events the detector places only with
        // more than the bound's lookahead (foot walking landings 0.7–0.8 s, shank running toe-offs
        // ~0.6 s); a report that a spurious one nearby held back, or one more than 20 ms off that the
        // review moved (2.3–2.7 s).
        let finallyHeld = stream.finalEvents
        for reference in batch.events where finallyHeld.contains(where: { $0.kind == reference.kind && abs($0.time - reference.time) <= 0.020 }) {
            let first = stream.reportTimes.filter {
                $0.event.kind == reference.kind && abs($0.event.time - reference.time) <= 0.020
            }.map { $0.at - reference.time }.min()
            #expect(first.map { $0 <= Self.latestReport } ?? false, "\(reference.kind) at \(reference.time): \(String(describing: first))")
        }
        // Nothing is reported while the person stands (e.g. the wrist's arm movements after a run).
        let whileStanding = stream.allEvents.filter { event in Self.standingPauses.contains { $0.contains(event.time) } }
        #expect(whileStanding.isEmpty, "\(whileStanding.map(\.time))")
        // Nothing is reported before its window's lookahead (40 samples) has arrived.
        #expect(latencies.first! >= 0.39 - 1e-9)
    }

    /// The window layout alone decides the result: any way of cutting the stream into chunks gives
    /// exactly the same updates as pushing one sample at a time.
    @Test func chunkSizesDoNotChangeTheUpdates() async throws {
        let recording = try StreamRun.simulate("stand:2, fw-run:10, stand:3, bw-run:8, stand:2", placement: .lowerBack, rate: 50)
        let configuration = StreamingAnalyzer.Configuration(analyzer: .init(placement: .lowerBack))
        let oneByOne = try StreamRun.run(recording, configuration: configuration)
        #expect(oneByOne.events.count >= 30)
        await propertyCheck(count: 4, input: Gen.int(in: 1...400).array(of: 1...6)) { lengths in
            let chunked = try StreamRun.run(recording, configuration: configuration, chunkLengths: lengths)
            #expect(chunked.updates == oneByOne.updates)
        }
    }

    /// A tighter latency bound is honoured too (events found by their first window).
    @Test func latencyBoundIsConfigurable() throws {
        let recording = try StreamRun.simulate("stand:2, fw-run:12, stand:2", placement: .lowerBack, rate: 50)
        let run = try StreamRun.run(recording, configuration: .init(analyzer: .init(placement: .lowerBack), maximumLatencySeconds: 0.3))
        let latencies = run.latencies.map(\.seconds).sorted()
        #expect(latencies.count >= 30)
        #expect(latencies[latencies.count / 2] <= 0.3 + 1e-9)
        // Decisions every 4 samples, 11 samples of lookahead: nothing comes sooner than 10 samples after.
        #expect(latencies.allSatisfy { $0 >= 0.2 - 1e-9 })
    }
}
