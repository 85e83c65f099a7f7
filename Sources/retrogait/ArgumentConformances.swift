import ArgumentParser
import RetroGait

extension Placement: ExpressibleByArgument {}
extension Side: ExpressibleByArgument {}
extension SensorAxis: ExpressibleByArgument {}
extension AccelerationUnit: ExpressibleByArgument {}

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// How `analyze` and `batch` print summaries: a table for people, the full JSON summary, or the flat
/// per-file row of `summary.csv` as NDJSON (one object per line) or CSV.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, ndjson, csv
}
