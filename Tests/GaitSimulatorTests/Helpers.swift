import GaitSimulator
import RetroGait

/// Shorthands shared by the simulator tests.
enum Sim {
    static func run(
        _ activity: Activity, _ direction: Direction, seconds: Double = 20, strike: FootStrike? = nil,
        placement: Placement = .lowerBack, rate: Double = 200, seed: UInt64 = 11,
        configure: (inout SimulationOptions) -> Void = { _ in }
    ) -> SimulatedRecording {
        var options = SimulationOptions(placement: placement, sampleRate: rate, seed: seed)
        configure(&options)
        return GaitSimulator.simulate(
            BoutScript(activity, direction: direction, duration: seconds, strike: strike), options: options)
    }

    static func initialContacts(_ simulated: SimulatedRecording) -> [GaitEvent] {
        simulated.events.filter { $0.kind == .initialContact }
    }

    /// (IC, TC) pairs of each contact, in IC order.
    static func contacts(_ simulated: SimulatedRecording) -> [(ic: GaitEvent, tc: GaitEvent)] {
        var open: [Side: GaitEvent] = [:]
        var pairs: [(ic: GaitEvent, tc: GaitEvent)] = []
        for event in simulated.events {
            if event.kind == .initialContact {
                open[event.side] = event
            } else if let ic = open.removeValue(forKey: event.side) {
                pairs.append((ic, event))
            }
        }
        return pairs.sorted { $0.ic.time < $1.ic.time }
    }

    /// Contacts away from the ramp-in/out at the bout edges.
    static func steadyContacts(_ simulated: SimulatedRecording, margin: Double = 2.5) -> [(ic: GaitEvent, tc: GaitEvent)] {
        let end = simulated.bouts.last?.endTime ?? 0
        return contacts(simulated).filter { $0.ic.time > margin && $0.tc.time < end - margin }
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(values.count, 1)) }

    static func standardDeviation(_ values: [Double]) -> Double {
        let m = mean(values)
        return (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(max(values.count - 1, 1))).squareRoot()
    }

    /// Samples whose time lies in `range`.
    static func indices(_ simulated: SimulatedRecording, in range: ClosedRange<Double>) -> [Int] {
        simulated.sampleTimes.indices.filter { range.contains(simulated.sampleTimes[$0]) }
    }
}
