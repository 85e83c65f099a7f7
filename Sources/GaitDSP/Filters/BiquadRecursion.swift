extension Biquad {
    /// Runs the section over `buffer` in place (direct form II transposed, `Double` state) starting
    /// from `state`. O(n), no allocation.
    @inline(__always)
    func run(_ buffer: UnsafeMutableBufferPointer<Float>, state: (Double, Double)) {
        var s0 = state.0
        var s1 = state.1
        for index in buffer.indices {
            let x = Double(buffer[index])
            let y = b0 * x + s0
            s0 = b1 * x - a1 * y + s1
            s1 = b2 * x - a2 * y
            buffer[index] = Float(y)
        }
    }

    /// Like ``run(_:state:)`` but walks `buffer` from its last element to its first.
    @inline(__always)
    func runBackward(_ buffer: UnsafeMutableBufferPointer<Float>, state: (Double, Double)) {
        var s0 = state.0
        var s1 = state.1
        var index = buffer.count - 1
        while index >= 0 {
            let x = Double(buffer[index])
            let y = b0 * x + s0
            s0 = b1 * x - a1 * y + s1
            s1 = b2 * x - a2 * y
            buffer[index] = Float(y)
            index -= 1
        }
    }
}
