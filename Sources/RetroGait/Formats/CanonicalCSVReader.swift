import Foundation

/// Reads the canonical CSV format: a header row `t,ax,ay,az` with optional `gx,gy,gz` (any order,
/// names case-insensitive), `t` in seconds, acceleration in g or m/s², angular velocity in deg/s.
///
/// A shorthand for ``RecordingReader`` with ``RecordingFormat/canonical``: the same streaming
/// parser, the same repairs (reported as warnings) and refusals (``FileReadError`` naming the file and line).
package enum CanonicalCSVReader {
    /// Reads a recording from a file.
    package static func read(contentsOf url: URL, options: RecordingReadOptions) throws(FileReadError) -> LoadedRecording {
        try RecordingReader.read(contentsOf: url, options: canonical(options))
    }

    /// Parses CSV bytes. `file` is the name used in errors and warnings.
    package static func parse(_ data: Data, file: String, options: RecordingReadOptions) throws(FileReadError) -> LoadedRecording {
        try RecordingReader.parse(data, file: file, options: canonical(options))
    }

    private static func canonical(_ options: RecordingReadOptions) -> RecordingReadOptions {
        var options = options
        options.format = .canonical
        return options
    }
}
