import GaitDatasets
@testable import RetroGait
import Testing

/// Real overground walking (Voisard et al. 2023): healthy adults walking land on the heel, so the share
/// of foot contacts called heel is a check on real walkers. Measured over both feet of every trial.
/// Gyroscope channels dropped, the accelerometer model (``ContactStrikeModel/simulatedFoot``, fitted on
/// simulated recordings only): 89.2 % of 406 contacts with the landing motion
/// (``ContactStrikeFeatures/landingMotion``), 81.3 % before it. With the gyroscope, the landing's sense
/// of rotation against the recording's pooled swings (``ToeDownAxis``): 92.2 % of 408 contacts (376 heel);
/// 90.7 % against the following swing alone (the pivot of the U-turn or a pause after the landing read as
/// its swing). The floor sits a few contacts below: one contact more or less found by the detector moves
/// the share by 0.2 points (with the foot's settling-step toe-off of session 11: 376 heel of 409, 91.9 %).
/// Skipped when the shared data folder is absent.
@Suite("Real data: Voisard feet, strike")
struct VoisardFootStrikeTests {
    static let folder = DatasetLocation.folder(Voisard2023.folderName)

    @Test(.enabled(if: folder != nil, "shared data folder voisard2023-walking-feet-lowback not found"),
          arguments: [(false, 0.87), (true, 0.91)])
    func walkersAreCalledHeelStrikers(gyroscope: Bool, floor: Double) throws {
        var heel = 0
        var contacts = 0
        for trial in try Voisard2023.load(from: #require(Self.folder)) {
            for sensor in [VoisardSensor.leftFoot, .rightFoot] {
                guard let recording = trial.recordings[sensor] else { continue }
                let analysed = gyroscope ? recording : try recording.accelerometerOnly()
                let analysis = try GaitAnalyzer(configuration: .init(placement: .foot, sensorSide: sensor.side))
                    .analyze(analysed)
                for event in analysis.events where event.kind == .initialContact {
                    contacts += 1
                    if event.strike == .heel { heel += 1 }
                }
            }
        }
        #expect(contacts >= 350)
        #expect(Double(heel) / Double(max(1, contacts)) >= floor, "\(heel) of \(contacts) contacts called heel")
    }
}
