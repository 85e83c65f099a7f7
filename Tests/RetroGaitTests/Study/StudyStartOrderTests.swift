import Foundation
@testable import GaitStudy
@testable import RetroGait
import Testing

/// `retrogait batch` starts the largest files first, so a long recording never runs alone at the end
/// while the other jobs sit idle; results keep the order the files were given in.
@Suite("Batch start order")
struct StudyStartOrderTests {
    private func input(_ name: String, bytes: Int) -> StudyInput {
        StudyInput(url: URL(fileURLWithPath: "/study/\(name)"), displayPath: name, outputName: name, byteCount: bytes)
    }

    @Test("Largest first, equal sizes in the given order")
    func largestFirst() {
        let inputs = [
            input("a.csv", bytes: 10), input("b.csv", bytes: 300), input("c.csv", bytes: 10),
            input("d.csv", bytes: 5), input("e.csv", bytes: 300),
        ]
        #expect(StudyRunner.startOrder(of: inputs) == [1, 4, 0, 2, 3])
        #expect(StudyRunner.startOrder(of: []).isEmpty)
    }

    @Test("Results are reported in the given order whatever the start order")
    func resultsInGivenOrder() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("start-order-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Missing files fail fast; their failures must still come back in the given order.
        let inputs = [input("small.csv", bytes: 1), input("large.csv", bytes: 1_000), input("medium.csv", bytes: 50)]
        var started: [String] = []
        let runner = StudyRunner(outputFolder: folder, settings: StudySettings(readOptions: RecordingReadOptions(placement: .lowerBack), analyzer: .init(placement: .lowerBack)),
                                 jobs: 1)
        let results = await runner.run(inputs) { started.append($0.input.displayPath) }
        #expect(started == ["large.csv", "medium.csv", "small.csv"])
        #expect(results.failures.map(\.file) == ["small.csv", "large.csv", "medium.csv"])
    }
}
