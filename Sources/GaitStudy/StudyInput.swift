import Foundation

/// One recording of a study, with where its outputs go.
public struct StudyInput: Sendable, Equatable {
    /// The recording.
    public var url: URL
    /// The path as the user gave it, or as found in a folder or by a pattern; used in tables and messages.
    public var displayPath: String
    /// The outputs' path relative to the output folder, without suffix: the recording's path below the
    /// folder all inputs share, without its extension (`p01/run` for `study/p01/run.csv`).
    public var outputName: String
    /// The file's size in bytes (for progress estimates).
    public var byteCount: Int
}

/// Why the inputs of a study could not be listed.
public enum StudyInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A path that is neither a file, a folder nor a pattern.
    case notFound(String)
    /// A pattern that matches no file.
    case patternMatchesNothing(String)
    /// A folder without recordings in it.
    case emptyFolder(String)
    /// No input was given.
    case noInputs

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .patternMatchesNothing(let pattern): "\(pattern): the pattern matches no file"
        case .emptyFolder(let path):
            "\(path): the folder holds no recordings (\(StudyInputs.recordingExtensions.map { "*." + $0 }.joined(separator: ", ")))"
        case .noInputs: "no input files: give files, folders or patterns"
        }
    }
}

/// Turns the `INPUT...` arguments of `retrogait batch` into recordings.
///
/// - A file is taken whatever its name.
/// - A folder is searched recursively for `*.csv`, `*.tsv` and `*.txt` files (hidden files and folders
///   and the `excluded` folder, the output folder, are skipped).
/// - A pattern (`data/*.csv`, `'data/**/*.csv'` quoted so the shell leaves it alone) is expanded.
///
/// Files are listed in argument order, a folder's and a pattern's sorted by path; a file reached twice is
/// listed once.
public enum StudyInputs {
    /// The extensions of the files taken from a folder (compared case-insensitively).
    public static let recordingExtensions = ["csv", "tsv", "txt"]

    /// Lists the recordings named by `arguments`.
    /// - Parameters:
    ///   - arguments: files, folders and patterns, as given on the command line.
    ///   - excluded: a folder never searched (the output folder, when it is inside an input folder).
    public static func expand(_ arguments: [String], excluding excluded: URL? = nil) throws(StudyInputError) -> [StudyInput] {
        guard !arguments.isEmpty else { throw .noInputs }
        let excludedPath = excluded.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
        var found: [(display: String, absolute: String)] = []
        var roots: [String] = []
        for argument in arguments {
            if GlobPattern.isFolder(argument) {
                let files = filesInFolder(argument, excluding: excludedPath)
                guard !files.isEmpty else { throw .emptyFolder(argument) }
                roots.append(absolute(argument))
                found += files.map { ($0, absolute($0)) }
            } else if GlobPattern.isRegularFile(argument) {
                roots.append((absolute(argument) as NSString).deletingLastPathComponent)
                found.append((argument, absolute(argument)))
            } else if GlobPattern.isPattern(argument) {
                let pattern = GlobPattern(argument)
                let files = pattern.matches().filter { path in
                    excludedPath.map { !absolute(path).hasPrefix($0 + "/") } ?? true
                }
                guard !files.isEmpty else { throw .patternMatchesNothing(argument) }
                roots.append(absolute(pattern.root))
                found += files.map { ($0, absolute($0)) }
            } else {
                throw .notFound(argument)
            }
        }
        var seen = Set<String>()
        found = found.filter { seen.insert($0.absolute).inserted }
        let base = commonFolder(roots)
        let names = outputNames(found.map(\.absolute), below: base)
        return zip(found, names).map { file, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: file.absolute)[.size] as? NSNumber)?.intValue ?? 0
            return StudyInput(url: URL(fileURLWithPath: file.absolute), displayPath: file.display, outputName: name, byteCount: size)
        }
    }

    private static func filesInFolder(_ folder: String, excluding excluded: String?) -> [String] {
        var files: [String] = []
        func walk(_ path: String) {
            if let excluded, absolute(path) == excluded { return }
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            for name in entries where !name.hasPrefix(".") {
                let child = GlobPattern.join(path, name)
                if GlobPattern.isFolder(child) {
                    walk(child)
                } else if recordingExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    files.append(child)
                }
            }
        }
        walk(folder)
        return files
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The deepest folder that contains every root.
    static func commonFolder(_ roots: [String]) -> String {
        guard var common = roots.first?.split(separator: "/", omittingEmptySubsequences: true) else { return "/" }
        for root in roots.dropFirst() {
            let parts = root.split(separator: "/", omittingEmptySubsequences: true)
            var shared = 0
            while shared < min(common.count, parts.count), common[shared] == parts[shared] { shared += 1 }
            common = Array(common[..<shared])
        }
        return "/" + common.joined(separator: "/")
    }

    /// Each file's path below `base` without its extension; where two files would share a name
    /// (`run.csv`, `run.txt`), their extensions are kept (`run.csv`, `run.txt`).
    static func outputNames(_ files: [String], below base: String) -> [String] {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let relative = files.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : ($0 as NSString).lastPathComponent }
        let stems = relative.map { ($0 as NSString).deletingPathExtension }
        var counts: [String: Int] = [:]
        for stem in stems { counts[stem, default: 0] += 1 }
        return zip(relative, stems).map { counts[$1]! > 1 ? $0 : $1 }
    }
}
