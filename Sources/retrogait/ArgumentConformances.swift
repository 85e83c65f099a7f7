import ArgumentParser
import RetroGait

extension Placement: ExpressibleByArgument {}
extension Side: ExpressibleByArgument {}
extension AccelerationUnit: ExpressibleByArgument {}

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
