import Foundation

/// A temporary study for the `batch` and `report` tests: copies of the bundled fixtures and broken
/// recordings in sub-folders.
struct StudyFolder {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let lowerBackRun = fixtures.appendingPathComponent("simulated-backward-run-lower-back-100hz.csv")

    /// Broken recordings with the error each must give.
    static let broken: [(name: String, content: String, error: String)] = [
        ("letter.csv", "t,ax,ay,az\n0,0,0,1\n0.01,0,O.5,1\n", "letter.csv:3: 'O.5' in column 'ay' is not a number"),
        ("empty.csv", "", "empty.csv: the file is empty"),
        ("binary.csv", "\u{0}\u{1}\u{2}\u{3}", "binary.csv:1: the file is not UTF-8 text"),
        ("backwards.csv", "t,ax,ay,az\n0,0,0,1\n0.02,0,0,1\n0.01,0,0,1\n", "backwards.csv:4: time goes from 0.02 s to 0.01 s"),
        ("header-only.txt", "t,ax,ay,az\n", "header-only.txt:2: the header is not followed by any data rows"),
    ]

    let root: URL
    var input: URL { root.appendingPathComponent("study") }
    var output: URL { root.appendingPathComponent("results") }

    /// `study/p01/run.csv`, `study/p02/run.csv` (lower-back fixture) and, with `broken`, the broken
    /// recordings in `study/p03/`.
    init(goodCopies: Int = 2, broken: Bool = true) throws {
        root = try CommandLineRunner.temporaryFolder()
        for index in 1...goodCopies {
            let folder = input.appendingPathComponent(String(format: "p%02d", index))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.lowerBackRun, to: folder.appendingPathComponent("run.csv"))
        }
        if broken {
            let folder = input.appendingPathComponent("p99")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in Self.broken { try Data(file.content.utf8).write(to: folder.appendingPathComponent(file.name)) }
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func text(_ relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Every file below the output folder, relative paths, sorted (hidden ones included).
    func outputFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    func modificationDate(_ relativePath: String) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(relativePath).path)[.modificationDate] as! Date
    }

    /// Sets a file's modification time `seconds` from now.
    static func touch(_ url: URL, secondsFromNow seconds: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(seconds)], ofItemAtPath: url.path)
    }
}
