import Foundation
import GaitDSP
import GaitDatasets
import GaitSimulator
import RetroGait

/// Lower back: is the phase of the trunk's anteroposterior sway against its vertical bounce a direction
/// cue for a single bout without a declared mounting? (Alone it is not; it confirms a small trunk lean:
/// `FrontEstimator`, `TrunkSwayPhase`.)
///
/// Backward walking is close to forward walking played backward in time (joint angles: Winter, Pluck &
/// Yang 1989; Grasso et al. 1998; Lee et al. 2013, who also find the ankle moment, and with it the
/// ground reaction force, nearly the same reversed). Played backward, the trunk's acceleration in its own
/// frame is unchanged but runs the other way in time, and the travel flips. At the step frequency,
/// the horizontal specific force along the travel, s, and the vertical one, v, then keep the braking-then-propulsion
/// quadrature (s's phase against v's, Δ, near ±90°), but any lead beyond it mirrors: Δ becomes
/// 180° − Δ. A bout's Δ above 90° in forward walking would read below 90° backward, a cue needing
/// neither the sensor's mounting nor the sign of any axis, only the travel line and the up.
/// Measured here on real forward walkers (voisard2023: straight walks between the trial's start, its
/// U-turn and its end, 1 s trimmed at each end, the sensor's front −z), on a real forward runner
/// (alcantara2022, travel sign from each contact's braking then propulsion) and on the simulator's lower
/// back (single bouts, no tilt, the truth's travel).
enum TrunkPhaseSection {
    /// Seeds 6200 + position: disjoint from the matrix (1000 + i), the interval sessions (5000 + i) and
    /// the single-bout section (6000–6143).
    static let firstSeed: UInt64 = 6200
    static let seedsPerStrike = 2

    /// One row's phases (degrees) and what they come from.
    struct Row {
        var data: String
        var gait: String
        var phases: [Double]
    }

    static func render(voisardFolder: URL?, alcantaraFolder: URL?) async -> String {
        guard let voisardFolder, let alcantaraFolder,
              let voisard = try? Voisard2023.load(from: voisardFolder),
              let alcantara = try? Alcantara2022.load(from: alcantaraFolder)
        else { return "### Lower back: the phase of the AP sway against the vertical\n\nCould not load voisard2023 and alcantara2022.\n\n" }
        var rows: [Row] = []
        rows.append(Row(data: "voisard2023 (12 trials)", gait: "forward walking", phases: voisard.flatMap(voisardPhases)))
        let simulated = await simulatedPhases()
        rows.append(Row(data: "simulated", gait: "forward walking", phases: simulated[.walking]?[.forward] ?? []))
        rows.append(Row(data: "simulated", gait: "backward walking", phases: simulated[.walking]?[.backward] ?? []))
        rows.append(Row(data: "alcantara2022 (31 trials)", gait: "forward running", phases: alcantara.compactMap(alcantaraPhase)))
        rows.append(Row(data: "simulated", gait: "forward running", phases: simulated[.running]?[.forward] ?? []))
        rows.append(Row(data: "simulated", gait: "backward running", phases: simulated[.running]?[.backward] ?? []))

        var table = MarkdownTable(
            header: ["data", "gait", "bouts", "Δ median (min–max) °", "beyond ±90°"], leftAligned: [0, 1])
        for row in rows {
            table.rows.append([
                row.data, row.gait, "\(row.phases.count)", spread(row.phases), "\(row.phases.count { abs($0) > 90 })",
            ])
        }
        let realWalks = rows[0].phases, forwardWalks = rows[1].phases, backwardWalks = rows[2].phases
        let realRuns = rows[3].phases
        var text = """
            ### Lower back: the phase of the AP sway against the vertical, a single-bout direction cue?

            Backward walking is close to forward walking played backward in time (joint angles: Winter et al. 1989,
            Grasso et al. 1998, Lee et al. 2013; the ankle moment too). Reversed, the trunk's acceleration runs the
            other way in time and the travel flips, so at the step frequency the phase Δ of the horizontal specific
            force along the travel against the vertical keeps its braking-then-propulsion quadrature (±90°), but a
            lead beyond it mirrors (Δ → 180° − Δ): a cue needing neither the mounting nor the sign of any axis.
            Δ per bout: voisard2023's straight walks (the sensor's front −z, 1 s trimmed at each end), alcantara2022's
            trials (travel sign from each contact's braking then propulsion), the simulator's single lower-back bouts
            (3 strikes × \(seedsPerStrike) seeds, no tilt, truth travel); step frequency from the reference contacts.


            """
        text += table.rendered + "\n"
        if let lowestReal = realWalks.map(abs).min(), let highestBackward = backwardWalks.map(abs).max(),
           let lowestForward = forwardWalks.map(abs).min(), let realNearest = realRuns.map(abs).max(),
           let realFarthest = realRuns.map(abs).min(), let simulatedNearest = rows[4].phases.map(abs).min() {
            text += """
                Walking: \(realWalks.count { abs($0) > 90 }) of \(realWalks.count) real forward walks lead beyond 90°, and the simulator mirrors its
                forward walks (lowest \(Format.number(lowestForward, 0))°) in its backward ones (highest \(Format.number(highestBackward, 0))°), as reversal predicts. But the
                real walkers spread more than that gap: their lowest walk reads \(Format.number(lowestReal, 0))°, \(Format.number(lowestReal - highestBackward, 0))° from the simulator's backward
                walks, and its mirror (\(Format.number(180 - lowestReal, 0))°) would pass for forward. A threshold that decides the simulated
                backward walks sits within a few degrees of that mirror. Running: the one real forward runner's trials read |Δ| \(Format.number(realFarthest, 0))–\(Format.number(realNearest, 0))°, \(Format.number(90 - realNearest, 0))°
                or more short of 90° at every slope and speed, far from their mirror; the simulator's forward runs sit near
                the quadrature (|Δ| \(Format.number(simulatedNearest, 0))° and up), so its running trunk lacks that lead, and with one real runner
                the spread between runners is unknown. Near the quadrature the phase decides nothing; it confirms a
                trunk lean too small to trust by itself (from 0.5°, where the two agree, forward where sin 2Δ < 0:
                `FrontEstimator`), and the two fail on different real walkers. Only 12° or more beyond the quadrature,
                past the real forward walkers' farthest reading on the backward side (8°) and the 4° by which one
                walker's two walks differ, does it decide alone, where the lean is under 3° or there is no standing.


                """
        }
        return text
    }

    /// Δ (degrees) of each straight walk of a trial's lower-back recording.
    static func voisardPhases(_ trial: VoisardTrial) -> [Double] {
        guard let recording = trial.recordings[.lowerBack], let turn = trial.uTurnBoundaries else { return [] }
        let trim = Int(trial.sampleRate)
        let contacts = trial.footsteps.values.flatMap { $0.map(\.heelStrike) }.sorted()
        let walks = [
            (trial.trialBoundaries.lowerBound + trim)..<(turn.lowerBound - trim),
            (turn.upperBound + trim)..<(trial.trialBoundaries.upperBound - trim),
        ]
        return walks.compactMap { walk in
            guard let frequency = stepFrequency(contacts.filter { walk.contains($0) }, sampleRate: trial.sampleRate)
            else { return nil }
            return phase(
                recording.acceleration, samples: walk, along: SensorAxis.minusZ.unitVector, stepFrequency: frequency,
                sampleRate: trial.sampleRate)
        }
    }

    /// Δ (degrees) of a treadmill trial: x is vertical, y anteroposterior with an undocumented sign, so the
    /// travel is the sign of the contacts' propulsion minus braking along y.
    static func alcantaraPhase(_ trial: AlcantaraTrial) -> Double? {
        let ap = trial.recording.acceleration.y
        var push = 0.0
        for contact in trial.contacts where contact.toeOffSample - contact.initialContactSample >= 10 {
            let middle = (contact.initialContactSample + contact.toeOffSample) / 2
            guard contact.initialContactSample >= 0, contact.toeOffSample <= ap.count else { continue }
            push += mean(ap[middle..<contact.toeOffSample]) - mean(ap[contact.initialContactSample..<middle])
        }
        let contacts = trial.contacts.map(\.initialContactSample)
        guard push != 0, let frequency = stepFrequency(contacts, sampleRate: Alcantara2022.sampleRate) else { return nil }
        return phase(
            trial.recording.acceleration, samples: 0..<trial.recording.acceleration.count,
            along: SIMD3(0, push > 0 ? 1 : -1, 0), stepFrequency: frequency, sampleRate: Alcantara2022.sampleRate)
    }

    /// Δ of the simulator's single lower-back bouts, by activity and direction.
    static func simulatedPhases() async -> [Activity: [Direction: [Double]]] {
        var cases: [(activity: Activity, direction: Direction, strike: FootStrike, seed: UInt64)] = []
        for activity in SimulatedScenario.activities {
            for direction in SimulatedScenario.directions {
                for strike in SimulatedScenario.strikes {
                    for _ in 0..<seedsPerStrike {
                        cases.append((activity, direction, strike, firstSeed + UInt64(cases.count)))
                    }
                }
            }
        }
        let phases = await concurrentMap(cases, width: 2) { item -> Double? in
            let script = SimulatedScenario.script(item.activity, direction: item.direction, strike: item.strike)
            let simulated = GaitSimulator.simulate(
                script, options: SimulationOptions(placement: .lowerBack, sampleRate: 100, seed: item.seed))
            let contacts = simulated.events.filter { $0.kind == .initialContact }.map(\.sampleIndex).sorted()
            guard contacts.count > 6, let frequency = stepFrequency(contacts, sampleRate: 100) else { return nil }
            // The segment frame: x to the front; the travel is the front forward and its opposite backward.
            let travel: SIMD3<Float> = item.direction == .forward ? [1, 0, 0] : [-1, 0, 0]
            return phase(
                simulated.recording.acceleration, samples: contacts[2]..<contacts[contacts.count - 3], along: travel,
                stepFrequency: frequency, sampleRate: 100)
        }
        var result: [Activity: [Direction: [Double]]] = [:]
        for (item, phase) in zip(cases, phases) {
            if let phase { result[item.activity, default: [:]][item.direction, default: []].append(phase) }
        }
        return result
    }

    /// Phase (degrees, −180…180) of the horizontal specific force along `along` (made horizontal to the
    /// span's mean up) against the vertical one, at `stepFrequency` (Hz), over `samples`.
    static func phase(
        _ acceleration: TriaxialSignal, samples: Range<Int>, along: SIMD3<Float>, stepFrequency: Double, sampleRate: Double
    ) -> Double? {
        guard samples.lowerBound >= 0, samples.upperBound <= acceleration.count, samples.count >= 2 * Int(sampleRate)
        else { return nil }
        func sample(_ index: Int) -> SIMD3<Double> {
            SIMD3(Double(acceleration.x[index]), Double(acceleration.y[index]), Double(acceleration.z[index]))
        }
        var sum = SIMD3<Double>.zero
        for index in samples { sum += sample(index) }
        let up = sum / (sum * sum).sum().squareRoot()
        var line = SIMD3<Double>(along)
        line -= (line * up).sum() * up
        let length = (line * line).sum().squareRoot()
        guard length > 0.1 else { return nil }
        line /= length
        return CrossPhase.degrees(count: samples.count, period: sampleRate / stepFrequency) { offset in
            let value = sample(samples.lowerBound + offset)
            return ((value * line).sum(), (value * up).sum())
        }
    }

    /// Steps per second from the median interval between consecutive contacts (both feet).
    static func stepFrequency(_ contacts: [Int], sampleRate: Double) -> Double? {
        let intervals = zip(contacts.dropFirst(), contacts).map { Double($0 - $1) }.filter { $0 > 0 }.sorted()
        guard intervals.count >= 4 else { return nil }
        return sampleRate / intervals[intervals.count / 2]
    }

    private static func mean(_ values: ArraySlice<Float>) -> Double {
        values.isEmpty ? 0 : Double(values.reduce(0, +)) / Double(values.count)
    }

    private static func spread(_ values: [Double]) -> String {
        let sorted = values.sorted()
        guard let low = sorted.first, let high = sorted.last else { return "—" }
        let middle = sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        return "\(Format.signed(middle, 0)) (\(Format.signed(low, 0)) to \(Format.signed(high, 0)))"
    }
}
