import ArgumentParser

@main
struct RetroGaitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrogait",
        abstract: "Steps, cadence and contacts from body-worn accelerometer recordings — forward and backward.",
        discussion: """
            Examples:
              retrogait analyze Fixtures/simulated-backward-run-lower-back-100hz.csv --placement lower-back
              retrogait analyze run.csv --placement lower-back --format json --events-csv events.csv
              retrogait batch study/ --placement lower-back --out results
              retrogait report run.csv --placement lower-back --out run.svg
            """,
        version: RetroGaitVersion.current,
        subcommands: [AnalyzeCommand.self, BatchCommand.self, ReportCommand.self, SimulateCommand.self, EvaluateCommand.self],
        defaultSubcommand: nil
    )
}

/// The version printed by `retrogait --version`.
enum RetroGaitVersion {
    static let current = "0.1.0"
}
