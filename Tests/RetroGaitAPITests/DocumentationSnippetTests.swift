import Foundation
import Testing

/// The Getting Started code shown in the README and in the DocC article is the code that
/// `Examples/StepsTable` compiles and `make test` runs, character for character.
@Suite("Documentation snippets")
struct DocumentationSnippetTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func text(_ path: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    }

    private func compiledSnippet() throws -> String {
        let source = try text("Examples/StepsTable/Sources/GettingStarted/main.swift")
        let begin = try #require(source.range(of: "// snippet:begin\n"))
        let end = try #require(source.range(of: "// snippet:end", range: begin.upperBound..<source.endIndex))
        return String(source[begin.upperBound..<end.lowerBound])
    }

    @Test(arguments: ["README.md", "Sources/RetroGait/RetroGait.docc/GettingStarted.md"])
    func documentShowsTheCompiledSnippet(path: String) throws {
        let snippet = try compiledSnippet()
        #expect(snippet.split(separator: "\n").count < 20, "Getting Started promises under 20 lines")
        #expect(try text(path).contains("```swift\n" + snippet + "```\n"), "\(path) differs from the GettingStarted example")
    }
}
