import Foundation
import GaitSimulator
import RetroGait

/// Fits the foot and shank toe/mid/heel models (accelerometer only) on simulated recordings, prints
/// the leave-one-seed-out evaluation, and writes the committed coefficients file.
///
/// `swift run -c release ContactStrikeFit [--output Sources/RetroGait/Classification/ContactStrikeModel+Simulated.swift]`
///
/// `--only foot` or `--only shank` refits that placement alone and keeps the other model as it stands in
/// the `--output` file: a change of detection may move one segment's contacts, and a refit of the other,
/// whose contacts did not move in the same way, would trade held-out accuracy for nothing.
///
/// Training recordings: per placement, forward and backward × walking and running × heel, mid and
/// toe strike × 50, 100, 200 and 500 Hz × low and high noise, 20 s bouts between standing, six seeds
/// ``seeds`` (with three, the accuracy report's foot and shank forward rows read 0.3–0.9 points less;
/// the report's seeds are 1000 and up and its interval sessions' own, so the report never scores a
/// recording the model was fitted on). Features are those of the contacts the
/// analyzer detects (each matched within ±40 ms to a truth contact of the sensor's foot).
@main
struct ContactStrikeFitMain {
    static let seeds: [UInt64] = [11, 12, 13, 14, 15, 16]
    static let rates: [Double] = [50, 100, 200, 500]
    static let noises: [Double] = [0.01, 0.05]
    static let ridge = 1.0

    struct Labelled {
        var example: ContactStrikeModel.Example
        var seed: UInt64
        var group: String
    }

    static func main() {
        do {
            try run()
        } catch {
            FileHandle.standardError.write(Data("ContactStrikeFit: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run() throws {
        let arguments = CommandLine.arguments
        func value(_ flag: String) -> String? {
            arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        let output = value("--output")
        let only = try value("--only").map { name in
            guard let placement = Placement(rawValue: name), fitted.contains(placement) else {
                throw UsageError(description: "--only takes foot or shank, not '\(name)'")
            }
            return placement
        }
        // The models not refitted are kept as they stand in the output file.
        let existing = try only.map { _ in
            guard let output else { throw UsageError(description: "--only needs --output (the file whose other model is kept)") }
            return try String(contentsOfFile: output, encoding: .utf8)
        }
        var blocks: [String] = []
        for placement in fitted {
            if let only, only != placement, let existing {
                guard let kept = committedBlock(placement, in: existing) else {
                    throw UsageError(description: "no \(placement) model in \(output ?? "")")
                }
                print("\(placement): kept as it stands")
                blocks.append(kept)
                continue
            }
            let examples = try collect(placement)
            print("\(placement): \(examples.count) contacts")
            evaluate(examples)
            let model = try ContactStrikeModel.fit(examples.map(\.example), ridge: ridge)
            blocks.append(modelSource(placement, model, count: examples.count))
        }
        let source = header + blocks.joined() + "}\n"
        if let output {
            try source.write(toFile: output, atomically: true, encoding: .utf8)
            print("wrote \(output)")
        } else {
            print(source)
        }
    }

    /// The placements with a model, in the file's order.
    static let fitted: [Placement] = [.foot, .shank]

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    /// The labelled contacts of every training recording of one placement.
    static func collect(_ placement: Placement) throws -> [Labelled] {
        var result: [Labelled] = []
        for seed in seeds {
            for rate in rates {
                for noise in noises {
                    for activity in ["walk", "run"] {
                        for direction in ["fw", "bw"] {
                            for strike in ["heel", "mid", "toe"] {
                                let script = try SessionScript(parsing: "stand:3, \(direction)-\(activity)@\(strike):20, stand:3")
                                let simulated = GaitSimulator.simulate(script, options: SimulationOptions(
                                    placement: placement, sampleRate: rate,
                                    seed: seed &* 1_000_003 &+ UInt64(rate) &* 31 &+ UInt64(noise * 1000),
                                    noise: noise, bias: noise))
                                let group = "\(activity) \(direction) \(Int(rate)) Hz"
                                result += try labelled(simulated, placement: placement).map {
                                    Labelled(example: $0, seed: seed, group: group)
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The detected contacts of the sensor's (left) foot with their features and the truth strike.
    static func labelled(_ simulated: SimulatedRecording, placement: Placement) throws -> [ContactStrikeModel.Example] {
        let analysis = try GaitAnalyzer(configuration: .init(placement: placement, sensorSide: .left)).analyze(simulated.recording)
        let contacts = analysis.events.filter { $0.kind == .initialContact }.sorted { $0.sampleIndex < $1.sampleIndex }
        let toeOffs = analysis.events.filter { $0.kind == .toeOff }.map(\.sampleIndex).sorted()
        let ends: [Double?] = contacts.indices.map { index in
            let next = index + 1 < contacts.count ? contacts[index + 1].sampleIndex : Int.max
            return toeOffs.first { $0 > contacts[index].sampleIndex && $0 < next }.map(Double.init)
        }
        let features = ContactStrikeFeatures.measure(
            simulated.recording, initialContacts: contacts.map { Double($0.sampleIndex) }, toeOffs: ends)
        let truth = simulated.events.filter { $0.kind == .initialContact && $0.side == .left }
        return contacts.indices.compactMap { index in
            guard let measured = features[index],
                  let nearest = truth.min(by: { abs($0.time - contacts[index].time) < abs($1.time - contacts[index].time) }),
                  abs(nearest.time - contacts[index].time) <= 0.04,
                  // A settling touchdown into standing has no strike to learn.
                  nearest.strike != .unknown
            else { return nil }
            return ContactStrikeModel.Example(features: measured, strike: nearest.strike)
        }
    }

    /// Leave-one-seed-out: per held-out seed, a model fitted on the other seeds classifies its contacts.
    static func evaluate(_ examples: [Labelled]) {
        var correct: [String: (right: Int, total: Int)] = [:]
        var all = (right: 0, total: 0, heelRight: 0)
        for seed in seeds {
            let training = examples.filter { $0.seed != seed }.map(\.example)
            guard let model = try? ContactStrikeModel.fit(training, ridge: ridge) else {
                print("seed \(seed): fit failed")
                continue
            }
            for item in examples where item.seed == seed {
                guard let p = model.probabilities(item.example.features),
                      let best = p.indices.max(by: { p[$0] < p[$1] }) else { continue }
                let predicted = ContactStrikeModel.classes[best]
                let right = predicted == item.example.strike
                correct[item.group, default: (0, 0)].right += right ? 1 : 0
                correct[item.group, default: (0, 0)].total += 1
                all.right += right ? 1 : 0
                all.total += 1
                all.heelRight += (predicted == .heel) == (item.example.strike == .heel) ? 1 : 0
            }
        }
        for (group, tally) in correct.sorted(by: { $0.key < $1.key }) {
            print(String(format: "  %@: %.1f %% of %d", group, 100 * Double(tally.right) / Double(tally.total), tally.total))
        }
        print(String(
            format: "  leave-one-seed-out: 3-class %.1f %%, heel vs non-heel %.1f %% of %d contacts",
            100 * Double(all.right) / Double(max(1, all.total)), 100 * Double(all.heelRight) / Double(max(1, all.total)), all.total))
    }

    /// The generated file's opening, up to the extension's first member.
    static var header: String {
        """
            // Generated by `swift run -c release ContactStrikeFit --output <this file>` (Sources/ContactStrikeFit):
            // do not edit by hand. Fitted on GaitSimulator recordings (seeds \(seeds.map(String.init).joined(separator: ", ")); forward and
            // backward, walking and running, heel, mid and toe strike, \(rates.map { String(Int($0)) }.joined(separator: "/")) Hz, low and
            // high noise) on the analyzer's detected contacts, ridge \(ridge). Seed-wise accuracy: see the tool's output
            // and ACCURACY.md (whose recordings use other seeds).

            extension ContactStrikeModel {

            """
    }

    /// One placement's model as a member of the generated extension.
    static func modelSource(_ placement: Placement, _ model: ContactStrikeModel, count: Int) -> String {
        func list(_ values: [Double]) -> String { "[" + values.map { "\($0)" }.joined(separator: ", ") + "]" }
        let name = placement == .foot ? "simulatedFoot" : "simulatedShank"
        return """
                /// \(blockTitle(placement)), fitted on \(count) simulated contacts.
                /// Inputs in ``termNames`` order (``terms(_:)``); classes in ``classes`` order.
                public static let \(name) = ContactStrikeModel(
                    featureMeans: \(list(model.featureMeans)),
                    featureScales: \(list(model.featureScales)),
                    intercepts: \(list(model.intercepts)),
                    coefficients: [
                        \(model.coefficients.map(list).joined(separator: ",\n            ")),
                    ])

            """
    }

    /// The start of a placement's member's documentation, which opens its block in the generated file.
    static func blockTitle(_ placement: Placement) -> String { "Toe / mid / heel for a \(placement) accelerometer" }

    /// A placement's member as it stands in a generated file (up to the next member or the
    /// extension's closing brace), or nil when the file has none.
    static func committedBlock(_ placement: Placement, in source: String) -> String? {
        guard let title = source.range(of: "    /// " + blockTitle(placement)),
              let closing = source.range(of: "}", options: .backwards), closing.lowerBound > title.lowerBound
        else { return nil }
        let rest = source[title.upperBound..<closing.lowerBound]
        let end = rest.range(of: "    /// Toe / mid / heel for a ")?.lowerBound ?? closing.lowerBound
        return String(source[title.lowerBound..<end])
    }
}
