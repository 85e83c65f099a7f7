import RetroGait

/// A scripted session: bouts played one after another, starting at time 0.
///
/// The text form is a comma-separated list of `kind[@strike]:duration` elements, where kind is
/// `fw-run`, `bw-run`, `fw-walk`, `bw-walk` (or `run`/`walk` for forward) or `stand`, strike is
/// `heel`, `mid` or `toe`, and duration is seconds (`30`, `30s`) or minutes (`2m`). A group can be
/// repeated with `N*(...)` (or `Nx(...)`). Whitespace is ignored.
///
/// ```swift
/// // 2 min forward warm-up, 4 × (30 s backward run, 60 s standing), 2 min forward.
/// let session = try SessionScript(parsing: "fw-run:2m, 4*(bw-run:30, stand:60), fw-run:2m")
/// ```
public struct SessionScript: Sendable, Equatable, Hashable {
    /// The bouts in playing order.
    public var bouts: [BoutScript]

    /// Creates a session from bouts.
    public init(_ bouts: [BoutScript]) {
        self.bouts = bouts
    }

    /// Parses the text form described on ``SessionScript``.
    /// - Throws: ``SessionScriptError`` naming the offending element.
    public init(parsing text: String) throws(SessionScriptError) {
        var parser = SessionScriptParser(text)
        let bouts = try parser.parseSession()
        guard !bouts.isEmpty else { throw .empty }
        self.bouts = bouts
    }

    /// The total length in seconds.
    public var duration: Double { bouts.reduce(0) { $0 + $1.duration } }
}
