// Simulated recordings for the benchmarks, made once and kept on disk: a day of simulated running takes
// minutes to synthesise, far longer than analysing it.
import Foundation
import GaitSimulator
import RetroGait

/// Simulated 100 Hz recordings, cached as raw little-endian `Float` channels in
/// `$RETROGAIT_BENCHMARK_CACHE` (default: the temporary directory's `retrogait-benchmark-recordings`).
///
/// A cache file is named by placement, script, rate, seed and a fingerprint of the simulator's output
/// (the first 10 s of the same session simulated afresh), so a change to the simulator makes a new file
/// instead of reusing a stale one.
public enum SimulatedRecordingCache {
    /// The recording of `script` (the `retrogait simulate` session syntax) on `placement`.
    ///
    /// A script may join parts with ` + `: each part is simulated on its own (part k with seed `seed + k`)
    /// and the recordings are put end to end. A part that starts with `lying ` is simulated with the body
    /// segment turned 90° in pitch (a sensor on the trunk lying on its back: gravity along its forward axis).
    public static func recording(_ script: String, placement: Placement, sampleRate: Double = 100, seed: UInt64 = 11) -> Recording {
        let parts = script.components(separatedBy: " + ")
        guard parts.count > 1 else { return part(script, placement: placement, sampleRate: sampleRate, seed: seed) }
        let recordings = parts.enumerated().map { index, text in
            part(text, placement: placement, sampleRate: sampleRate, seed: seed + UInt64(index))
        }
        func joined(_ channel: (Recording) -> [Float]) -> [Float] { recordings.flatMap(channel) }
        let acceleration = TriaxialSignal(
            x: joined { $0.acceleration.x }, y: joined { $0.acceleration.y }, z: joined { $0.acceleration.z })
        do {
            return try Recording(sampleRate: sampleRate, acceleration: acceleration, placement: placement)
        } catch {
            fatalError("benchmark script \(script) gave no recording: \(error)")
        }
    }

    /// One part of a script: a session, or `lying ` and a session.
    private static func part(_ text: String, placement: Placement, sampleRate: Double, seed: UInt64) -> Recording {
        let lying = text.hasPrefix("lying ")
        let script = lying ? String(text.dropFirst("lying ".count)) : text
        let session: SessionScript
        do { session = try SessionScript(parsing: script) } catch { fatalError("bad benchmark script \(script): \(error)") }
        let options = SimulationOptions(
            placement: placement, sampleRate: sampleRate, seed: seed,
            mounting: lying ? .euler(rollDegrees: 0, pitchDegrees: 90, yawDegrees: 0) : .identity)
        let probe = GaitSimulator.simulate(prefix(of: session, seconds: 10), options: options).recording
        let file = folder.appendingPathComponent(
            "\(placement.rawValue)-\(lying ? "lying-" : "")\(sanitized(script))-\(Int(sampleRate))hz-seed\(seed)-\(fingerprint(probe)).f32")
        if let cached = read(file, sampleRate: sampleRate, placement: placement) { return cached }
        let recording = GaitSimulator.simulate(session, options: options).recording
        write(recording, to: file)
        return recording
    }

    private static var folder: URL {
        let environment = ProcessInfo.processInfo.environment["RETROGAIT_BENCHMARK_CACHE"]
        return environment.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-benchmark-recordings")
    }

    private static func prefix(of session: SessionScript, seconds: Double) -> SessionScript {
        var remaining = seconds
        var bouts: [BoutScript] = []
        for var bout in session.bouts where remaining > 0 {
            bout.duration = min(bout.duration, remaining)
            remaining -= bout.duration
            bouts.append(bout)
        }
        return SessionScript(bouts)
    }

    private static func sanitized(_ script: String) -> String {
        String(script.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    }

    /// FNV-1a over the bit patterns of every channel.
    private static func fingerprint(_ recording: Recording) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for channel in channels(of: recording) {
            for value in channel {
                hash = (hash ^ UInt64(value.bitPattern)) &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }

    private static func channels(of recording: Recording) -> [[Float]] {
        var channels = [recording.acceleration.x, recording.acceleration.y, recording.acceleration.z]
        if let gyro = recording.angularVelocity { channels += [gyro.x, gyro.y, gyro.z] }
        return channels
    }

    private static func write(_ recording: Recording, to file: URL) {
        let all = channels(of: recording)
        var data = Data()
        withUnsafeBytes(of: UInt32(all.count).littleEndian) { data.append(contentsOf: $0) }
        for channel in all {
            channel.withUnsafeBufferPointer { data.append(UnsafeBufferPointer(start: $0.baseAddress, count: $0.count)) }
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }

    private static func read(_ file: URL, sampleRate: Double, placement: Placement) -> Recording? {
        guard let data = try? Data(contentsOf: file), data.count > 4 else { return nil }
        let channelCount = Int(data.prefix(4).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }.littleEndian)
        let floats = (data.count - 4) / MemoryLayout<Float>.size
        guard channelCount == 3 || channelCount == 6, floats % channelCount == 0 else { return nil }
        let count = floats / channelCount
        let values: [Float] = data.dropFirst(4).withUnsafeBytes { raw in
            (0..<floats).map { raw.loadUnaligned(fromByteOffset: $0 * 4, as: Float.self) }
        }
        func channel(_ index: Int) -> [Float] { Array(values[(index * count)..<((index + 1) * count)]) }
        let acceleration = TriaxialSignal(x: channel(0), y: channel(1), z: channel(2))
        let gyro = channelCount == 6 ? TriaxialSignal(x: channel(3), y: channel(4), z: channel(5)) : nil
        return try? Recording(sampleRate: sampleRate, acceleration: acceleration, angularVelocity: gyro, placement: placement)
    }
}
