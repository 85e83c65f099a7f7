/// Walks the lines of a UTF-8 byte buffer without copying, accepting `\n`, `\r\n` and a leading BOM.
struct LineCursor {
    /// One line, without its terminator.
    struct Line {
        let content: UnsafeBufferPointer<UInt8>
        /// Whether the line ended with a newline (false only for an unterminated last line).
        let hasTerminator: Bool

        var isBlank: Bool { content.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

        /// Calls `body` with each comma-separated field, in order.
        func forEachField(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            guard let base = content.baseAddress else { body(content); return }
            var start = 0
            for index in 0..<content.count where base[index] == UInt8(ascii: ",") {
                body(UnsafeBufferPointer(start: base + start, count: index - start))
                start = index + 1
            }
            body(UnsafeBufferPointer(start: base + start, count: content.count - start))
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasBOM ? 3 : 0
    }

    /// Whether every byte has been handed out.
    var isAtEnd: Bool { position >= bytes.count }

    mutating func next() -> Line? {
        guard position < bytes.count, let base = bytes.baseAddress else { return nil }
        let start = position
        var end = start
        while end < bytes.count && base[end] != 0x0A { end += 1 }
        let hasTerminator = end < bytes.count
        position = end + 1
        var contentEnd = end
        if contentEnd > start && base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        return Line(content: UnsafeBufferPointer(start: base + start, count: contentEnd - start), hasTerminator: hasTerminator)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing spaces or tabs.
    var trimmingSpaces: UnsafeBufferPointer<UInt8> {
        guard let base = baseAddress else { return self }
        var start = 0
        var end = count
        while start < end && (base[start] == 0x20 || base[start] == 0x09) { start += 1 }
        while end > start && (base[end - 1] == 0x20 || base[end - 1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }
}
