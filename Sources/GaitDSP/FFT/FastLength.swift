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
            for factor in [2, 3, 5, 7] {
                while remainder % factor == 0 { remainder /= factor }
            }
            if remainder == 1 { return candidate }
            candidate += 1
        }
    }
}
