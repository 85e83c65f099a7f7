#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values an analysis moved to a temporary file (to keep its memory bounded on long recordings) could
/// not be read back: a system I/O failure, not a problem with the recording.
///
/// ``GaitAnalyzer/analyze(_:keepingDetails:onUpdate:)`` throws it instead of giving a summary built
/// from values it could not read.
public struct TemporaryStorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The first value that could not be read, counted from the start of the stored list.
    public var firstIndex: Int
    /// How many values were asked for in that read.
    public var count: Int
    /// The system's error number of the failed read (`errno`), or 0 when the file simply ended early.
    public var systemErrorNumber: Int32

    /// Creates the error of a failed read of `count` values from `firstIndex`.
    public init(firstIndex: Int, count: Int, systemErrorNumber: Int32) {
        self.firstIndex = firstIndex
        self.count = count
        self.systemErrorNumber = systemErrorNumber
    }

    /// One sentence: which values, and why when the system said.
    public var description: String {
        let values = "values \(firstIndex)..<\(firstIndex + count)"
        let cause = systemErrorNumber == 0
            ? "the temporary file ended early"
            : String(cString: strerror(systemErrorNumber))
        return "could not read back \(values) of the analysis from its temporary file: \(cause)"
    }
}
