import Foundation
import RetroGait

/// The committed recordings in `Fixtures/`, found from this file's location.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// 40 s of simulated backward running, lower-back sensor, 100 Hz, with a gyroscope.
    static let lowerBackRun = folder.appendingPathComponent("simulated-backward-run-lower-back-100hz.csv")
    /// The ground-truth events of ``lowerBackRun``.
    static let lowerBackRunEvents = folder.appendingPathComponent("simulated-backward-run-lower-back-100hz-events.csv")
    /// The ground-truth bouts of ``lowerBackRun``.
    static let lowerBackRunBouts = folder.appendingPathComponent("simulated-backward-run-lower-back-100hz-bouts.csv")

    /// ``lowerBackRun`` read with default options.
    static func loadLowerBackRun() throws -> LoadedRecording {
        try RecordingReader.read(contentsOf: lowerBackRun, options: RecordingReadOptions(placement: .lowerBack))
    }
}
