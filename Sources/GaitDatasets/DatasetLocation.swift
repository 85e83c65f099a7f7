import Foundation

/// Where the shared real-data folders live.
///
/// Resolution order: the `RETROGAIT_SHARED_DATA` environment variable (a path to the `data` folder),
/// then `../shared/data` beside the package checkout (this file's location, three levels up, then
/// `../shared/data`), then `../shared/data` relative to the working directory.
public enum DatasetLocation {
    /// The environment variable that overrides the location.
    public static let environmentVariable = "RETROGAIT_SHARED_DATA"

    /// The package directory, derived from this source file's path at compile time.
    public static var packageDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // GaitDatasets
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package
    }

    /// The shared `data` folder, or `nil` when none of the candidates is a directory.
    public static func sharedData(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        var candidates: [URL] = []
        if let override = environment[environmentVariable], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        candidates.append(packageDirectory.appendingPathComponent("../shared/data").standardizedFileURL)
        candidates.append(URL(fileURLWithPath: "../shared/data").standardizedFileURL)
        return candidates.first(where: isDirectory)
    }

    /// The folder of one data set under the shared data folder, when it exists.
    public static func folder(_ name: String) -> URL? {
        guard let root = sharedData() else { return nil }
        let folder = root.appendingPathComponent(name)
        return isDirectory(folder) ? folder : nil
    }

    static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}
