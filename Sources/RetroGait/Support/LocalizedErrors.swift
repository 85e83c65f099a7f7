import Foundation

// Foundation's `localizedDescription` shows these sentences instead of a generic
// "The operation could not be completed", so an app can show `error.localizedDescription` as is.

extension RecordingError: LocalizedError {
    /// The same sentence as ``description``.
    public var errorDescription: String? { description }
}

extension AnalysisError: LocalizedError {
    /// The same sentence as ``description``.
    public var errorDescription: String? { description }
}

extension FileReadError: LocalizedError {
    /// The same sentence as ``description``: the file, the line when known, and what is wrong.
    public var errorDescription: String? { description }
}

extension TemporaryStorageError: LocalizedError {
    /// The same sentence as ``description``.
    public var errorDescription: String? { description }
}
