import RetroGait

/// The colours of a report, chosen to stay apart for colour-blind readers and in greyscale.
enum ReportPalette {
    static let text = "#1f2937"
    static let mutedText = "#6b7280"
    static let grid = "#e5e7eb"
    static let axis = "#9ca3af"
    static let signal = "#334155"
    static let initialContact = "#1d4ed8"
    static let toeOff = "#dc2626"
    static let cadence = "#0f766e"
    static let contact = "#7c3aed"

    /// The colour of a step's points by the foot it was on; a step of unknown side keeps ``contact``.
    static func side(_ side: Side) -> String {
        switch side {
        case .left: "#0891b2"
        case .right: "#c026d3"
        case .unknown: contact
        }
    }

    static func activity(_ activity: Activity) -> String {
        switch activity {
        case .running: "#f59e0b"
        case .walking: "#10b981"
        case .standing: "#9ca3af"
        }
    }

    static func strike(_ strike: FootStrike) -> String {
        switch strike {
        case .toe: "#0284c7"
        case .mid: "#a855f7"
        case .heel: "#ea580c"
        case .unknown: "#d1d5db"
        }
    }

    /// The `<defs>` of a report: the hatching that marks backward bouts.
    static let definitions = """
        <defs><pattern id="backward" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <line x1="0" y1="0" x2="0" y2="8" stroke="#374151" stroke-width="1.5" stroke-opacity="0.35"/></pattern></defs>
        """
}
