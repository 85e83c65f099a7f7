/// The first lines of a text, split at `\n`, `\r\n` or a lone `\r` after skipping a UTF-8 byte order
/// mark — the same rules the row parser uses, so line numbers agree.
struct TextLines {
    /// Each line's bytes without its terminator, in order.
    private(set) var lines: [[UInt8]] = []
    /// Whether the prefix ended before the last line's terminator (more may follow).
    private(set) var lastLineIsOpen = false

    init(prefix bytes: [UInt8], maximumLines: Int) {
        var start = Self.byteOrderMarkLength(bytes)
        var index = start
        while index < bytes.count && lines.count < maximumLines {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Array(bytes[start..<index]))
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count && lines.count < maximumLines {
            lines.append(Array(bytes[start...]))
            lastLineIsOpen = true
        }
    }

    /// 3 when `bytes` start with the UTF-8 byte order mark, else 0.
    static func byteOrderMarkLength(_ bytes: some Collection<UInt8>) -> Int {
        Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF] ? 3 : 0
    }

    /// Whether a line holds only spaces and tabs.
    static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
