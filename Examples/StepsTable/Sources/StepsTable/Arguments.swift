import RetroGait

/// `StepsTable FILE [--placement P] [--side S] [--forward-axis A] [--truth EVENTS.csv]`, parsed by hand
/// so that the example depends on RetroGait alone.
struct Arguments {
    var file: String
    var placement = Placement.lowerBack
    var side = Side.unknown
    var forwardAxis: SensorAxis?
    var truth: String?

    static let usage = "usage: StepsTable FILE [--placement foot|shank|lower-back|wrist] [--side left|right] [--forward-axis +x|-x|+y|-y|+z|-z] [--truth EVENTS.csv]"

    init(_ arguments: [String]) throws(UsageError) {
        var file: String?
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--placement":
                placement = try Self.value(of: Placement.self, for: argument, in: &remaining)
            case "--side":
                side = try Self.value(of: Side.self, for: argument, in: &remaining)
            case "--forward-axis":
                forwardAxis = try Self.value(of: SensorAxis.self, for: argument, in: &remaining)
            case "--truth":
                guard let path = remaining.popFirst() else { throw UsageError("--truth needs a file") }
                truth = path
            case _ where argument.hasPrefix("--"):
                throw UsageError("unknown option \(argument)")
            default:
                guard file == nil else { throw UsageError("only one FILE may be given") }
                file = argument
            }
        }
        guard let file else { throw UsageError("no FILE given") }
        self.file = file
    }

    private static func value<Value: RawRepresentable & CaseIterable>(
        of type: Value.Type, for option: String, in remaining: inout ArraySlice<String>
    ) throws(UsageError) -> Value where Value.RawValue == String {
        guard let text = remaining.popFirst(), let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: "|")
            throw UsageError("\(option) takes one of \(allowed)")
        }
        return value
    }
}

/// A command line that cannot be run, with the reason.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
