import Foundation
import GaitDatasets
import RetroGait
import Testing

/// Real-data loaders against the counts stated in each folder's README. Skipped only when the shared
/// data folder (`../shared/data`, or `$RETROGAIT_SHARED_DATA`) is absent.
@Suite("Evaluation: real-data loaders")
struct EvaluationDatasetLoaderTests {
    static let alcantara = DatasetLocation.folder(Alcantara2022.folderName)
    static let voisard = DatasetLocation.folder(Voisard2023.folderName)

    @Test(.enabled(if: alcantara != nil, "shared data folder alcantara2022-sacrum-running-grf not found"))
    func alcantaraHas31TrialsAnd497Contacts() throws {
        let trials = try Alcantara2022.load(from: #require(Self.alcantara))
        #expect(trials.count == 31)
        let contacts = trials.flatMap(\.contacts)
        #expect(contacts.count == 497)
        #expect(contacts.count { $0.isPartial } == 31)
        for trial in trials {
            #expect(trial.recording.count == 2480)
            #expect(trial.recording.sampleRate == 500)
            #expect(trial.recording.placement == .lowerBack)
            #expect(trial.normalForce.count == 2480)
            // The reference contacts are where the normal force exceeds 0.05 body weight (README).
            for contact in trial.contacts where !contact.isPartial {
                let peak = trial.normalForce[contact.initialContactSample..<contact.toeOffSample].max() ?? 0
                #expect(peak > 1, "trial \(trial.row) contact \(contact.index): peak \(peak) BW")
            }
            let complete = trial.contacts.filter { !$0.isPartial }
            #expect((12...19).contains(complete.count), "trial \(trial.row): \(complete.count) complete contacts")
        }
        // Row 0 is the +10° trial at 2.5 m/s, 100 % midfoot (README, Sub_Info row 1).
        #expect(trials[0].speed == 2.5 && trials[0].slope == 10)
        #expect(trials[0].dominantStrike == .mid)
        #expect(trials.count { $0.dominantStrike == .heel } == 25)
        // Vertical acceleration 0…6.1 g with gravity; flight clipped to 0.
        let vertical = trials.flatMap(\.recording.acceleration.x)
        #expect((vertical.min() ?? -1) >= 0 && (vertical.max() ?? 0) < 6.2)
    }

    @Test(.enabled(if: alcantara != nil, "shared data folder alcantara2022-sacrum-running-grf not found"))
    func alcantaraTruthLeavesOutEventsCutByTheWindow() throws {
        let trials = try Alcantara2022.load(from: #require(Self.alcantara))
        let first = trials[0]
        // Row 0 starts in stance (contact 0 at samples 0…64): its toe-off is real, its "IC" is the cut.
        let events = first.truthEvents
        #expect(events.first?.kind == .toeOff)
        #expect(abs(events.first!.time - 0.128) < 1e-9)
        #expect(!events.contains { $0.kind == .initialContact && $0.time == 0 })
        #expect(!events.contains { $0.kind == .toeOff && $0.sampleIndex >= 2480 })
        // Each complete contact gives one IC and one TC.
        let total = trials.reduce(0) { $0 + $1.truthEvents.count }
        #expect(total == 2 * 497 - 31)
    }

    @Test(.enabled(if: voisard != nil, "shared data folder voisard2023-walking-feet-lowback not found"))
    func voisardHas12TrialsAnd410Footsteps() throws {
        let trials = try Voisard2023.load(from: #require(Self.voisard))
        #expect(trials.count == 12)
        #expect(trials.reduce(0) { $0 + $1.footstepCount } == 410)
        for trial in trials {
            for sensor in VoisardSensor.allCases {
                let recording = try #require(trial.recordings[sensor])
                #expect(recording.sampleRate == 100)
                #expect(recording.angularVelocity != nil)
                #expect(recording.placement == sensor.placement)
                // Gravity ≈ 1 g at rest (first half second), so the m/s² → g conversion happened.
                let still = recording.acceleration.magnitude().prefix(50)
                let mean = still.reduce(0, +) / Float(still.count)
                #expect(abs(mean - 1) < 0.1, "\(trial.name) \(sensor): \(mean) g at rest")
            }
            #expect(trial.truthEvents.count == 2 * trial.footstepCount)
            #expect(trial.truthEvents.allSatisfy { trial.scoringWindow.contains($0.time) })
            // Every trial turns once, inside its walking trial.
            let turn = try #require(trial.uTurnBoundaries)
            #expect(trial.trialBoundaries.contains(turn.lowerBound) && trial.trialBoundaries.contains(turn.upperBound))
        }
        // 1-4 turns over samples 1437…1592 (its JSON).
        #expect(trials.first { $0.name == "1-4" }?.uTurnBoundaries == 1437...1592)
        // Three single-packet drops are interpolated (3-1 rf, 5-4 lb, 8-4 lb/lf/rf → 5 samples).
        #expect(trials.reduce(0) { $0 + $1.repairedSamples.values.reduce(0, +) } == 5)
        // Two lower-back files start at PacketCounter 1: their time base starts at 0.01 s.
        let late = trials.filter { $0.recordings[.lowerBack]?.startTime == 0.01 }.map(\.name)
        #expect(late == ["13-5", "3-1"])
        // 1-4: first left-foot step [599, 648] → TC 5.99 s, IC 6.48 s.
        let trial = try #require(trials.first { $0.name == "1-4" })
        let left = trial.truthEvents.filter { $0.side == .left }
        #expect(left.first?.kind == .toeOff && left.first?.time == 5.99)
        #expect(left.dropFirst().first?.kind == .initialContact && left.dropFirst().first?.time == 6.48)
    }
}
