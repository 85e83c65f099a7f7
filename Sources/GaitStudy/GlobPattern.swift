#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A shell-style path pattern: `*`, `?` and `[…]` within one path component, `**` for any number of
/// folders. `data/**/*.csv` matches every CSV file below `data`. Hidden files and folders (names
/// starting with `.`) are matched only by a component that starts with `.` itself.
struct GlobPattern: Equatable {
    /// The folder the pattern starts in (the components before the first wildcard), as written.
    let root: String
    /// The components from the first wildcard on.
    let components: [String]

    /// Whether `text` has a wildcard and should be treated as a pattern.
    static func isPattern(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    init(_ pattern: String) {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let firstWild = parts.firstIndex(where: Self.isPattern) ?? parts.count
        let prefix = parts[..<firstWild].joined(separator: "/")
        if pattern.hasPrefix("/") {
            root = "/" + prefix
        } else {
            root = prefix.isEmpty ? "." : prefix
        }
        components = Array(parts[firstWild...])
    }

    /// The regular files that match, sorted, as paths starting with ``root``.
    func matches() -> [String] {
        var found: [String] = []
        collect(in: root, components[...], into: &found)
        return Array(Set(found)).sorted()
    }

    private func collect(in folder: String, _ remaining: ArraySlice<String>, into found: inout [String]) {
        guard let component = remaining.first else { return }
        let rest = remaining.dropFirst()
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        if component == "**" {
            collect(in: folder, rest, into: &found)
            for name in entries where !name.hasPrefix(".") {
                let path = Self.join(folder, name)
                if Self.isFolder(path) { collect(in: path, remaining, into: &found) }
            }
            return
        }
        for name in entries where fnmatch(component, name, FNM_PERIOD) == 0 {
            let path = Self.join(folder, name)
            if rest.isEmpty {
                if Self.isRegularFile(path) { found.append(path) }
            } else if Self.isFolder(path) {
                collect(in: path, rest, into: &found)
            }
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
