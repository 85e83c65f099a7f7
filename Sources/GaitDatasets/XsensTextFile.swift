import Foundation
import RetroGait

/// Reader for the Xsens MTw text exports of the Voisard et al. data set.
///
/// Layout: line 1 `Acquisition frequency: 100 Hz`, line 2 the tab-separated header
/// `PacketCounter Acc_X Acc_Y Acc_Z Gyr_X Gyr_Y Gyr_Z Mag_X Mag_Y Mag_Z`, then one tab-separated row per
/// packet. Acceleration m/s² (converted to g), angular rate rad/s (converted to deg/s).
///
/// Time base: the packet counter. Sample i of the result is at counter `firstCounter + i`, i.e. at
/// `(firstCounter + i) / rate` seconds, which is the time base of the reference events (all three
/// sensors of a trial share the counter). A dropped packet (counter jumps by more than one) is
/// **repaired by linear interpolation** between its neighbours and counted in ``repairedSamples``; a
/// gap longer than ``maximumRepairableGap`` packets is an error instead. A counter that decreases is an
/// error. The 12 staged trials have three single-packet drops and two files whose first packet is missing
/// (their recordings start at counter 1).
struct XsensTextFile {
    /// Longest run of missing packets that is interpolated (10 packets = 0.1 s at 100 Hz).
    static let maximumRepairableGap = 10

    var recording: Recording
    var repairedSamples: Int

    init(contentsOf url: URL, placement: Placement) throws(DatasetError) {
        let lines = try TextFile.lines(url)
        guard lines.count > 2 else { throw DatasetError(file: url.path, "no data rows") }
        let rate = try Self.sampleRate(lines[0], file: url)
        let header = lines[1].split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        let names = ["PacketCounter", "Acc_X", "Acc_Y", "Acc_Z", "Gyr_X", "Gyr_Y", "Gyr_Z"]
        var columns: [Int] = []
        for name in names {
            guard let index = header.firstIndex(of: name) else {
                throw DatasetError(file: url.path, line: 2, "the header has no '\(name)' column")
            }
            columns.append(index)
        }

        var channels = [[Float]](repeating: [], count: 6)
        for channel in channels.indices { channels[channel].reserveCapacity(lines.count) }
        var firstCounter: Int?
        var previousCounter = 0
        var previousRow = [Double](repeating: 0, count: 6)
        var repaired = 0
        for lineIndex in 2..<lines.count {
            let values = try TextFile.numbers(lines[lineIndex], separator: "\t", file: url, lineNumber: lineIndex + 1)
            guard values.count == header.count else {
                throw DatasetError(
                    file: url.path, line: lineIndex + 1, "expected \(header.count) fields, found \(values.count)")
            }
            let counter = Int(values[columns[0]])
            let row = [
                values[columns[1]] / AccelerationUnit.standardGravityInMetersPerSecondSquared,
                values[columns[2]] / AccelerationUnit.standardGravityInMetersPerSecondSquared,
                values[columns[3]] / AccelerationUnit.standardGravityInMetersPerSecondSquared,
                values[columns[4]] * 180 / .pi,
                values[columns[5]] * 180 / .pi,
                values[columns[6]] * 180 / .pi,
            ]
            if firstCounter == nil {
                firstCounter = counter
            } else {
                let step = counter - previousCounter
                guard step >= 1 else {
                    throw DatasetError(
                        file: url.path, line: lineIndex + 1, "PacketCounter goes from \(previousCounter) to \(counter)")
                }
                guard step - 1 <= Self.maximumRepairableGap else {
                    throw DatasetError(
                        file: url.path, line: lineIndex + 1,
                        "\(step - 1) packets missing before this row (more than \(Self.maximumRepairableGap))")
                }
                for missing in stride(from: 1, to: step, by: 1) {
                    let fraction = Double(missing) / Double(step)
                    for channel in 0..<6 {
                        let value = previousRow[channel] + (row[channel] - previousRow[channel]) * fraction
                        channels[channel].append(Float(value))
                    }
                    repaired += 1
                }
            }
            for channel in 0..<6 { channels[channel].append(Float(row[channel])) }
            previousCounter = counter
            previousRow = row
        }

        do {
            recording = try Recording(
                sampleRate: rate,
                startTime: Double(firstCounter ?? 0) / rate,
                acceleration: TriaxialSignal(x: channels[0], y: channels[1], z: channels[2]),
                angularVelocity: TriaxialSignal(x: channels[3], y: channels[4], z: channels[5]),
                placement: placement,
                sourceUnit: .metersPerSecondSquared)
        } catch {
            throw DatasetError(file: url.path, error.description)
        }
        repairedSamples = repaired
    }

    /// Parses `Acquisition frequency: 100 Hz`.
    private static func sampleRate(_ line: Substring, file: URL) throws(DatasetError) -> Double {
        let prefix = "Acquisition frequency:"
        guard line.hasPrefix(prefix) else {
            throw DatasetError(file: file.path, line: 1, "expected '\(prefix) <rate> Hz'")
        }
        let number = line.dropFirst(prefix.count).replacingOccurrences(of: "Hz", with: "")
            .trimmingCharacters(in: .whitespaces)
        guard let rate = Double(number), rate.isFinite, rate > 0 else {
            throw DatasetError(file: file.path, line: 1, "'\(number)' is not a sample rate")
        }
        return rate
    }
}
