extension RealFFT {
    /// The smallest length ≥ `minimum` whose only prime factors are 2, 3, 5 and 7 (FFTW's fast sizes).
    ///
    /// Use it to choose a zero-padded transform length. Returns 1 for `minimum ≤ 1`.
    /// - Complexity: O(log² minimum) on average; the search space is tiny.
    public static func fastLength(atLeast minimum: Int) -> Int {
        guard minimum > 1 else { return 1 }
        var candidate = minimum
        while true {
            var remainder = candidate
            while remainder % 2 == 0 { remainder /= 2 }
            while remainder % 3 == 0 { remainder /= 3 }
            while remainder % 5 == 0 { remainder /= 5 }
            while remainder % 7 == 0 { remainder /= 7 }
            if remainder == 1 { return candidate }
            candidate += 1
        }
    }
}
