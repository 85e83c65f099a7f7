// Run from the repository root: swift run --package-path Examples/StepsTable GettingStarted
// snippet:begin
import Foundation
import RetroGait

// Read a file: its layout, units and sample rate are told from the data; repairs become warnings.
let url = URL(fileURLWithPath: "Fixtures/simulated-backward-run-lower-back-100hz.csv")
let loaded = try RecordingReader.read(contentsOf: url, options: RecordingReadOptions(placement: .lowerBack))

// Find the steps in every stretch of the file. Nothing is assumed about the direction of travel.
let analyzer = GaitAnalyzer(configuration: GaitAnalyzer.Configuration(placement: .lowerBack))
let analysis = try analyzer.analyze(loaded)

// Read the results: headline numbers and warnings in the summary, one Step per initial contact.
print(String(format: "cadence %.1f steps/min", analysis.summary.cadenceStepsPerMinute ?? .nan))
for step in analysis.steps.prefix(5) {
    print(String(format: "contact at %.3f s, %.0f ms on the ground", step.initialContactTime, step.contactMilliseconds ?? .nan))
}
for warning in analysis.summary.warnings { print("warning:", warning) }
// snippet:end
