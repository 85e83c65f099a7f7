/// Why a session script could not be parsed or is not usable.
public enum SessionScriptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The script has no bouts.
    case empty
    /// A bout's kind is not one of `fw-run`, `bw-run`, `fw-walk`, `bw-walk`, `run`, `walk`, `stand`.
    case unknownBoutKind(String)
    /// A strike suffix (after `@`) is not `heel`, `mid` or `toe`.
    case unknownStrike(String)
    /// A bout lacks its `:seconds` part.
    case missingDuration(String)
    /// A duration is not a positive, finite number of seconds (or minutes with an `m` suffix).
    case invalidDuration(String)
    /// A repetition count (`N*(...)`) is not a whole number from 1 to 1000.
    case invalidRepeatCount(String)
    /// Parentheses do not match.
    case unbalancedParentheses
    /// An empty element, e.g. two commas in a row.
    case emptyElement

    public var description: String {
        switch self {
        case .empty:
            "the session script has no bouts"
        case .unknownBoutKind(let kind):
            "unknown bout kind '\(kind)' (use fw-run, bw-run, fw-walk, bw-walk or stand)"
        case .unknownStrike(let strike):
            "unknown foot strike '\(strike)' (use heel, mid or toe)"
        case .missingDuration(let element):
            "bout '\(element)' has no duration (write e.g. 'bw-run:30' for 30 s)"
        case .invalidDuration(let text):
            "'\(text)' is not a positive duration (seconds, or minutes with an 'm' suffix)"
        case .invalidRepeatCount(let text):
            "'\(text)' is not a repeat count from 1 to 1000"
        case .unbalancedParentheses:
            "parentheses in the session script do not match"
        case .emptyElement:
            "the session script has an empty element (two commas in a row?)"
        }
    }
}
