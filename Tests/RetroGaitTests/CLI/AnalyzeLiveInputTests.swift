import Foundation
import Testing
@testable import RetroGait
#if canImport(Glibc)
import Glibc
#endif

/// `retrogait analyze -`: a simulated session piped in slowly comes out as NDJSON event lines while it
/// is still being written; broken input ends in a clear error.
@Suite("CLI: analyze - (live standard input)")
struct AnalyzeLiveInputTests {
    /// Waits up to `seconds` for bytes on `handle`; what arrived, or empty.
    static func read(_ handle: FileHandle, waitingUpTo seconds: Int32) -> Data {
        var descriptor = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, seconds * 1000) > 0 else { return Data() }
        return handle.availableData
    }

    @Test func eventsComeOutWhileTheSessionIsStillBeingPiped() throws {
        let recording = try StreamRun.simulate("stand:3, fw-run:20, stand:4, bw-run:15, stand:3", placement: .lowerBack, rate: 100)
        let lines = CanonicalCSVWriter.csv(recording).split(separator: "\n", omittingEmptySubsequences: false)
        let process = Process()
        process.executableURL = CommandLineRunner.executable
        process.arguments = ["analyze", "-", "--placement", "lower-back"]
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // The header and the first 15 s (standing, then running), in pieces of 0.5 s of rows.
        let firstPart = 1 + 1500
        for start in stride(from: 0, to: firstPart, by: 50) {
            input.fileHandleForWriting.write(Data((lines[start..<min(firstPart, start + 50)].joined(separator: "\n") + "\n").utf8))
            usleep(5_000)
        }
        // Events of the first seconds of running arrive before the rest of the session is written.
        var printed = Self.read(output.fileHandleForReading, waitingUpTo: 60)
        #expect(!printed.isEmpty, "no event was printed while the input was still open")
        for start in stride(from: firstPart, to: lines.count, by: 200) {
            input.fileHandleForWriting.write(Data((lines[start..<min(lines.count, start + 200)].joined(separator: "\n")).utf8))
            if start + 200 < lines.count { input.fileHandleForWriting.write(Data("\n".utf8)) }
            usleep(2_000)
        }
        try input.fileHandleForWriting.close()
        printed += output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")

        struct Line: Decodable, Equatable {
            var time_s: Double; var event: String; var direction: String; var segment: Int; var late: Bool?; var retracted: Bool?
        }
        let decoded = try String(decoding: printed, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(Line.self, from: Data($0.utf8))
        }
        // A retracted line withdraws a line printed before it (the same but for "retracted").
        var held: [Line] = []
        for line in decoded {
            guard line.retracted == true else { held.append(line); continue }
            var withdrawn = line
            withdrawn.retracted = nil
            let index = held.firstIndex { $0.time_s == withdrawn.time_s && $0.event == withdrawn.event }
            #expect(index != nil, "retraction of a line never printed: \(line)")
            if let index { held.remove(at: index) }
        }
        let contacts = held.filter { $0.event == GaitEventKind.initialContact.rawValue }
        let batch = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording).initialContacts
        #expect(abs(contacts.count - batch.count) <= max(2, batch.count / 20), "\(contacts.count) vs \(batch.count)")
        // The timely contacts held come in time order (a withdrawn line may be followed by an earlier one
        // that replaces it).
        let timely = held.filter { $0.event == GaitEventKind.initialContact.rawValue && $0.late == nil }
        #expect(timely.count >= batch.count * 9 / 10)
        #expect(timely.map(\.time_s) == timely.map(\.time_s).sorted())
        #expect(decoded.allSatisfy { $0.segment == 0 })
    }

    /// `--follow` reads a named pipe as it arrives, like standard input: events come out while the
    /// writer is still writing (a file reader waiting for full blocks printed nothing until the end).
    @Test func followReadsANamedPipeAsItArrives() throws {
        let recording = try StreamRun.simulate("stand:3, fw-run:20, stand:3", placement: .lowerBack, rate: 100)
        let lines = CanonicalCSVWriter.csv(recording).split(separator: "\n", omittingEmptySubsequences: false)
        let folder = try CommandLineRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("live.csv")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let process = Process()
        process.executableURL = CommandLineRunner.executable
        process.arguments = ["analyze", fifo.path, "--follow", "--placement", "lower-back"]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let writer = try #require(FileHandle(forWritingAtPath: fifo.path))
        // The header and the first 12 s (standing, then running): events must come out before the rest.
        let firstPart = 1 + 1200
        writer.write(Data((lines[0..<firstPart].joined(separator: "\n") + "\n").utf8))
        let printed = Self.read(output.fileHandleForReading, waitingUpTo: 60)
        #expect(!printed.isEmpty, "no event was printed while the pipe was still open")
        writer.write(Data(lines[firstPart...].joined(separator: "\n").utf8))
        try writer.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        // Contacts held: those printed minus those withdrawn (a withdrawal repeats the line with "retracted").
        let contacts = String(decoding: printed + rest, as: UTF8.self).split(separator: "\n").filter { $0.contains("\"event\":\"IC\"") }
        let withdrawn = contacts.count { $0.contains("\"retracted\":true") }
        let held = contacts.count - 2 * withdrawn
        let batch = try GaitAnalyzer(configuration: .init(placement: .lowerBack)).analyze(recording).initialContacts
        #expect(abs(held - batch.count) <= max(2, batch.count / 20), "\(held) vs \(batch.count)")
    }

    @Test(arguments: [
        ("t,ax,ay,az\n0,0,0,1\n0.01,0,0\n", "<stdin>:3: expected 4 fields"),
        ("t,ax,ay,az\n", "no"),
        ("hello\n", "error"),
    ])
    func brokenInputGivesAClearError(input: String, mentioning: String) throws {
        let result = try CommandLineRunner.run(["analyze", "-", "--placement", "lower-back"], standardInput: Data(input.utf8))
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: "), "\(result.standardError)")
        #expect(result.standardError.contains(mentioning), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func brokenLineAfterEventsStopsWithTheLineNumber() throws {
        // 60 s at 50 Hz is more than a pipe holds: the first part is analysed before the bad line is read.
        let recording = try StreamRun.simulate("fw-run:60", placement: .lowerBack, rate: 50)
        let text = CanonicalCSVWriter.csv(recording) + "60.5,0,zero,1\n"
        let result = try CommandLineRunner.run(["analyze", "-", "--placement", "lower-back"], standardInput: Data(text.utf8))
        #expect(result.status == 1)
        #expect(result.standardError.contains("<stdin>:\(recording.count + 2): 'zero'"), "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n").count >= 10)
    }

    /// Every good row before a malformed line is analysed and its events printed — exactly what the
    /// input cut before that line prints — and then the error ends the run.
    @Test func rowsBeforeABadLineAreAnalysedBeforeTheError() throws {
        let recording = try StreamRun.simulate("stand:2, fw-run:20", placement: .lowerBack, rate: 50)
        let good = CanonicalCSVWriter.csv(recording)
        let arguments = ["analyze", "-", "--placement", "lower-back"]
        let clean = try CommandLineRunner.run(arguments, standardInput: Data(good.utf8))
        let broken = try CommandLineRunner.run(arguments, standardInput: Data((good + "22.0,0,zero,1\n22.02,0,0,1\n").utf8))
        #expect(clean.status == 0)
        #expect(broken.status == 1)
        #expect(broken.standardError.hasPrefix("error: <stdin>:\(recording.count + 2): 'zero'"), "\(broken.standardError)")
        #expect(clean.standardOutput.split(separator: "\n").count >= 40)
        #expect(broken.standardOutput == clean.standardOutput)
        // The last contacts, in the last half second of the rows, are among them.
        struct Line: Decodable { var time_s: Double }
        let times = try broken.standardOutput.split(separator: "\n").map {
            try JSONDecoder().decode(Line.self, from: Data($0.utf8)).time_s
        }
        #expect((times.max() ?? 0) > recording.duration - 1)
    }
}
