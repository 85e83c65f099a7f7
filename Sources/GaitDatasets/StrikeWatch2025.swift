import Foundation
public import RetroGait

/// One wrist recording of the StrikeWatch data set: a runner told to land on the heel or the forefoot.
public struct StrikeWatchFile: Sendable {
    /// File name without extension, e.g. `person1_heelstrike`.
    public var name: String
    /// The participant's number (`personN` in the file name), 0 when the name has none.
    public var person: Int
    /// The strike style named by the file (`heel` or `toe`).
    public var strike: FootStrike
    /// Wrist acceleration in g at the **assumed** sample rate (the source does not state it).
    public var recording: Recording
}

/// Loader for `strikewatch2025-wrist-running-footstrike` (CC BY-NC 4.0; read in place, never copied).
/// No event reference: only a per-file strike label. The sample rate is not documented; the caller
/// states the rate to assume.
public enum StrikeWatch2025 {
    /// The folder's name under the shared data folder.
    public static let folderName = "strikewatch2025-wrist-running-footstrike"

    /// Reads every `csv/*.csv` (header `x,y,z,a`, m/s²), sorted by name.
    public static func load(from folder: URL, assumedSampleRate: Double) throws(DatasetError) -> [StrikeWatchFile] {
        let csvFolder = folder.appendingPathComponent("csv")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: csvFolder.path)
                .filter { $0.hasSuffix(".csv") }.sorted()
        } catch {
            throw DatasetError(file: csvFolder.path, "cannot list (\(error.localizedDescription))")
        }
        var files: [StrikeWatchFile] = []
        for name in names {
            let url = csvFolder.appendingPathComponent(name)
            let lines = try TextFile.lines(url)
            guard lines.first?.trimmingCharacters(in: .whitespaces) == "x,y,z,a" else {
                throw DatasetError(file: url.path, line: 1, "expected the header 'x,y,z,a'")
            }
            var x: [Float] = [], y: [Float] = [], z: [Float] = []
            let scale = 1 / AccelerationUnit.standardGravityInMetersPerSecondSquared
            for (offset, line) in lines.dropFirst().enumerated() {
                let values = try TextFile.numbers(line, separator: ",", file: url, lineNumber: offset + 2)
                guard values.count == 4 else {
                    throw DatasetError(file: url.path, line: offset + 2, "expected 4 fields, found \(values.count)")
                }
                x.append(Float(values[0] * scale))
                y.append(Float(values[1] * scale))
                z.append(Float(values[2] * scale))
            }
            let recording: Recording
            do {
                recording = try Recording(
                    sampleRate: assumedSampleRate, acceleration: TriaxialSignal(x: x, y: y, z: z), placement: .wrist,
                    sourceUnit: .metersPerSecondSquared)
            } catch {
                throw DatasetError(file: url.path, error.description)
            }
            let stem = String(name.dropLast(4))
            files.append(StrikeWatchFile(
                name: stem, person: Int(stem.dropFirst("person".count).prefix { $0.isNumber }) ?? 0, strike: stem.hasSuffix("heelstrike") ? .heel : (stem.hasSuffix("forefootstrike") ? .toe : .unknown),
                recording: recording))
        }
        return files
    }
}
