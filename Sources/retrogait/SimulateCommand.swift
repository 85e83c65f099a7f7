import ArgumentParser
import Foundation
import GaitSimulator
import GaitStudy
import RetroGait

/// `retrogait simulate`: writes a synthetic recording with its ground-truth events and bouts.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write a simulated accelerometer recording with exact ground-truth gait events.",
        discussion: """
            Simulates one bout (--activity/--direction/--strike/--duration) or a session script (--session). \
            Session syntax: comma-separated kind[@strike]:duration elements, kind one of fw-run, bw-run, \
            fw-walk, bw-walk, stand; duration in seconds or with an m suffix for minutes; N*( ... ) repeats a group.

            Examples:
              retrogait simulate --placement foot --rate 100 --seed 7 --gyro \\
                --activity run --direction backward --duration 40 \\
                --out rec.csv --truth-events events.csv --truth-bouts bouts.csv
              retrogait simulate --placement lower-back \\
                --session "fw-run:2m,4*(bw-run:30,stand:60),fw-run:2m" \\
                --out session.csv --truth-events events.csv
            """)

    @Option(help: "Where the sensor is worn: foot, shank, lower-back or wrist.")
    var placement: String = "lower-back"

    @Option(help: "Sample rate in Hz (25…1000 recommended).")
    var rate: Double = 100

    @Option(help: "Random seed; the same seed and options give the same files.")
    var seed: UInt64 = 1

    @Option(help: "Where to write the recording (canonical CSV: t,ax,ay,az[,gx,gy,gz]).")
    var out: String

    @Option(name: .customLong("truth-events"), help: "Where to write the ground-truth event table.")
    var truthEvents: String?

    @Option(name: .customLong("truth-bouts"), help: "Where to write the ground-truth bout table.")
    var truthBouts: String?

    @Flag(help: "Also record angular velocity (deg/s).")
    var gyro = false

    @Option(help: "Session script, e.g. \"fw-run:120,bw-run:30,stand:60,bw-walk:30\". Excludes --activity.")
    var session: String?

    @Option(help: "Single bout activity: run, walk or stand.")
    var activity: String?

    @Option(help: "Single bout direction: forward or backward.")
    var direction: String = "forward"

    @Option(help: "Foot strike: heel, mid or toe (default: toe backward, heel forward).")
    var strike: String?

    @Option(help: "Single bout duration in seconds.")
    var duration: Double = 60

    @Option(help: "Single bout speed in m/s (default depends on activity and direction).")
    var speed: Double?

    @Option(help: "Single bout cadence in steps per minute (default derived from speed).")
    var cadence: Double?

    @Option(help: "Accelerometer white noise, g RMS.")
    var noise: Double = 0.01

    @Option(help: "Largest accelerometer bias per axis, g.")
    var bias: Double = 0.01

    @Option(help: "Full-scale range in g (2, 4, 8 or 16) or 'none'.")
    var range: String = "16"

    @Option(help: "Mounting rotation: none, random, tilt:DEGREES (random axis, up to DEGREES) or ROLL,PITCH,YAW in degrees.")
    var rotation: String = "none"

    @Option(help: "Number of gaps (missing stretches of samples).")
    var gaps: Int = 0

    @Option(name: .customLong("gap-duration"), help: "Length of each gap in seconds.")
    var gapDuration: Double = 0.5

    @Option(help: "Timestamp jitter, standard deviation in seconds.")
    var jitter: Double = 0

    @Option(help: "Step-time coefficient of variation (0.03 = 3 %).")
    var variability: Double = 0.03

    @Option(help: "Left/right asymmetry fraction (0.02 = 2 %).")
    var asymmetry: Double = 0.02

    func validate() throws {
        guard Placement(rawValue: placement) != nil else {
            throw ValidationError("--placement must be foot, shank, lower-back or wrist, got '\(placement)'")
        }
        guard rate.isFinite, (25...1000).contains(rate) else {
            throw ValidationError("--rate must be between 25 and 1000 Hz, got \(rate)")
        }
        if session != nil, activity != nil {
            throw ValidationError("give either --session or --activity, not both")
        }
        if session == nil {
            guard duration.isFinite, duration > 0, duration <= 86_400 else {
                throw ValidationError("--duration must be a positive number of seconds up to 86400, got \(duration)")
            }
        }
        for (name, value) in [("--noise", noise), ("--bias", bias), ("--jitter", jitter), ("--variability", variability)] {
            guard value.isFinite, value >= 0 else { throw ValidationError("\(name) must be zero or positive, got \(value)") }
        }
        guard asymmetry.isFinite, abs(asymmetry) <= 0.5 else {
            throw ValidationError("--asymmetry must be between -0.5 and 0.5, got \(asymmetry)")
        }
        guard gaps >= 0, gaps <= 1000 else { throw ValidationError("--gaps must be between 0 and 1000, got \(gaps)") }
        guard gapDuration.isFinite, gapDuration > 0 else {
            throw ValidationError("--gap-duration must be positive, got \(gapDuration)")
        }
        if let speed, !(speed.isFinite && speed > 0 && speed < 12) {
            throw ValidationError("--speed must be between 0 and 12 m/s, got \(speed)")
        }
        if let cadence, !(cadence.isFinite && cadence >= 40 && cadence <= 300) {
            throw ValidationError("--cadence must be between 40 and 300 steps/min, got \(cadence)")
        }
        _ = try parsedRange()
        _ = try parsedRotation()
        _ = try script()
    }

    func run() throws {
        let options = SimulationOptions(
            placement: Placement(rawValue: placement) ?? .lowerBack, sampleRate: rate, seed: seed,
            includeGyroscope: gyro, noise: noise, bias: bias, mounting: try parsedRotation(),
            range: try parsedRange(), stepVariability: variability, asymmetry: asymmetry,
            gaps: GapOptions(count: gaps, duration: gapDuration), jitter: jitter)
        let simulated = GaitSimulator.simulate(try script(), options: options)
        try write(simulated.canonicalCSV(), to: out)
        if let truthEvents { try write(simulated.eventsCSV(), to: truthEvents) }
        if let truthBouts { try write(simulated.boutsCSV(), to: truthBouts) }
        let contacts = simulated.events.filter { $0.kind == .initialContact }.count
        print("wrote \(simulated.recording.count) samples (\(String(format: "%.1f", simulated.bouts.last?.endTime ?? 0)) s), "
            + "\(contacts) contacts, \(simulated.bouts.count) bouts")
    }

    private func script() throws -> SessionScript {
        if let session {
            do {
                return try SessionScript(parsing: session)
            } catch {
                throw ValidationError("--session: \(error.description)")
            }
        }
        let kind: Activity
        switch activity ?? "run" {
        case "run", "running": kind = .running
        case "walk", "walking": kind = .walking
        case "stand", "standing": kind = .standing
        case let other: throw ValidationError("--activity must be run, walk or stand, got '\(other)'")
        }
        guard let travel = Direction(rawValue: direction), travel != .unknown else {
            throw ValidationError("--direction must be forward or backward, got '\(direction)'")
        }
        var footStrike: FootStrike?
        if let strike {
            guard let value = FootStrike(rawValue: strike), value != .unknown else {
                throw ValidationError("--strike must be heel, mid or toe, got '\(strike)'")
            }
            footStrike = value
        }
        return SessionScript([BoutScript(
            kind, direction: travel, duration: duration, strike: footStrike, speed: speed, cadence: cadence)])
    }

    private func parsedRange() throws -> Double? {
        if range == "none" { return nil }
        guard let value = Double(range), value.isFinite, value > 0 else {
            throw ValidationError("--range must be a positive number of g (2, 4, 8, 16) or 'none', got '\(range)'")
        }
        return value
    }

    private func parsedRotation() throws -> MountingRotation {
        switch rotation {
        case "none", "identity": return .identity
        case "random": return .random
        default: break
        }
        if rotation.hasPrefix("tilt:") {
            guard let degrees = Double(rotation.dropFirst(5)), degrees.isFinite, (0...180).contains(degrees) else {
                throw ValidationError("--rotation tilt:DEGREES needs 0…180 degrees, got '\(rotation)'")
            }
            return .randomTilt(maxDegrees: degrees)
        }
        let angles = rotation.split(separator: ",").map { Double($0) }
        guard angles.count == 3, let roll = angles[0], let pitch = angles[1], let yaw = angles[2],
              roll.isFinite, pitch.isFinite, yaw.isFinite else {
            throw ValidationError("--rotation must be none, random, tilt:DEGREES or ROLL,PITCH,YAW, got '\(rotation)'")
        }
        return .euler(rollDegrees: roll, pitchDegrees: pitch, yawDegrees: yaw)
    }

    /// Writes whole files atomically; standard output or a pipe is written straight into.
    private func write(_ text: String, to path: String) throws {
        do {
            try AtomicFileWriter().write(text, to: URL(fileURLWithPath: path))
        } catch {
            throw ValidationError(String(describing: error))
        }
    }
}
