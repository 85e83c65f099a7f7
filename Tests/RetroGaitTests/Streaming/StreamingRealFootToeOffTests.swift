import GaitDatasets
@testable import RetroGait
import Testing

/// A real walker's toe-offs from a foot sensor with a gyroscope, streamed: the batch analysis times them by
/// the push-off rotation (``SagittalFootRotation/toeOff(between:and:middle:turningAt:running:swingIsOpen:)``),
/// which a live window deciding a toe-off found only once the next stance was in view, 0.5–0.8 s after
/// it. Until then the stream reported the acceleration's toe-off, 30–80 ms early, and moved it late
/// (voisard2023, all 24 foot files: 128 of 407 toe-offs in time, 31.4 %). The window now takes the open
/// swing's rotation, its middle half a stride after the stance (322 of 407, 79.1 %). The test streams the
/// first four trials' feet (8 files; a stream one sample at a time is slow in a debug build): 39 of 138 in
/// time before, 110 of 138 (79.7 %) now, against a floor of 70 %. Skipped when the shared data folder is
/// absent.
@Suite("Streaming: real walkers' toe-offs with a foot gyroscope")
struct StreamingRealFootToeOffTests {
    static let folder = DatasetLocation.folder(Voisard2023.folderName)

    @Test(.enabled(if: folder != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func mostToeOffsAreReportedInTimeWhereTheBatchPlacesThem() throws {
        var batchToeOffs = 0
        var inTime = 0
        for trial in try Voisard2023.load(from: #require(Self.folder)).prefix(4) {
            for sensor in [VoisardSensor.leftFoot, .rightFoot] {
                let recording = try #require(trial.recordings[sensor])
                let configuration = GaitAnalyzer.Configuration(placement: .foot, sensorSide: sensor.side)
                let batch = try GaitAnalyzer(configuration: configuration).analyze(recording).events.filter { $0.kind == .toeOff }
                let stream = try StreamRun.run(recording, configuration: .init(analyzer: configuration))
                batchToeOffs += batch.count
                inTime += batch.count { StreamingBoutStartTests.inTime($0, stream) }
            }
        }
        let share = Double(inTime) / Double(max(1, batchToeOffs))
        #expect(batchToeOffs > 120, "\(batchToeOffs) batch toe-offs")
        #expect(share >= 0.7, "\(inTime) of \(batchToeOffs) toe-offs in time")
    }
}
