import GaitSimulator
import RetroGait

/// Direction of a single simulated bout with no declared mounting: from a foot or shank sensor with
/// and without a gyroscope (with one, the swing's knee-flexion rotation gives the front; without one,
/// the early swing's tilt along the travel gives the direction), and from a lower-back or
/// wrist sensor (accelerometer only: their fronts, the trunk's lean and sway phase, and the forearm's
/// carriage, do not use a gyroscope). The matrix's per-contact share counts unknown as wrong; here each bout is
/// right, wrong or unknown. Each recording is one bout between two standings; its direction is the
/// one of the detected bout that overlaps it most.
enum SingleBoutDirectionSection {
    static let placements: [Placement] = [.foot, .shank]
    /// Placements whose front does not use a gyroscope: one block, accelerometer only.
    static let accelerometerOnlyPlacements: [Placement] = [.lowerBack, .wrist]
    /// Seeds 6000 + position: disjoint from the matrix (1000 + i), the interval sessions (5000 + i)
    /// and the strike model's training seeds.
    static let firstSeed: UInt64 = 6000

    struct Scenario: Sendable {
        var placement: Placement
        var direction: Direction
        var activity: Activity
        var strike: FootStrike
        var tilted: Bool
        var gyroscope: Bool
        var seed: UInt64
    }

    /// Foot and shank with a gyroscope first (seeds 6000–6047, as before the rows without one were
    /// added), then without (6048–6095), then lower back and wrist without one (6096–6143).
    static func scenarios(firstSeed: UInt64 = firstSeed) -> [Scenario] {
        var scenarios: [Scenario] = []
        for (gyroscope, group) in blocks {
            for p in group {
                for d in SimulatedScenario.directions {
                    for a in SimulatedScenario.activities {
                        for s in SimulatedScenario.strikes {
                            for tilted in [false, true] {
                                scenarios.append(Scenario(
                                    placement: p, direction: d, activity: a, strike: s, tilted: tilted, gyroscope: gyroscope,
                                    seed: firstSeed + UInt64(scenarios.count)))
                            }
                        }
                    }
                }
            }
        }
        return scenarios
    }

    /// The table's blocks in order: (gyroscope, placements).
    static let blocks: [(gyroscope: Bool, placements: [Placement])] = [
        (true, placements), (false, placements), (false, accelerometerOnlyPlacements),
    ]

    /// The detected direction of the scenario's gait bout (nil when no bout overlaps it), without a
    /// mounting, or with `declaringAxis` the sensor axis nearest the segment's front declared.
    static func detectedDirection(_ scenario: Scenario, declaringAxis: Bool = false) -> Result<Direction?, AnalysisError> {
        let script = SimulatedScenario.script(scenario.activity, direction: scenario.direction, strike: scenario.strike)
        let options = SimulationOptions(
            placement: scenario.placement, sampleRate: 100, seed: scenario.seed, includeGyroscope: scenario.gyroscope,
            mounting: scenario.tilted ? .randomTilt(maxDegrees: BoutScenario.tiltDegrees) : .identity)
        let simulated = GaitSimulator.simulate(script, options: options)
        let analysis: GaitAnalysis
        do {
            // Foot and shank sensors sit on the left; lower back and wrist are analysed without a side
            // (as in the simulated matrix).
            let side: Side = scenario.placement == .foot || scenario.placement == .shank ? .left : .unknown
            let axis = declaringAxis ? SensorAxis.nearest(to: SIMD3<Float>(simulated.mounting.apply([1, 0, 0]))) : nil
            analysis = try GaitAnalyzer(configuration: .init(
                placement: scenario.placement, sensorSide: side, mounting: SensorMounting(forwardAxis: axis)))
                .analyze(simulated.recording)
        } catch {
            return .failure(error)
        }
        let truth = simulated.bouts.filter { $0.activity != .standing }
        let matched = BoutEvaluation(truth: truth, detected: analysis.bouts.map(\.bout))
        return .success(matched.comparisons.first?.detected?.direction)
    }

    static func render() async -> String {
        let scenarios = scenarios()
        let results = await concurrentMap(scenarios, width: 2) { detectedDirection($0) }
        var text = """
            ## Single-bout direction, no mounting (foot, shank, lower back, wrist)

            Each recording: \(Format.number(SimulatedScenario.standing, 0)) s standing, \(Format.number(SimulatedScenario.gait, 0)) s of one gait bout,
            \(Format.number(SimulatedScenario.standing, 0)) s standing, 100 Hz, foot, shank and wrist sensors on the left, no
            `--forward-axis`: foot and shank with and without a gyroscope, lower back and wrist without one,
            × 2 directions × 2 activities × 3 strikes × mounting (identity;
            random tilt up to \(Format.number(BoutScenario.tiltDegrees, 0))°) = \(scenarios.count) recordings, seeds \(firstSeed) + position.
            Direction of the detected bout that overlaps the gait bout most: correct / wrong / unknown
            (recordings). One bout has no other to contrast its rhythm with, so its direction rests on the
            segment's anatomical front alone, or, at a foot or shank without a gyroscope, on the first half of
            each swing: a forward foot lifts steeply toe-down, which offsets its acceleration along the travel;
            a backward one lifts nearly level over the heel, and the mean specific force tilts far along the
            travel (bout median at most 20° forward, at least 32° backward).


            """
        var table = MarkdownTable(
            header: ["placement", "gyro", "direction", "activity", "recordings", "correct", "wrong", "unknown"],
            leftAligned: [0, 1, 2, 3])
        var failures: [String] = []
        for (gyroscope, group) in blocks {
            for p in group {
                for d in SimulatedScenario.directions {
                    for a in SimulatedScenario.activities {
                        var tally = BoutSection.DirectionTally()
                        for (scenario, result) in zip(scenarios, results)
                        where scenario.gyroscope == gyroscope && scenario.placement == p && scenario.direction == d
                            && scenario.activity == a {
                            switch result {
                            case .success(let detected): tally.add(truth: d, detected: detected)
                            case .failure(let error): failures.append("seed \(scenario.seed): \(error)")
                            }
                        }
                        table.rows.append([p.rawValue, gyroscope ? "yes" : "no", d.rawValue, a.rawValue, "\(tally.total)",
                                           "\(tally.correct)", "\(tally.wrong)", "\(tally.unknown)"])
                    }
                }
            }
        }
        text += table.rendered + "\n"
        // The same foot and shank recordings without a gyroscope, the axis nearest the toes (the segment
        // frame's +x) declared: the direction is the sign of the travel along it.
        let declared = zip(scenarios, results).filter { !$0.0.gyroscope && placements.contains($0.0.placement) }.map(\.0)
        let withAxis = await concurrentMap(declared, width: 2) { detectedDirection($0, declaringAxis: true) }
        var axisTable = MarkdownTable(
            header: ["placement", "gyro", "direction", "activity", "recordings", "correct", "wrong", "unknown"],
            leftAligned: [0, 1, 2, 3])
        for p in placements {
            for d in SimulatedScenario.directions {
                for a in SimulatedScenario.activities {
                    var tally = BoutSection.DirectionTally()
                    for (scenario, result) in zip(declared, withAxis)
                    where scenario.placement == p && scenario.direction == d && scenario.activity == a {
                        switch result {
                        case .success(let detected): tally.add(truth: d, detected: detected)
                        case .failure(let error): failures.append("seed \(scenario.seed), axis declared: \(error)")
                        }
                    }
                    axisTable.rows.append([p.rawValue, "no", d.rawValue, a.rawValue, "\(tally.total)",
                                           "\(tally.correct)", "\(tally.wrong)", "\(tally.unknown)"])
                }
            }
        }
        text += """
            The same foot and shank recordings without a gyroscope, with `--forward-axis` set to the sensor axis
            nearest the toes: the direction is the sign of the travel along it (the foot's swing path at
            foot-flat's orientation; the shank's lean and roll over the planted foot).


            """ + axisTable.rendered + "\n"
        if !failures.isEmpty { text += "Failed: " + failures.joined(separator: "; ") + "\n\n" }
        return text
    }
}
