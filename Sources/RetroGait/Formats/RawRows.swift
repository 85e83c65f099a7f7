/// A fixed-capacity batch of parsed rows, before repairs and the uniform time base: time in seconds
/// relative to the file's time origin, up to six channel values (NaN where a value is missing) and the
/// 1-based line each row came from. Storage is allocated once and reused, so parsing does not allocate
/// per row.
final class RawRows {
    let capacity: Int
    private(set) var count = 0
    let times: UnsafeMutablePointer<Double>
    /// Channels 0…5 in lanes 0…5; lanes 6 and 7 are unused.
    let values: UnsafeMutablePointer<SIMD8<Float>>
    let lines: UnsafeMutablePointer<Int>

    init(capacity: Int) {
        self.capacity = capacity
        times = .allocate(capacity: capacity)
        values = .allocate(capacity: capacity)
        lines = .allocate(capacity: capacity)
    }

    deinit {
        times.deallocate()
        values.deallocate()
        lines.deallocate()
    }

    var isFull: Bool { count == capacity }

    @inline(__always)
    func append(time: Double, values row: SIMD8<Float>, line: Int) {
        times[count] = time
        values[count] = row
        lines[count] = line
        count += 1
    }

    /// Keeps rows `start..<count`, moved to the front.
    func keepRows(from start: Int) {
        let kept = count - start
        if start > 0 && kept > 0 {
            times.update(from: times + start, count: kept)
            values.update(from: values + start, count: kept)
            lines.update(from: lines + start, count: kept)
        }
        count = kept
    }
}
