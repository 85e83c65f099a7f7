import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a reader's bytes come from: a file read block by block (bounded memory) or bytes already in memory.
final class ByteSource {
    private enum Origin {
        case file(Int32)
        case memory(Data, offset: Int)
    }

    private var origin: Origin
    let file: String
    /// Whether bytes arrive over time (standard input, a pipe): readers then use what one read gives
    /// instead of waiting for a full block.
    let isLive: Bool

    /// Opens `url` for reading; a named pipe, socket or character device is read as it arrives, like
    /// standard input (`retrogait analyze FIFO --follow`).
    init(contentsOf url: URL) throws(FileReadError) {
        file = url.path
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FileReadError(file: url.path, reason: .unreadable(String(cString: strerror(errno))))
        }
        var status = stat()
        let kind = fstat(descriptor, &status) == 0 ? status.st_mode & S_IFMT : 0
        if kind == S_IFDIR {
            close(descriptor)
            throw FileReadError(file: url.path, reason: .unreadable("it is a directory"))
        }
        origin = .file(descriptor)
        isLive = kind == S_IFIFO || kind == S_IFSOCK || kind == S_IFCHR
    }

    /// Reads standard input as it arrives; it is named `file` in errors.
    init(standardInput file: String) {
        self.file = file
        origin = .file(dup(0))
        isLive = true
    }

    /// Reads from bytes in memory; `file` names them in errors.
    init(data: Data, file: String) {
        self.file = file
        origin = .memory(data, offset: 0)
        isLive = false
    }

    deinit {
        if case .file(let descriptor) = origin { close(descriptor) }
    }

    /// Copies up to `count` bytes to `destination`; 0 means the end.
    func read(into destination: UnsafeMutableRawPointer, count: Int) throws(FileReadError) -> Int {
        switch origin {
        case .file(let descriptor):
            while true {
                let result = systemRead(descriptor, destination, count)
                if result >= 0 { return result }
                if errno == EINTR { continue }
                throw FileReadError(file: file, reason: .unreadable(String(cString: strerror(errno))))
            }
        case .memory(let data, let offset):
            let length = min(count, data.count - offset)
            guard length > 0 else { return 0 }
            data.withUnsafeBytes { raw in
                destination.copyMemory(from: raw.baseAddress! + offset, byteCount: length)
            }
            origin = .memory(data, offset: offset + length)
            return length
        }
    }
}

/// The C library's `read`, whose module differs by platform.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
