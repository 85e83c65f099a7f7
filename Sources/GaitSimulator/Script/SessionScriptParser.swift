import RetroGait

/// Recursive-descent parser for the session script text (see ``SessionScript``).
struct SessionScriptParser {
    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = text.filter { !$0.isWhitespace }.map { Character($0.lowercased()) }
    }

    /// session := list END
    mutating func parseSession() throws(SessionScriptError) -> [BoutScript] {
        if characters.isEmpty { throw .empty }
        let bouts = try parseList()
        guard position == characters.count else {
            if characters[position] == ")" { throw .unbalancedParentheses }
            throw .unknownBoutKind(String(characters[position...]))
        }
        return bouts
    }

    /// list := item (',' item)*
    private mutating func parseList() throws(SessionScriptError) -> [BoutScript] {
        var bouts = try parseItem()
        while peek == "," {
            position += 1
            bouts += try parseItem()
        }
        return bouts
    }

    /// item := count ('*' | 'x') '(' list ')' | bout
    private mutating func parseItem() throws(SessionScriptError) -> [BoutScript] {
        guard let first = peek, first != ",", first != ")" else { throw .emptyElement }
        if first.isNumber {
            let start = position
            while let c = peek, c.isNumber { position += 1 }
            let countText = String(characters[start..<position])
            guard let marker = peek, marker == "*" || marker == "x" else {
                throw .unknownBoutKind(countText)
            }
            position += 1
            guard let count = Int(countText), (1...1000).contains(count) else {
                throw .invalidRepeatCount(countText)
            }
            guard peek == "(" else { throw .unbalancedParentheses }
            position += 1
            let group = try parseList()
            guard peek == ")" else { throw .unbalancedParentheses }
            position += 1
            return Array([[BoutScript]](repeating: group, count: count).joined())
        }
        if first == "(" { throw .unbalancedParentheses }
        let start = position
        while let c = peek, c != ",", c != ")", c != "(" { position += 1 }
        if peek == "(" { throw .unbalancedParentheses }
        return [try Self.bout(String(characters[start..<position]))]
    }

    private var peek: Character? { position < characters.count ? characters[position] : nil }

    /// bout := kind ['@' strike] ':' duration
    private static func bout(_ element: String) throws(SessionScriptError) -> BoutScript {
        let parts = element.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            if parts.count < 2 { throw .missingDuration(element) }
            throw .invalidDuration(String(parts.dropFirst().joined(separator: ":")))
        }
        let head = parts[0].split(separator: "@", omittingEmptySubsequences: false)
        guard head.count <= 2 else { throw .unknownStrike(String(head.dropFirst().joined(separator: "@"))) }
        let (activity, direction) = try kind(String(head[0]))
        var strike: FootStrike?
        if head.count == 2 {
            guard let value = FootStrike(rawValue: String(head[1])), value != .unknown else {
                throw .unknownStrike(String(head[1]))
            }
            strike = value
        }
        let duration = try seconds(String(parts[1]))
        return BoutScript(activity, direction: direction, duration: duration, strike: strike)
    }

    private static func kind(_ text: String) throws(SessionScriptError) -> (Activity, Direction) {
        switch text {
        case "fw-run", "run", "forward-run": (.running, .forward)
        case "bw-run", "backward-run": (.running, .backward)
        case "fw-walk", "walk", "forward-walk": (.walking, .forward)
        case "bw-walk", "backward-walk": (.walking, .backward)
        case "stand", "standing": (.standing, .unknown)
        default: throw .unknownBoutKind(text)
        }
    }

    private static func seconds(_ text: String) throws(SessionScriptError) -> Double {
        var number = Substring(text)
        var scale = 1.0
        if number.hasSuffix("min") {
            number = number.dropLast(3); scale = 60
        } else if number.hasSuffix("m") {
            number = number.dropLast(); scale = 60
        } else if number.hasSuffix("s") {
            number = number.dropLast()
        }
        guard let value = Double(number), value.isFinite, value > 0, value * scale <= 86_400 else {
            throw .invalidDuration(text)
        }
        return value * scale
    }
}
