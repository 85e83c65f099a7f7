import Dispatch
import Foundation
import GaitStudy

/// While it is installed, Ctrl-C (SIGINT) or SIGTERM deletes the temporary files being written, says
/// so, and exits with 128 + the signal number, so only complete output files remain. Used by every
/// command that writes files (`batch`, `report`, `analyze --events-csv …`).
///
/// The process ends with `_exit`, without atexit handlers or library destructors: `batch`'s worker
/// threads may still be inside a library call, and OpenBLAS's destructor clears the kernel table a
/// LAPACK call in flight reads (seen as a SIGSEGV in `dnrm2_` under `dsyev`, where the exit status
/// must be 130). A command whose writes were refused because of the interrupt ends the same way
/// through ``endIfInterrupted()`` rather than reporting them as an error.
struct InterruptHandler {
    private static let interruption = Interruption()
    private let sources: [any DispatchSourceSignal]

    init(temporaryFiles: TemporaryFiles) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { Self.interruption.end(signal: number, abandoning: temporaryFiles) }
            source.resume()
            return source
        }
    }

    /// Ends the process as the interrupt does when a signal has been received; returns otherwise.
    static func endIfInterrupted() {
        interruption.endIfReceived()
    }

    /// Restores the default handling.
    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

/// The signal received, and the one ending of the process that follows it.
private final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var received: (signal: Int32, temporaryFiles: TemporaryFiles)?
    /// Taken by the thread that ends the process and never given back: a second caller waits for the end.
    private let ending = NSLock()

    func end(signal: Int32, abandoning temporaryFiles: TemporaryFiles) -> Never {
        lock.withLock { received = received ?? (signal, temporaryFiles) }
        endProcess()
    }

    func endIfReceived() {
        if lock.withLock({ received }) != nil { endProcess() }
    }

    private func endProcess() -> Never {
        ending.lock()
        let (signal, temporaryFiles) = lock.withLock { received! }
        temporaryFiles.abandon()
        FileHandle.standardError.write(Data("\ninterrupted: files being written were removed; run again to resume\n".utf8))
        _exit(128 + signal)
    }
}
