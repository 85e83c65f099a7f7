import ArgumentParser
import Foundation

/// Prints `error: message` on standard error and returns the exit code for a failed run, so that
/// bad input ends in one clear line rather than a stack trace. A failure while Ctrl-C is being handled
/// (a write refused because the interrupt abandoned the temporary files) ends the run as the interrupt
/// does, with 128 + the signal number.
enum CommandFailure {
    static func report(_ error: any Error) -> ExitCode {
        InterruptHandler.endIfInterrupted()
        let message = String(describing: error)
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode.failure
    }
}
