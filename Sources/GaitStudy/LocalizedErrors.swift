import Foundation

// Foundation's `localizedDescription` shows these sentences instead of a generic
// "The operation could not be completed", as for RetroGait's own errors.

extension StudyInputError: LocalizedError {
    /// The same sentence as ``description``.
    public var errorDescription: String? { description }
}

extension OutputWriteError: LocalizedError {
    /// The same sentence as ``description``: the file and why it could not be written.
    public var errorDescription: String? { description }
}
