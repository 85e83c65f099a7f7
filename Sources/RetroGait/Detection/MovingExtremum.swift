/// Centred running minima and maxima and the morphological opening built from them, O(n) whatever
/// the window (monotonic index queues, no allocation per sample).
enum MovingExtremum {
    /// The minimum of `signal` over a centred window of `window` samples (shrunk at the ends).
    static func minimum(_ signal: [Float], window: Int) -> [Float] {
        extremum(signal, window: window, keepsFirst: <)
    }

    /// The maximum of `signal` over a centred window of `window` samples (shrunk at the ends).
    static func maximum(_ signal: [Float], window: Int) -> [Float] {
        extremum(signal, window: window, keepsFirst: >)
    }

    /// The grey-scale opening of `signal` with a flat element of `width` samples: the running maximum
    /// of the running minimum. Every hump narrower than the element is cut down to its surroundings;
    /// wider humps keep their flanks exactly.
    static func opening(_ signal: [Float], width: Int) -> [Float] {
        guard width > 1 else { return signal }
        return maximum(minimum(signal, window: width), window: width)
    }

    /// Sliding extremum: `keepsFirst(a, b)` is true when `a` beats `b`.
    private static func extremum(_ signal: [Float], window: Int, keepsFirst: (Float, Float) -> Bool) -> [Float] {
        let n = signal.count
        guard n > 0, window > 1 else { return signal }
        let before = (window - 1) / 2
        let after = window - 1 - before
        var queue = [Int](repeating: 0, count: n)
        var head = 0
        var tail = 0
        var result = [Float](repeating: 0, count: n)
        var next = 0
        for centre in 0..<n {
            let upper = min(n - 1, centre + after)
            while next <= upper {
                while tail > head && !keepsFirst(signal[queue[tail - 1]], signal[next]) { tail -= 1 }
                queue[tail] = next
                tail += 1
                next += 1
            }
            while queue[head] < centre - before { head += 1 }
            result[centre] = signal[queue[head]]
        }
        return result
    }
}
