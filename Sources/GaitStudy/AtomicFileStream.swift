#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a file piece by piece, whole or not at all: like ``AtomicFileWriter``, but the text is
/// appended as it is produced (a day-long events table never sits in memory) into the temporary file,
/// which ``commit()`` renames over the destination. A destination that is not a regular file
/// (`/dev/stdout`, a pipe) is written straight into.
public final class AtomicFileStream {
    private let destination: String
    private let temporary: String?
    private let descriptor: Int32
    private let temporaryFiles: TemporaryFiles
    private var pending: [UInt8] = []
    private var failure: String?
    private static let flushSize = 1 << 16

    /// Opens a temporary file beside `url` (tracked by `temporaryFiles`, so Ctrl-C removes it).
    public init(url: URL, temporaryFiles: TemporaryFiles) throws(OutputWriteError) {
        destination = url.path
        self.temporaryFiles = temporaryFiles
        if AtomicFileWriter.isSpecialFile(url.path) {
            temporary = nil
            descriptor = try AtomicFileWriter.openInPlace(url.path)
        } else {
            let path = AtomicFileWriter.temporaryPath(for: url)
            temporary = path
            descriptor = try temporaryFiles.create(path, for: url.path)
        }
        pending.reserveCapacity(Self.flushSize * 2)
    }

    /// Appends UTF-8 text (buffered; written in 64 KiB pieces).
    public func write(_ text: String) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= Self.flushSize { flush() }
    }

    /// Writes what is buffered and moves the file into place.
    public func commit() throws(OutputWriteError) {
        flush()
        if let temporary {
            try temporaryFiles.commit(temporary, descriptor: descriptor, to: destination, failure: failure)
        } else {
            close(descriptor)
            if let failure { throw OutputWriteError(path: destination, reason: failure) }
        }
    }

    /// Gives up the file: the temporary file is removed and the destination left as it was (a special
    /// file keeps what was written into it).
    public func discard() {
        pending.removeAll()
        if let temporary {
            temporaryFiles.discard(temporary, descriptor: descriptor)
        } else {
            close(descriptor)
        }
    }

    private func flush() {
        if failure == nil, !pending.isEmpty {
            failure = pending.withUnsafeBytes { writeFully($0, to: descriptor) }
        }
        pending.removeAll(keepingCapacity: true)
    }
}
