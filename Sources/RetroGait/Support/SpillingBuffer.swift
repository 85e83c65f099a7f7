#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An append-only list of plain values whose memory stays bounded whatever its length: the newest
/// values stay in memory, and once more than ``memoryLimit`` have been appended the older ones are
/// moved, a block at a time, to an unnamed temporary file (deleted when the buffer goes away).
///
/// The buffer is a random-access collection: a value in the file is read with the block of 4 096
/// values around it, so going through the values in order reads the file once. Values read back are
/// bit-for-bit the values appended. When no temporary file can be made (or the disk is full), the
/// values stay in memory.
///
/// Reading the file back can still fail (a system I/O error). The buffer then gives zeros for the
/// values it could not read and remembers the first failure in ``readFailure``; whoever builds a
/// result from the values calls ``checkReadBack()`` before giving it out, so such a result is never
/// passed on as if it were right.
package final class SpillingBuffer<Element: BitwiseCopyable>: RandomAccessCollection {
    /// The most values held in memory (at least 1).
    package let memoryLimit: Int
    /// The values not (yet) in the file, in order; they follow the file's values.
    private var tail: [Element] = []
    /// The temporary file with the first ``spilledCount`` values, once there is one.
    private(set) var file: UnsafeMutablePointer<FILE>?
    /// Whether making a temporary file failed (then everything stays in memory).
    private var fileUnavailable = false
    /// How many values are in the file.
    package private(set) var spilledCount = 0
    /// The first read of the file that failed (its values came back as zeros), if any.
    package private(set) var readFailure: TemporaryStorageError?

    /// The most values kept in memory unless told otherwise.
    package static var defaultMemoryLimit: Int { 1 << 16 }

    /// Creates an empty buffer keeping at most `memoryLimit` values in memory (`.max`: never spills).
    package init(memoryLimit: Int = defaultMemoryLimit) {
        self.memoryLimit = Swift.max(1, memoryLimit)
    }

    deinit {
        if let file { fclose(file) }
    }

    /// How many values were appended.
    package var count: Int { spilledCount + tail.count }

    /// Whether nothing was appended.
    package var isEmpty: Bool { count == 0 }

    /// How many values are in memory now (at most ``memoryLimit`` unless no file could be made).
    package var residentCount: Int { tail.count }

    /// Appends a value; moves the values in memory to the file when they reach ``memoryLimit``.
    package func append(_ value: Element) {
        tail.append(value)
        if tail.count >= memoryLimit, !fileUnavailable { spill() }
    }

    /// Forgets every value, keeping the file for reuse.
    package func removeAll() {
        tail.removeAll(keepingCapacity: true)
        spilledCount = 0
        cachedRange = 0..<0
    }

    private func spill() {
        if file == nil {
            file = tmpfile()
            if file == nil { fileUnavailable = true; return }
        }
        guard let file else { return }
        let stride = MemoryLayout<Element>.stride
        let written = tail.withUnsafeBytes { bytes -> Int in
            guard fseeko(file, off_t(spilledCount * stride), SEEK_SET) == 0 else { return 0 }
            return fwrite(bytes.baseAddress, stride, tail.count, file)
        }
        guard written == tail.count else {
            // A full disk: keep the values in memory from now on rather than lose any.
            fileUnavailable = true
            return
        }
        spilledCount += written
        tail.removeAll(keepingCapacity: true)
    }

    /// Throws the first failure to read values back from the file, if there was one.
    package func checkReadBack() throws(TemporaryStorageError) {
        if let readFailure { throw readFailure }
    }

    /// Reads values `start ..< start + destination.count` of the file into `destination`; when the
    /// file cannot be read, fills it with zeros and records the failure in ``readFailure``.
    private func readSpilled(from start: Int, into destination: UnsafeMutableBufferPointer<Element>) {
        guard let base = destination.baseAddress else { return }
        let stride = MemoryLayout<Element>.stride
        var read = 0
        var failure: Int32 = 0
        if let file {
            errno = 0
            if fflush(file) == 0, fseeko(file, off_t(start * stride), SEEK_SET) == 0 {
                read = fread(base, stride, destination.count, file)
            }
            if read < destination.count { failure = errno }
        }
        guard read < destination.count else { return }
        UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(destination)[(read * stride)...])
            .initializeMemory(as: UInt8.self, repeating: 0)
        if let file { clearerr(file) }
        if readFailure == nil {
            readFailure = TemporaryStorageError(firstIndex: start, count: destination.count, systemErrorNumber: failure)
        }
    }

    /// The block of spilled values read last, and where it lies in the buffer.
    private var cache: [Element] = []
    private var cachedRange = 0..<0
    fileprivate static var blockLength: Int { 4096 }

    package var startIndex: Int { 0 }
    package var endIndex: Int { count }

    /// The value at `index` (0 ..< ``count``).
    package subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        if index >= spilledCount { return tail[index - spilledCount] }
        if !cachedRange.contains(index) { loadBlock(containing: index) }
        return cache[index - cachedRange.lowerBound]
    }

    private func loadBlock(containing index: Int) {
        let start = index - index % Self.blockLength
        let length = Swift.min(Self.blockLength, spilledCount - start)
        cache = Array(unsafeUninitializedCapacity: length) { storage, initialized in
            readSpilled(from: start, into: UnsafeMutableBufferPointer(rebasing: storage[0..<length]))
            initialized = length
        }
        cachedRange = start..<(start + length)
    }

    /// The values `range` in order, read a block at a time (faster than indexing one by one).
    package func values(in range: Range<Int>) -> Values { Values(buffer: self, range: range) }

    package func makeIterator() -> Values.Iterator { values(in: 0..<count).makeIterator() }

    /// Copies values `start ..< start + length`, all in the file or all in memory.
    fileprivate func block(from start: Int, length: Int) -> [Element] {
        if start >= spilledCount { return Array(tail[(start - spilledCount)..<(start - spilledCount + length)]) }
        return [Element](unsafeUninitializedCapacity: length) { storage, initialized in
            readSpilled(from: start, into: UnsafeMutableBufferPointer(rebasing: storage[0..<length]))
            initialized = length
        }
    }

    /// A stretch of the buffer's values as a sequence (several passes possible).
    package struct Values: Sequence {
        fileprivate let buffer: SpillingBuffer
        fileprivate let range: Range<Int>

        package var underestimatedCount: Int { range.count }

        package func makeIterator() -> Iterator { Iterator(buffer: buffer, start: range.lowerBound, end: range.upperBound) }

        /// Goes through the values a block at a time: a copy of up to 4 096 values from memory or the file.
        package struct Iterator: IteratorProtocol {
            fileprivate let buffer: SpillingBuffer
            /// Index of the first value not yet in `block`.
            private var upcoming: Int
            private let end: Int
            private var block: [Element] = []
            private var position = 0

            fileprivate init(buffer: SpillingBuffer, start: Int, end: Int) {
                self.buffer = buffer
                upcoming = start
                self.end = end
            }

            package mutating func next() -> Element? {
                if position < block.count {
                    defer { position += 1 }
                    return block[position]
                }
                guard upcoming < end else { return nil }
                // A block lies wholly in the file or wholly in memory.
                let spilled = buffer.spilledCount
                let length = upcoming < spilled
                    ? Swift.min(end, spilled, upcoming + SpillingBuffer.blockLength) - upcoming
                    : Swift.min(end - upcoming, SpillingBuffer.blockLength)
                block = buffer.block(from: upcoming, length: length)
                upcoming += length
                position = 1
                return block[0]
            }
        }
    }
}
