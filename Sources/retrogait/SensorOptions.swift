import ArgumentParser
import RetroGait

/// Where and how the sensor was worn: the options every command that analyses recordings shares
/// (`analyze`, `batch`, `report`). Use with `@OptionGroup var sensor: SensorOptions`.
struct SensorOptions: ParsableArguments {
    @Option(help: "Where the sensor was worn: foot, shank, lower-back or wrist.")
    var placement: Placement = .lowerBack

    @Option(help: "For a foot or shank sensor, which foot it was on: left or right (labels the events).")
    var side: Side = .unknown

    @Option(name: .customLong("forward-axis"), help: ArgumentHelp(
        "The sensor axis that points to the wearer's front: +x, -x, +y, -y, +z or -z.",
        discussion: "For a foot sensor, the axis toward the toes. Without it the direction of travel is inferred from the signal and is more often unknown.",
        valueName: "AXIS"))
    var forwardAxis: SensorAxis?

    /// The analyzer configuration these options describe.
    var analyzerConfiguration: GaitAnalyzer.Configuration {
        .init(placement: placement, sensorSide: side, mounting: SensorMounting(forwardAxis: forwardAxis))
    }
}
