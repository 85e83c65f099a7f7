import GaitDatasets
@testable import RetroGait
import Testing

/// Real overground walking (Voisard et al. 2023): every walker walks forward, so with the foot sensors'
/// mounting declared (`-x` toward the toes: the travel the gyroscope's swing path measures points
/// within 25–55° of it in all 24 files) no contact may come out backward. Without a gyroscope the foot's
/// travel rests on the push-off, which a slow walker's heel rise turns against the travel on some steps:
/// before ``SessionClassifier/footPushOffMinimumConsistency`` 17 of 405 contacts (4.2 %) were called
/// backward, in bouts whose steps agreed 0.16–0.41; then none, 59.8 % forward (was 64.0 %), the rest
/// unknown. The push-off also scatters sideways: turned onto the swings' axis (``SwingMeanAxis``),
/// 70.1 % forward. With the gyroscope 100 % forward. Skipped when the shared data folder is absent.
@Suite("Real data: Voisard feet, direction with a declared mounting")
struct VoisardFootDirectionTests {
    static let folder = DatasetLocation.folder(Voisard2023.folderName)

    @Test(.enabled(if: folder != nil, "shared data folder voisard2023-walking-feet-lowback not found"),
          arguments: [(false, 0.65), (true, 0.98)])
    func forwardWalkersAreNeverCalledBackward(gyroscope: Bool, forwardFloor: Double) throws {
        var directions: [Direction: Int] = [:]
        let mounting = SensorMounting(forwardAxis: .minusX)
        for trial in try Voisard2023.load(from: #require(Self.folder)) {
            for sensor in [VoisardSensor.leftFoot, .rightFoot] {
                guard let recording = trial.recordings[sensor] else { continue }
                let analysed = gyroscope ? recording : try recording.accelerometerOnly()
                let analysis = try GaitAnalyzer(
                    configuration: .init(placement: .foot, sensorSide: sensor.side, mounting: mounting)).analyze(analysed)
                for event in analysis.events where event.kind == .initialContact { directions[event.direction, default: 0] += 1 }
            }
        }
        let contacts = directions.values.reduce(0, +)
        #expect(contacts >= 350)
        #expect(directions[.backward, default: 0] == 0, "\(directions[.backward, default: 0]) of \(contacts) contacts called backward")
        #expect(Double(directions[.forward, default: 0]) / Double(max(1, contacts)) >= forwardFloor,
                "\(directions[.forward, default: 0]) of \(contacts) contacts called forward")
    }
}
