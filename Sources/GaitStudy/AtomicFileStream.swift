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
        var status = stat()
        if stat(url.path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG, (status.st_mode & S_IFMT) != S_IFDIR {
            temporary = nil
            descriptor = open(url.path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputWriteError(path: url.path, reason: String(cString: strerror(errno))) }
        } else {
            let path = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp").path
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

    private func flush() {
        guard failure == nil, !pending.isEmpty else { pending.removeAll(keepingCapacity: true); return }
        pending.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        pending.removeAll(keepingCapacity: true)
    }
}

/// The C library's `write`, whose module differs by platform.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
