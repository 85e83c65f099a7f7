import GaitDatasets
@testable import RetroGait
import Testing

/// Real overground walking (Voisard et al. 2023): every walker walks forward, so with the foot sensors'
/// mounting declared (`-x` toward the toes: the travel the gyroscope's swing path measures points
/// within 25–55° of it in all 24 files) no contact may come out backward. Without a gyroscope the foot's
/// travel rests on the swing's path at foot-flat's orientation (``TravelEstimator``): 98.3 % of the
/// contacts forward, the rest (trial 7-4's left foot after the U-turn, whose contacts were found at
/// toe-offs) unknown under ``SessionClassifier/footWithoutGyroscopeMinimumConsistency``. The push-off
/// used before gave 70.1 % (whole walks whose push-off pointed across or against the travel). With the
/// gyroscope 100 % forward. Skipped when the shared data folder is absent.
@Suite("Real data: Voisard feet, direction with and without a declared mounting")
struct VoisardFootDirectionTests {
    static let folder = DatasetLocation.folder(Voisard2023.folderName)

    /// The directions of every foot file's initial contacts, with or without the gyroscope, under `mounting`.
    static func footDirections(gyroscope: Bool, mounting: SensorMounting) throws -> [Direction: Int] {
        var directions: [Direction: Int] = [:]
        for trial in try Voisard2023.load(from: #require(folder)) {
            for sensor in [VoisardSensor.leftFoot, .rightFoot] {
                guard let recording = trial.recordings[sensor] else { continue }
                let analysed = gyroscope ? recording : try recording.accelerometerOnly()
                let analysis = try GaitAnalyzer(
                    configuration: .init(placement: .foot, sensorSide: sensor.side, mounting: mounting)).analyze(analysed)
                ForwardWalkerExpectations.tally(analysis, into: &directions)
            }
        }
        return directions
    }

    @Test(.enabled(if: folder != nil, "shared data folder voisard2023-walking-feet-lowback not found"),
          arguments: [(false, 0.95), (true, 0.98)])
    func forwardWalkersAreNeverCalledBackward(gyroscope: Bool, forwardFloor: Double) throws {
        let directions = try Self.footDirections(gyroscope: gyroscope, mounting: SensorMounting(forwardAxis: .minusX))
        ForwardWalkerExpectations.check(directions, forwardFloor: forwardFloor)
    }

    /// Without a mounting and without a gyroscope, a foot's direction rests on the first half of each
    /// swing (``EarlySwingTilt``): a forward walker's foot lifts steeply toe-down, and the mean specific
    /// force stays near the foot-flat up along the travel (bout medians −12° to +16°, the forward limit
    /// 20°, the backward one 32°). No contact may come out backward; before, every one was unknown.
    @Test(.enabled(if: folder != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func withoutAMountingOrAGyroscopeTheEarlySwingCallsTheWalkersForward() throws {
        let directions = try Self.footDirections(gyroscope: false, mounting: SensorMounting())
        ForwardWalkerExpectations.check(directions, forwardFloor: 0.9)
    }
}
