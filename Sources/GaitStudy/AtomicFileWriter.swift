#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes files whole or not at all: the bytes go to a hidden temporary file in the same folder, which
/// is then renamed over the destination (an atomic replace on POSIX file systems).
///
/// A destination that exists and is not a regular file (`/dev/stdout`, a named pipe) is written
/// straight into, never replaced.
///
/// Every temporary file is tracked by ``TemporaryFiles``: after ``TemporaryFiles/abandon()`` (called
/// on Ctrl-C) the files being written are deleted and nothing more is renamed into place, so an
/// interrupted run leaves only complete files behind.
public struct AtomicFileWriter: Sendable {
    /// The temporary files being written.
    public let temporaryFiles: TemporaryFiles

    /// Creates a writer that tracks its temporary files in `temporaryFiles`.
    public init(temporaryFiles: TemporaryFiles = TemporaryFiles()) {
        self.temporaryFiles = temporaryFiles
    }

    /// Writes `data` to `url`; with `createFolders`, missing folders on the way are created.
    public func write(_ data: Data, to url: URL, createFolders: Bool = false) throws(OutputWriteError) {
        if Self.isSpecialFile(url.path) {
            try writeInPlace(data, to: url.path)
            return
        }
        let folder = url.deletingLastPathComponent()
        if createFolders {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputWriteError(path: url.path, reason: "cannot create the folder \(folder.path): \(error.localizedDescription)")
            }
        }
        let temporary = Self.temporaryPath(for: url)
        let descriptor = try temporaryFiles.create(temporary, for: url.path)
        let failure = data.withUnsafeBytes { writeFully($0, to: descriptor) }
        try temporaryFiles.commit(temporary, descriptor: descriptor, to: url.path, failure: failure)
    }

    /// A hidden temporary file beside `url`, unique to this process and call.
    static func temporaryPath(for url: URL) -> String {
        url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp").path
    }

    /// Whether `path` exists (following links) and is not a regular file or folder.
    static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    /// Opens an existing special file (standard output, a pipe) for writing into it.
    static func openInPlace(_ path: String) throws(OutputWriteError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputWriteError(path: path, reason: String(cString: strerror(errno))) }
        return descriptor
    }

    private func writeInPlace(_ data: Data, to path: String) throws(OutputWriteError) {
        let descriptor = try Self.openInPlace(path)
        let failure = data.withUnsafeBytes { writeFully($0, to: descriptor) }
        close(descriptor)
        if let failure { throw OutputWriteError(path: path, reason: failure) }
    }

    /// Writes UTF-8 text to `url`; with `createFolders`, missing folders on the way are created.
    public func write(_ text: String, to url: URL, createFolders: Bool = false) throws(OutputWriteError) {
        try write(Data(text.utf8), to: url, createFolders: createFolders)
    }
}

/// Writes all of `bytes` to an open file, retrying interrupted writes; the reason on failure.
func writeFully(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return String(cString: strerror(errno))
        }
        offset += written
    }
    return nil
}

/// The temporary files of ``AtomicFileWriter``s being written, so an interrupted run can remove them.
public final class TemporaryFiles: @unchecked Sendable {
    fileprivate let lock = NSLock()
    fileprivate var pending: Set<String> = []
    private var abandoned = false

    /// Creates an empty set.
    public init() {}

    /// Deletes every temporary file being written and refuses to create or commit any more.
    /// Safe to call from any thread (e.g. a signal handler's dispatch queue), more than once.
    public func abandon() {
        lock.lock()
        defer { lock.unlock() }
        abandoned = true
        for path in pending { unlink(path) }
        pending.removeAll()
    }

    /// How many temporary files are being written.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return pending.count
    }

    func create(_ path: String, for destination: String) throws(OutputWriteError) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        guard !abandoned else { throw OutputWriteError(path: destination, reason: "interrupted") }
        let descriptor = createExclusively(path)
        guard descriptor >= 0 else {
            throw OutputWriteError(path: destination, reason: String(cString: strerror(errno)))
        }
        pending.insert(path)
        return descriptor
    }

    func commit(_ path: String, descriptor: Int32, to destination: String, failure: String?) throws(OutputWriteError) {
        lock.lock()
        defer { lock.unlock() }
        let closed = close(descriptor) == 0 ? nil : String(cString: strerror(errno))
        guard !abandoned else { throw OutputWriteError(path: destination, reason: "interrupted") }
        pending.remove(path)
        if let reason = failure ?? closed {
            unlink(path)
            throw OutputWriteError(path: destination, reason: reason)
        }
        guard rename(path, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw OutputWriteError(path: destination, reason: reason)
        }
    }
}

extension TemporaryFiles {
    /// Closes and removes a temporary file that will not be committed.
    func discard(_ path: String, descriptor: Int32) {
        lock.lock()
        defer { lock.unlock() }
        close(descriptor)
        if pending.remove(path) != nil { unlink(path) }
    }
}

/// Opens a new file for writing; fails if it exists.
private func createExclusively(_ path: String) -> Int32 {
    open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
}

/// An output file could not be written.
public struct OutputWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be written.
    public var path: String
    /// Why it could not be.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): cannot write (\(reason))" }
}
