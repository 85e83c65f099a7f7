import Foundation
import GaitDatasets
import RetroGait

/// The live stream on real walkers (voisard2023: feet with and without the gyroscope, lower back): each
/// recording pushed one sample at a time into ``StreamingAnalyzer`` against the batch analysis of the same
/// recording, counted as ``StreamingSection`` counts the simulated sessions.
enum LiveRealWalkersSection {
    struct Setup: Sendable {
        var sensor: VoisardSensor
        var gyroscope: Bool
        var label: String { "\(sensor == .lowerBack ? "lower back" : "feet")\(sensor == .lowerBack ? "" : gyroscope ? " + gyro" : ", accelerometer only")" }
    }

    static func render(folder: URL?) async -> String {
        let title = "\n### Real walkers (voisard2023)\n\n"
        guard let folder else { return title + "Data folder not found: table skipped.\n" }
        let trials: [VoisardTrial]
        do {
            trials = try Voisard2023.load(from: folder)
        } catch {
            return title + "Could not load the data set: \(error)\n"
        }
        let setups = [
            Setup(sensor: .leftFoot, gyroscope: true), Setup(sensor: .leftFoot, gyroscope: false),
            Setup(sensor: .lowerBack, gyroscope: false),
        ]
        var jobs: [(setup: Setup, recording: Recording, side: Side)] = []
        // A recording that cannot be streamed is named under the table, never left out silently.
        var unusable: [String] = []
        for setup in setups {
            let sensors: [VoisardSensor] = setup.sensor == .lowerBack ? [.lowerBack] : [.leftFoot, .rightFoot]
            for trial in trials {
                for sensor in sensors {
                    guard let recording = trial.recordings[sensor] else {
                        unusable.append("\(trial.name) \(sensor.rawValue): no recording")
                        continue
                    }
                    do {
                        jobs.append((setup, setup.gyroscope ? recording : try recording.accelerometerOnly(), sensor.side))
                    } catch {
                        unusable.append("\(trial.name) \(sensor.rawValue): \(error)")
                    }
                }
            }
        }
        let results = await concurrentMap(jobs, width: 2) { job in
            evaluate(job.recording, placement: job.setup.sensor.placement, side: job.side)
        }
        var table = MarkdownTable(header: [
            "sensors", "event", "batch", "timely", "late", "missed", "latency median / p95 / max (s)",
            "spurious withdrawn / kept", "retractions: moved / withdrawn", "lift-offs from standing: in time",
        ])
        for setup in setups {
            let mine = results.enumerated().filter { jobs[$0.offset].setup.label == setup.label }.map(\.element)
            for kind in [GaitEventKind.initialContact, .toeOff] {
                var pooled = StreamingSection.Tally()
                for result in mine { pooled.merge(kind == .initialContact ? result.contacts : result.toeOffs) }
                let liftOffs = pooled.byContext[.liftOffFromRest]
                table.rows.append([setup.label, kind == .initialContact ? "IC" : "TC"] + StreamingSection.summaryCells(pooled)
                    + [liftOffs.map { "\($0.timely) of \($0.batch)" } ?? "–"])
            }
        }
        let failures = unusable + results.compactMap(\.failure)
        return title + """
            Every foot and lower-back recording of the 12 trials (24 foot files per row), pushed one sample at a \
            time (latency bound \(Format.number(StreamingSection.latencyBound, 1)) s) against the batch analysis \
            of the same recording, counted as above (±\(Format.number(StreamingSection.tolerance * 1000, 0)) ms). \
            The batch events are the reference, not the curated footsteps.


            """ + table.rendered + (failures.isEmpty ? "" : "\nFailed: " + failures.joined(separator: "; ") + "\n")
    }

    static func evaluate(_ recording: Recording, placement: Placement, side: Side) -> StreamingSection.Result {
        do {
            let configuration = GaitAnalyzer.Configuration(placement: placement, sensorSide: side)
            let batch = try GaitAnalyzer(configuration: configuration).analyze(recording).events
            let reports = try StreamingSection.stream(
                recording, configuration: .init(analyzer: configuration, maximumLatencySeconds: StreamingSection.latencyBound))
            return StreamingSection.Result(
                contacts: StreamingSection.tally(batch: batch, reports: reports, kind: .initialContact, bouts: []),
                toeOffs: StreamingSection.tally(batch: batch, reports: reports, kind: .toeOff, bouts: []))
        } catch {
            return StreamingSection.Result(failure: "\(placement) \(side): \(error)")
        }
    }
}
