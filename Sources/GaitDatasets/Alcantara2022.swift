import Foundation
public import RetroGait

/// One foot contact of the Alcantara et al. 2022 force-treadmill reference.
public struct AlcantaraContact: Sendable, Equatable {
    /// Index of the contact within its trial.
    public var index: Int
    /// First sample of the stance (normal GRF > 0.05 BW), 500 Hz.
    public var initialContactSample: Int
    /// First sample after the stance.
    public var toeOffSample: Int
    /// Whether the contact is cut by the start or end of the 5-s window.
    public var isPartial: Bool

    /// Initial-contact time in seconds from the window start.
    public var initialContactTime: Double { Double(initialContactSample) / Alcantara2022.sampleRate }
    /// Toe-off time in seconds from the window start.
    public var toeOffTime: Double { Double(toeOffSample) / Alcantara2022.sampleRate }
}

/// One 5-s treadmill running trial: sacral acceleration and force-plate contacts.
public struct AlcantaraTrial: Sendable {
    /// The 0-based row in the raw matrices (`condition_row` in the reference table).
    public var row: Int
    /// Treadmill speed, m/s.
    public var speed: Double
    /// Treadmill slope, degrees (positive uphill).
    public var slope: Double
    /// Percent of rearfoot, midfoot, forefoot strikes in the trial (shoe-sensor classification).
    public var strikePercent: (rearfoot: Double, midfoot: Double, forefoot: Double)
    /// Sacral acceleration in g: x = vertical, y = anteroposterior, z = 0; 500 Hz; lower back.
    public var recording: Recording
    /// Every contact of the reference table for this trial, partial ones included.
    public var contacts: [AlcantaraContact]
    /// The force treadmill's normal ground reaction force, body weights, at the recording's samples
    /// (both feet summed; low-passed 30 Hz by the authors).
    public var normalForce: [Float]

    /// Ground-truth events: each contact's initial contact unless the contact starts at sample 0 (the
    /// foot was already down when the window began, so there is no real initial contact), and its
    /// toe-off unless the contact runs to the window end. Side unknown (the treadmill sums both feet),
    /// direction forward, strike as in ``dominantStrike``.
    public var truthEvents: [GaitEvent] {
        let strike = dominantStrike ?? .unknown
        var events: [GaitEvent] = []
        for contact in contacts {
            if contact.initialContactSample > 0 {
                events.append(GaitEvent(
                    kind: .initialContact, time: contact.initialContactTime, sampleIndex: contact.initialContactSample,
                    strike: strike, direction: .forward))
            }
            if contact.toeOffSample < recording.count {
                events.append(GaitEvent(
                    kind: .toeOff, time: contact.toeOffTime, sampleIndex: contact.toeOffSample, direction: .forward))
            }
        }
        return events
    }

    /// The trial's strike class when all its strikes had the same class (100 %), else `nil`.
    public var dominantStrike: FootStrike? {
        if strikePercent.rearfoot >= 100 { return .heel }
        if strikePercent.midfoot >= 100 { return .mid }
        if strikePercent.forefoot >= 100 { return .toe }
        return nil
    }

    /// The recording's span shrunk by `margin` at both cut edges.
    public func scoringWindow(margin: Double) -> ClosedRange<Double> {
        let end = recording.time(ofSample: recording.count - 1)
        return margin...max(margin, end - margin)
    }
}

/// Loader for `alcantara2022-sacrum-running-grf` (Apache-2.0): 31 trials, 497 reference contacts.
public enum Alcantara2022 {
    /// The folder's name under the shared data folder.
    public static let folderName = "alcantara2022-sacrum-running-grf"
    /// Sample rate of the published matrices, Hz.
    public static let sampleRate = 500.0
    /// Samples per trial and channel.
    public static let samplesPerTrial = 2480

    /// Reads all trials from the data set folder.
    public static func load(from folder: URL) throws(DatasetError) -> [AlcantaraTrial] {
        let accelerationFile = folder.appendingPathComponent("raw/Accelerometer_one_sub.csv")
        let infoFile = folder.appendingPathComponent("raw/Sub_Info_one_sub.csv")
        let contactFile = folder.appendingPathComponent("reference_contacts_from_grf.csv")
        let forceFile = folder.appendingPathComponent("raw/GRF_one_sub.csv")

        let accelerationLines = try TextFile.lines(accelerationFile)
        let forceLines = try TextFile.lines(forceFile)
        let info = try readInfo(infoFile)
        guard info.count == accelerationLines.count, forceLines.count == accelerationLines.count else {
            throw DatasetError(
                file: infoFile.path,
                "\(info.count) rows and \(forceLines.count) force rows but \(accelerationLines.count) acceleration rows")
        }
        let contacts = try readContacts(contactFile, trials: accelerationLines.count)

        var trials: [AlcantaraTrial] = []
        for (row, line) in accelerationLines.enumerated() {
            let values = try TextFile.numbers(line, separator: ",", file: accelerationFile, lineNumber: row + 1)
            guard values.count == 2 * samplesPerTrial else {
                throw DatasetError(
                    file: accelerationFile.path, line: row + 1,
                    "expected \(2 * samplesPerTrial) values (vertical then AP), found \(values.count)")
            }
            let vertical = values[..<samplesPerTrial].map { Float($0) }
            let anteroposterior = values[samplesPerTrial...].map { Float($0) }
            let recording: Recording
            do {
                recording = try Recording(
                    sampleRate: sampleRate,
                    acceleration: TriaxialSignal(
                        x: vertical, y: anteroposterior, z: [Float](repeating: 0, count: samplesPerTrial)),
                    placement: .lowerBack)
            } catch {
                throw DatasetError(file: accelerationFile.path, line: row + 1, error.description)
            }
            let force = try TextFile.numbers(forceLines[row], separator: ",", file: forceFile, lineNumber: row + 1)
            guard force.count == samplesPerTrial else {
                throw DatasetError(
                    file: forceFile.path, line: row + 1, "expected \(samplesPerTrial) values, found \(force.count)")
            }
            let meta = info[row]
            trials.append(AlcantaraTrial(
                row: row, speed: meta.speed, slope: meta.slope,
                strikePercent: (meta.rearfoot, meta.midfoot, meta.forefoot),
                recording: recording, contacts: contacts[row], normalForce: force.map { Float($0) }))
        }
        return trials
    }

    private struct TrialInfo {
        var speed, slope, rearfoot, midfoot, forefoot: Double
    }

    /// `Sub,Condition,Sex,Age,Height,Mass,RFS,MFS,FFS,Speed,Slope,StepFreq`; row i describes trial i.
    private static func readInfo(_ file: URL) throws(DatasetError) -> [TrialInfo] {
        let lines = try TextFile.lines(file)
        let header = lines.first.map { $0.split(separator: ",").map(String.init) } ?? []
        func column(_ name: String) throws(DatasetError) -> Int {
            guard let index = header.firstIndex(of: name) else {
                throw DatasetError(file: file.path, line: 1, "no '\(name)' column")
            }
            return index
        }
        let (rfs, mfs, ffs) = (try column("RFS"), try column("MFS"), try column("FFS"))
        let (speed, slope) = (try column("Speed"), try column("Slope"))
        var rows: [TrialInfo] = []
        for (offset, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            func number(_ index: Int) throws(DatasetError) -> Double {
                guard index < fields.count, let value = Double(fields[index]) else {
                    throw DatasetError(file: file.path, line: offset + 2, "column \(header[index]) is not a number")
                }
                return value
            }
            rows.append(TrialInfo(
                speed: try number(speed), slope: try number(slope),
                rearfoot: try number(rfs), midfoot: try number(mfs), forefoot: try number(ffs)))
        }
        return rows
    }

    /// The reference table; `condition_row` is the 0-based row of the raw matrices (the deriving script
    /// enumerates rows from 0, and the values run 0…30).
    private static func readContacts(_ file: URL, trials: Int) throws(DatasetError) -> [[AlcantaraContact]] {
        let lines = try TextFile.lines(file)
        let expected = "condition_row,speed_mps,slope_deg,contact_index,ic_sample,tc_sample,ic_time_s,tc_time_s,contact_time_s,peak_grf_bw,partial"
        guard lines.first.map(String.init) == expected else {
            throw DatasetError(file: file.path, line: 1, "expected the header '\(expected)'")
        }
        var contacts = [[AlcantaraContact]](repeating: [], count: trials)
        for (offset, line) in lines.dropFirst().enumerated() {
            let lineNumber = offset + 2
            let values = try TextFile.numbers(line, separator: ",", file: file, lineNumber: lineNumber)
            guard values.count == 11 else {
                throw DatasetError(file: file.path, line: lineNumber, "expected 11 fields, found \(values.count)")
            }
            let row = Int(values[0])
            guard (0..<trials).contains(row) else {
                throw DatasetError(file: file.path, line: lineNumber, "condition_row \(row) is not in 0..<\(trials)")
            }
            let contact = AlcantaraContact(
                index: Int(values[3]), initialContactSample: Int(values[4]), toeOffSample: Int(values[5]),
                isPartial: values[10] != 0)
            guard contact.initialContactSample < contact.toeOffSample,
                  contact.toeOffSample <= samplesPerTrial else {
                throw DatasetError(file: file.path, line: lineNumber, "contact samples out of order or range")
            }
            contacts[row].append(contact)
        }
        return contacts
    }
}
