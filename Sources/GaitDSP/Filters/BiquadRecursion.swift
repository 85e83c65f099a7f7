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

/// Two cascaded sections run in one pass over the buffer. The second section's work on sample `i`
/// overlaps the first section's work on sample `i + 1`, so the pair costs little more than one
/// section's dependency chain.
struct BiquadPair {
    let first: Biquad
    let second: Biquad

    /// Runs `first` then `second` over `buffer` in place, forward or backward, from the given states.
    /// O(n), no allocation.
    @inline(__always)
    func run(
        _ buffer: UnsafeMutableBufferPointer<Float>, states: ((Double, Double), (Double, Double)), backward: Bool
    ) {
        let f = first
        let g = second
        var p0 = states.0.0, p1 = states.0.1
        var q0 = states.1.0, q1 = states.1.1
        let count = buffer.count
        for step in 0..<count {
            let index = backward ? count - 1 - step : step
            let x = Double(buffer[index])
            let y = f.b0 * x + p0
            p0 = f.b1 * x - f.a1 * y + p1
            p1 = f.b2 * x - f.a2 * y
            let z = g.b0 * y + q0
            q0 = g.b1 * y - g.a1 * z + q1
            q1 = g.b2 * y - g.a2 * z
            buffer[index] = Float(z)
        }
    }
}
