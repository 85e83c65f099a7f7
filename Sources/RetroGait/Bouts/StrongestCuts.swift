/// The cuts a splitter keeps from its qualifying candidates: the strongest first, each one excluding the
/// candidates closer to it than the splitter's window, returned in ascending order.
enum StrongestCuts {
    /// The positions of `candidates` chosen strongest first (larger `strength` first), skipping any closer than
    /// `spacing` to one already chosen; ascending.
    static func chosen<Strength: Comparable>(_ candidates: [(position: Int, strength: Strength)], spacing: Int) -> [Int] {
        var chosen: [Int] = []
        for candidate in candidates.sorted(by: { $0.strength > $1.strength })
        where chosen.allSatisfy({ abs($0 - candidate.position) >= spacing }) {
            chosen.append(candidate.position)
        }
        return chosen.sorted()
    }
}
