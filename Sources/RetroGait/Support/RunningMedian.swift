/// The median of a growing list of values, O(log n) per value: what `values.sorted()[values.count / 2]`
/// (the upper median) gives after every append, without sorting.
///
/// Two binary heaps: a max-heap with the lower ⌊n/2⌋ values and a min-heap with the upper ⌈n/2⌉, so the
/// median is the top of the upper heap.
struct RunningMedian {
    private var lower = BinaryHeap(ordered: >)
    private var upper = BinaryHeap(ordered: <)

    /// How many values were added.
    var count: Int { lower.count + upper.count }

    /// The upper median of the values added so far; 0 when there are none.
    var median: Double { upper.top ?? 0 }

    /// Adds a value. O(log n).
    mutating func append(_ value: Double) {
        if let top = upper.top, value >= top { upper.push(value) } else { lower.push(value) }
        if upper.count > lower.count + 1 {
            lower.push(upper.pop())
        } else if lower.count > upper.count {
            upper.push(lower.pop())
        }
    }

    /// Forgets every value, keeping the storage.
    mutating func removeAll() {
        lower.removeAll()
        upper.removeAll()
    }
}

/// An array-backed binary heap of `Double`s; `ordered(a, b)` is true when `a` belongs above `b`.
private struct BinaryHeap {
    private var storage: [Double] = []
    let ordered: (Double, Double) -> Bool

    init(ordered: @escaping (Double, Double) -> Bool) {
        self.ordered = ordered
    }

    var count: Int { storage.count }
    var top: Double? { storage.first }

    mutating func push(_ value: Double) {
        storage.append(value)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard ordered(storage[child], storage[parent]) else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the top; the heap must not be empty.
    mutating func pop() -> Double {
        let top = storage[0]
        let last = storage.removeLast()
        guard !storage.isEmpty else { return top }
        storage[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < storage.count else { break }
            let right = left + 1
            let child = right < storage.count && ordered(storage[right], storage[left]) ? right : left
            guard ordered(storage[child], storage[parent]) else { break }
            storage.swapAt(child, parent)
            parent = child
        }
        return top
    }

    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
    }
}
