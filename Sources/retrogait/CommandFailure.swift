import ArgumentParser
import Foundation

/// Prints `error: message` on standard error and returns the exit code for a failed run, so that
/// bad input ends in one clear line rather than a stack trace.
enum CommandFailure {
    static func report(_ error: any Error) -> ExitCode {
        let message = String(describing: error)
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode.failure
    }
}
