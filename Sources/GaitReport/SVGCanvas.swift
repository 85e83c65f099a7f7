/// Builds SVG markup: shapes and text in user units (pixels), numbers with at most one decimal so the
/// file stays small, text escaped.
struct SVGCanvas {
    private(set) var markup = ""

    init(width: Double, height: Double, title: String) {
        markup.reserveCapacity(64 * 1024)
        markup += #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(Self.n(width))" height="\#(Self.n(height))" "#
        markup += #"viewBox="0 0 \#(Self.n(width)) \#(Self.n(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">"#
        markup += "\n<title>\(Self.escape(title))</title>\n"
        markup += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    }

    mutating func raw(_ text: String) { markup += text + "\n" }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double = 1, stroke: String? = nil) {
        markup += #"<rect x="\#(Self.n(x))" y="\#(Self.n(y))" width="\#(Self.n(max(0, width)))" height="\#(Self.n(max(0, height)))" fill="\#(fill)""#
        if opacity < 1 { markup += #" fill-opacity="\#(Self.n2(opacity))""# }
        if let stroke { markup += #" stroke="\#(stroke)" stroke-width="1""# }
        markup += "/>\n"
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        markup += #"<line x1="\#(Self.n(x1))" y1="\#(Self.n(y1))" x2="\#(Self.n(x2))" y2="\#(Self.n(y2))" stroke="\#(stroke)" stroke-width="\#(Self.n(width))""#
        if let dash { markup += #" stroke-dasharray="\#(dash)""# }
        markup += "/>\n"
    }

    /// A path of straight segments through `points`; `closed` fills it.
    mutating func path(_ points: [(Double, Double)], stroke: String?, fill: String?, width: Double = 1, opacity: Double = 1) {
        guard let first = points.first else { return }
        var d = "M\(Self.n(first.0)) \(Self.n(first.1))"
        for point in points.dropFirst() { d += "L\(Self.n(point.0)) \(Self.n(point.1))" }
        if fill != nil { d += "Z" }
        markup += #"<path d="\#(d)" fill="\#(fill ?? "none")""#
        if let stroke { markup += #" stroke="\#(stroke)" stroke-width="\#(Self.n2(width))" stroke-linejoin="round""# }
        if opacity < 1 { markup += #" opacity="\#(Self.n2(opacity))""# }
        markup += "/>\n"
    }

    /// Many short vertical ticks or marks as one path (`M x y1 V y2` each).
    mutating func ticks(_ xs: [Double], from y1: Double, to y2: Double, stroke: String, width: Double = 1) {
        guard !xs.isEmpty else { return }
        let d = xs.map { "M\(Self.n($0)) \(Self.n(y1))V\(Self.n(y2))" }.joined()
        markup += #"<path d="\#(d)" stroke="\#(stroke)" stroke-width="\#(Self.n2(width))"/>"# + "\n"
    }

    /// Many vertical bars (x, from y1 to y2) as one path.
    mutating func verticalBars(_ bars: [(x: Double, y1: Double, y2: Double)], stroke: String, width: Double = 1) {
        guard !bars.isEmpty else { return }
        let d = bars.map { "M\(Self.n($0.x)) \(Self.n($0.y1))V\(Self.n($0.y2))" }.joined()
        markup += #"<path d="\#(d)" stroke="\#(stroke)" stroke-width="\#(Self.n2(width))"/>"# + "\n"
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil) {
        markup += #"<circle cx="\#(Self.n(x))" cy="\#(Self.n(y))" r="\#(Self.n2(radius))" fill="\#(fill)""#
        if let stroke { markup += #" stroke="\#(stroke)" stroke-width="1""# }
        markup += "/>\n"
    }

    /// A marker shape repeated at every point, as one path: `shape` draws one at the origin.
    mutating func markers(_ points: [(Double, Double)], shape: String, fill: String, stroke: String? = nil) {
        guard !points.isEmpty else { return }
        let d = points.map { "M\(Self.n($0.0)) \(Self.n($0.1))\(shape)" }.joined()
        markup += #"<path d="\#(d)" fill="\#(fill)""#
        if let stroke { markup += #" stroke="\#(stroke)" stroke-width="1""# }
        markup += "/>\n"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(
        _ string: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, weight: String? = nil,
        fill: String = "#1f2937", rotate: Double? = nil
    ) {
        markup += #"<text x="\#(Self.n(x))" y="\#(Self.n(y))" font-size="\#(Self.n(size))" fill="\#(fill)""#
        if anchor != .start { markup += #" text-anchor="\#(anchor.rawValue)""# }
        if let weight { markup += #" font-weight="\#(weight)""# }
        if let rotate { markup += #" transform="rotate(\#(Self.n(rotate)) \#(Self.n(x)) \#(Self.n(y)))""# }
        markup += ">\(Self.escape(string))</text>\n"
    }

    mutating func finish() -> String {
        markup += "</svg>\n"
        return markup
    }

    /// A coordinate with at most one decimal.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    /// A small number (opacity, radius) with at most two decimals.
    static func n2(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
