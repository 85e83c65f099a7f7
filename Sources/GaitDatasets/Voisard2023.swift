import Foundation
public import RetroGait

/// The three sensors of a Voisard et al. trial.
public enum VoisardSensor: String, Sendable, CaseIterable, Hashable {
    /// Left foot (`_lf.txt`).
    case leftFoot = "lf"
    /// Right foot (`_rf.txt`).
    case rightFoot = "rf"
    /// Lower back, L5 (`_lb.txt`).
    case lowerBack = "lb"

    /// Where the sensor was worn.
    public var placement: Placement { self == .lowerBack ? .lowerBack : .foot }
    /// Which foot the sensor was on (`unknown` for the lower back).
    public var side: Side {
        switch self {
        case .leftFoot: .left
        case .rightFoot: .right
        case .lowerBack: .unknown
        }
    }
}

/// One overground walking trial: three sensors and the curated footstep events.
public struct VoisardTrial: Sendable {
    /// `S-T` (subject-trial), e.g. `1-4`.
    public var name: String
    /// The recordings, 100 Hz, acceleration in g, angular rate in deg/s, time = PacketCounter / 100 s.
    public var recordings: [VoisardSensor: Recording]
    /// Samples filled in by interpolation over dropped packets, per sensor.
    public var repairedSamples: [VoisardSensor: Int]
    /// Footsteps of each foot as [toe-off, heel-strike] in samples on the PacketCounter time base.
    public var footsteps: [Side: [(toeOff: Int, heelStrike: Int)]]
    /// `TrialBoundaries` [start, end] in samples.
    public var trialBoundaries: ClosedRange<Int>
    /// `UTurnBoundaries` [start, end] in samples: the 180° turn between the two straight walks, when given.
    public var uTurnBoundaries: ClosedRange<Int>?
    /// Samples per second of the reference (100).
    public var sampleRate: Double

    /// Ground truth of both feet: a toe-off (start of the swing interval) and an initial contact (its
    /// end) per footstep, side known, direction forward, strike unknown.
    public var truthEvents: [GaitEvent] {
        var events: [GaitEvent] = []
        for side in [Side.left, .right] {
            for step in footsteps[side] ?? [] {
                events.append(GaitEvent(
                    kind: .toeOff, time: Double(step.toeOff) / sampleRate, sampleIndex: step.toeOff, side: side,
                    direction: .forward))
                events.append(GaitEvent(
                    kind: .initialContact, time: Double(step.heelStrike) / sampleRate, sampleIndex: step.heelStrike,
                    side: side, direction: .forward))
            }
        }
        return events.sorted { ($0.time, $0.kind.rawValue) < ($1.time, $1.kind.rawValue) }
    }

    /// `TrialBoundaries` in seconds: the stretch with reference events.
    public var scoringWindow: ClosedRange<Double> {
        Double(trialBoundaries.lowerBound) / sampleRate...Double(trialBoundaries.upperBound) / sampleRate
    }

    /// Number of footsteps (both feet).
    public var footstepCount: Int { footsteps.values.reduce(0) { $0 + $1.count } }
}

/// Loader for `voisard2023-walking-feet-lowback` (AGPL-3.0; read in place, never copied): 12 trials,
/// 410 footsteps.
public enum Voisard2023 {
    /// The folder's name under the shared data folder.
    public static let folderName = "voisard2023-walking-feet-lowback"

    /// Reads every trial (`GaitData/*.json` with its three sensor files), sorted by name.
    public static func load(from folder: URL) throws(DatasetError) -> [VoisardTrial] {
        let dataFolder = folder.appendingPathComponent("GaitData")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dataFolder.path)
                .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        } catch {
            throw DatasetError(file: dataFolder.path, "cannot list (\(error.localizedDescription))")
        }
        var trials: [VoisardTrial] = []
        for name in names {
            trials.append(try loadTrial(name, in: dataFolder))
        }
        return trials
    }

    private struct Metadata: Decodable {
        var trialBoundaries: [Int]
        var uTurnBoundaries: [Int]?
        var leftFootEvents: [[Int]]
        var rightFootEvents: [[Int]]

        enum CodingKeys: String, CodingKey {
            case trialBoundaries = "TrialBoundaries"
            case uTurnBoundaries = "UTurnBoundaries"
            case leftFootEvents = "LeftFootEvents"
            case rightFootEvents = "RightFootEvents"
        }
    }

    static func loadTrial(_ name: String, in folder: URL) throws(DatasetError) -> VoisardTrial {
        let metadataFile = folder.appendingPathComponent("\(name).json")
        let metadata: Metadata
        do {
            // Some files hold Python's bare `NaN` (e.g. an unknown height), which is not JSON; the fields
            // read here are never NaN, so the token is read as null.
            let text = String(decoding: try Data(contentsOf: metadataFile), as: UTF8.self)
                .replacingOccurrences(of: ": NaN", with: ": null")
            metadata = try JSONDecoder().decode(Metadata.self, from: Data(text.utf8))
        } catch {
            throw DatasetError(file: metadataFile.path, "cannot read the reference (\(error))")
        }
        guard metadata.trialBoundaries.count == 2, metadata.trialBoundaries[0] <= metadata.trialBoundaries[1] else {
            throw DatasetError(file: metadataFile.path, "TrialBoundaries is not [start, end]")
        }
        var uTurn: ClosedRange<Int>?
        if let turn = metadata.uTurnBoundaries {
            guard turn.count == 2, turn[0] <= turn[1] else {
                throw DatasetError(file: metadataFile.path, "UTurnBoundaries is not [start, end]")
            }
            uTurn = turn[0]...turn[1]
        }
        func steps(_ intervals: [[Int]], _ key: String) throws(DatasetError) -> [(toeOff: Int, heelStrike: Int)] {
            var result: [(toeOff: Int, heelStrike: Int)] = []
            for interval in intervals {
                guard interval.count == 2, interval[0] < interval[1] else {
                    throw DatasetError(file: metadataFile.path, "\(key) holds \(interval), not [toe-off, heel-strike]")
                }
                result.append((interval[0], interval[1]))
            }
            return result
        }

        var recordings: [VoisardSensor: Recording] = [:]
        var repaired: [VoisardSensor: Int] = [:]
        for sensor in VoisardSensor.allCases {
            let file = try XsensTextFile(
                contentsOf: folder.appendingPathComponent("\(name)_\(sensor.rawValue).txt"), placement: sensor.placement)
            recordings[sensor] = file.recording
            repaired[sensor] = file.repairedSamples
        }
        return VoisardTrial(
            name: name,
            recordings: recordings,
            repairedSamples: repaired,
            footsteps: [
                .left: try steps(metadata.leftFootEvents, "LeftFootEvents"),
                .right: try steps(metadata.rightFootEvents, "RightFootEvents"),
            ],
            trialBoundaries: metadata.trialBoundaries[0]...metadata.trialBoundaries[1],
            uTurnBoundaries: uTurn,
            sampleRate: recordings[.lowerBack]?.sampleRate ?? 100)
    }
}
