import GaitDatasets
@testable import RetroGait
import Testing

/// Real overground walking (Voisard et al. 2023, feet with gyroscope, 100 Hz): each foot's last landing of the
/// walk, the step into standing, against that foot's last curated heel strike (±50 ms). A foot lands before it
/// comes to rest; a landing timed after the foot has stopped turning (``StillStance/restStart(_:before:notBefore:half:)``)
/// is moved to the last strong jerk before the rest. Found within ±50 ms: 12 of 24 before (10-1 lf and 5-4 lf were
/// timed 327 and 347 ms late, in the standing), 14 of 24 with it, and 16 once the rest after a settling step is a
/// stance whenever the foot turned faster than a stance allows since the anchor before (4-5 rf and 2-2 lf: that
/// anchor was a dip of the settling swing, and the step was lost). Skipped when the shared data folder is absent.
@Suite("Real data: Voisard feet, the landing into rest")
struct VoisardLandingIntoRestTests {
    static let folder = DatasetLocation.folder(Voisard2023.folderName)

    @Test(.enabled(if: folder != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func lastLandingsFoundWithin50Milliseconds() throws {
        var found = 0
        var total = 0
        for trial in try Voisard2023.load(from: #require(Self.folder)) {
            for sensor in [VoisardSensor.leftFoot, .rightFoot] {
                let recording = try #require(trial.recordings[sensor])
                let analysis = try GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: sensor.side))
                    .analyze(recording)
                let last = try #require(trial.truthEvents
                    .filter { $0.side == sensor.side && $0.kind == GaitEventKind.initialContact }.map { $0.time }.max())
                total += 1
                if analysis.events.contains(where: { $0.kind == GaitEventKind.initialContact && abs($0.time - last) <= 0.05 }) {
                    found += 1
                }
            }
        }
        #expect(total == 24)
        #expect(found >= 15, "\(found) of \(total) last landings within ±50 ms")
    }
}
