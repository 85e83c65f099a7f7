import Dispatch
import Foundation
import GaitStudy

/// While it is installed, Ctrl-C (SIGINT) or SIGTERM deletes the temporary files being written, says
/// so, and exits with 128 + the signal number, so only complete output files remain. Used by every
/// command that writes files (`batch`, `report`, `analyze --events-csv …`).
struct InterruptHandler {
    private let sources: [any DispatchSourceSignal]

    init(temporaryFiles: TemporaryFiles) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                temporaryFiles.abandon()
                FileHandle.standardError.write(Data("\ninterrupted: files being written were removed; run again to resume\n".utf8))
                exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    /// Restores the default handling.
    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
