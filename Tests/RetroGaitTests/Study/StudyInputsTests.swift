import Foundation
@testable import GaitStudy
import Testing

/// Files, folders and patterns become a study's recordings with distinct output names.
@Suite("Study inputs")
struct StudyInputsTests {
    private func makeTree(_ paths: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("retrogait-inputs-\(UUID().uuidString)")
        for path in paths {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("t,ax,ay,az\n".utf8).write(to: url)
        }
        return root
    }

    @Test func patternsMatchWithinAndAcrossFolders() throws {
        let root = try makeTree(["a/x.csv", "a/y.txt", "a/b/z.csv", "a/b/c/w.csv", "a/.hidden/h.csv", "a/.dot.csv"])
        defer { try? FileManager.default.removeItem(at: root) }
        let base = root.path
        #expect(GlobPattern(base + "/a/*.csv").matches() == [base + "/a/x.csv"])
        #expect(GlobPattern(base + "/a/**/*.csv").matches() == ["/a/b/c/w.csv", "/a/b/z.csv", "/a/x.csv"].map { base + $0 })
        #expect(GlobPattern(base + "/a/?/*.csv").matches() == [base + "/a/b/z.csv"])
        #expect(GlobPattern(base + "/a/[xy].*").matches() == [base + "/a/x.csv", base + "/a/y.txt"])
        #expect(GlobPattern(base + "/a/*.json").matches().isEmpty)
        #expect(GlobPattern("data/*.csv").root == "data")
        #expect(GlobPattern("*.csv").root == ".")
        #expect(GlobPattern("/x/y/**/*.csv").components == ["**", "*.csv"])
    }

    @Test func foldersAreSearchedForRecordingsOnlyAndOutputsMirrorThem() throws {
        let root = try makeTree(["s/p1/run.csv", "s/p2/run.CSV", "s/p2/notes.md", "s/.git/x.csv", "s/out/old.csv", "t/solo.tsv"])
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = try StudyInputs.expand(
            [root.appendingPathComponent("s").path, root.appendingPathComponent("t/solo.tsv").path,
             root.appendingPathComponent("s/p1/run.csv").path],
            excluding: root.appendingPathComponent("s/out"))
        #expect(inputs.map(\.outputName) == ["s/p1/run", "s/p2/run", "t/solo"], "one entry per file, named below the shared folder")
        #expect(inputs.allSatisfy { $0.byteCount == 11 })
    }

    @Test func namesThatWouldCollideKeepTheirExtensions() {
        let names = StudyInputs.outputNames(["/s/run.csv", "/s/run.txt", "/s/walk.csv"], below: "/s")
        #expect(names == ["run.csv", "run.txt", "walk"])
        #expect(StudyInputs.commonFolder(["/a/b/c", "/a/b/d", "/a/bx"]) == "/a")
        #expect(StudyInputs.commonFolder(["/a/b"]) == "/a/b")
    }

    @Test func missingInputsAreClearErrors() throws {
        #expect(throws: StudyInputError.noInputs) { try StudyInputs.expand([]) }
        #expect(throws: StudyInputError.notFound("/nonexistent/file.csv")) { try StudyInputs.expand(["/nonexistent/file.csv"]) }
        let root = try makeTree(["empty/readme.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("empty").path
        #expect(throws: StudyInputError.emptyFolder(folder)) { try StudyInputs.expand([folder]) }
        #expect(StudyInputError.emptyFolder(folder).description.contains("*.csv"))
    }
}
