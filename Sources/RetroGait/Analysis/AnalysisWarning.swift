/// Something the user should know about a result: a repair made to the input, a stretch with no gait,
/// a measurement that could not be made. Warnings never replace errors: they accompany a valid result.
public struct AnalysisWarning: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable identifier, e.g. `no-gait-detected` or `truncated-last-line`.
    public var code: String
    /// A sentence for people.
    public var message: String
    /// How many samples, rows or events the warning concerns, when it counts something.
    public var count: Int?

    /// Creates a warning.
    public init(code: String, message: String, count: Int? = nil) {
        self.code = code
        self.message = message
        self.count = count
    }

    /// The ``message``.
    public var description: String { message }
}
