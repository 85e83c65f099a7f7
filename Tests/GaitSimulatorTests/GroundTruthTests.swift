import GaitSimulator
import RetroGait
import Testing

@Suite("Ground-truth events and bouts")
struct GroundTruthTests {
    static let gaits: [(Activity, Direction)] = [
        (.running, .forward), (.running, .backward), (.walking, .forward), (.walking, .backward),
    ]

    @Test(arguments: gaits)
    func eventCountMatchesCadenceTimesDuration(activity: Activity, direction: Direction) {
        let simulated = Sim.run(activity, direction, seconds: 60, rate: 50)
        let steady = Sim.steadyContacts(simulated)
        let stepTimes = zip(steady, steady.dropFirst()).map { $1.ic.time - $0.ic.time }
        let cadence = 60 / Sim.mean(stepTimes)
        let count = Double(Sim.initialContacts(simulated).count)
        // The ramps in and out lose at most a few seconds of steps.
        #expect(count <= cadence)
        #expect(count >= cadence * (60 - 5) / 60)
        // Every contact has a toe-off except each foot's settling touchdown after the last step, and each
        // foot's lift-off from standing before its first step is a toe-off with no contact before it.
        #expect(simulated.events.count == 2 * Int(count))
    }

    @Test(arguments: gaits)
    func everyContactHasInitialContactBeforeToeOff(activity: Activity, direction: Direction) {
        let simulated = Sim.run(activity, direction, seconds: 30)
        let pairs = Sim.contacts(simulated)
        // Each foot's settling touchdown ends the bout standing: no toe-off follows it.
        #expect(pairs.count == Sim.initialContacts(simulated).count - 2)
        for pair in pairs {
            #expect(pair.ic.time < pair.tc.time)
            #expect(pair.ic.side == pair.tc.side)
            #expect(pair.ic.side != .unknown)
        }
        // Feet alternate.
        for (a, b) in zip(pairs, pairs.dropFirst()) { #expect(a.ic.side != b.ic.side) }
    }

    @Test(arguments: [Direction.forward, .backward])
    func runningHasFlightAndContactPlusFlightIsTheStep(direction: Direction) {
        let simulated = Sim.run(.running, direction, seconds: 30)
        let pairs = Sim.contacts(simulated)
        for (a, b) in zip(pairs, pairs.dropFirst()) {
            let step = b.ic.time - a.ic.time
            let contact = a.tc.time - a.ic.time
            let flight = b.ic.time - a.tc.time
            #expect(flight > 0.015, "running needs an aerial phase")
            #expect(abs(contact + flight - step) < 1e-9)
        }
    }

    @Test(arguments: [Direction.forward, .backward])
    func walkingHasDoubleSupport(direction: Direction) {
        let pairs = Sim.contacts(Sim.run(.walking, direction, seconds: 30))
        for (a, b) in zip(pairs, pairs.dropFirst()) {
            #expect(a.tc.time > b.ic.time, "the trailing foot leaves after the leading foot lands")
        }
        let steady = Sim.steadyContacts(Sim.run(.walking, direction, seconds: 30))
        let strides = zip(steady, steady.dropFirst(2)).map { $1.ic.time - $0.ic.time }
        let stanceShare = Sim.mean(steady.map { $0.tc.time - $0.ic.time }) / Sim.mean(strides)
        #expect(stanceShare > 0.58 && stanceShare < 0.68)
    }

    @Test func backwardRunningHasHigherCadenceShorterContactLongerFlight() {
        func summary(_ direction: Direction) -> (cadence: Double, contact: Double, flight: Double) {
            let steady = Sim.steadyContacts(Sim.run(.running, direction, seconds: 60, rate: 50))
            let steps = zip(steady, steady.dropFirst()).map { $1.ic.time - $0.ic.time }
            let contacts = steady.map { $0.tc.time - $0.ic.time }
            let flights = zip(steady, steady.dropFirst()).map { $1.ic.time - $0.tc.time }
            return (60 / Sim.mean(steps), Sim.mean(contacts), Sim.mean(flights))
        }
        let forward = summary(.forward), backward = summary(.backward)
        #expect((160...185).contains(forward.cadence))
        #expect((190...220).contains(backward.cadence))
        #expect((0.20...0.30).contains(forward.contact))
        #expect(backward.contact < forward.contact)
        #expect(backward.flight > forward.flight)
        // Cavagna et al. (2012): ≈ 0.098 s backward vs ≈ 0.072 s forward aerial time.
        #expect((0.085...0.115).contains(backward.flight))
        #expect((0.06...0.10).contains(forward.flight))
    }

    @Test(arguments: [Direction.forward, .backward])
    func walkingCadenceIsTypical(direction: Direction) {
        let steady = Sim.steadyContacts(Sim.run(.walking, direction, seconds: 60, rate: 50))
        let cadence = 60 / Sim.mean(zip(steady, steady.dropFirst()).map { $1.ic.time - $0.ic.time })
        #expect((100...125).contains(cadence))
    }

    @Test func stepTimeVariabilityIsAsConfigured() {
        let steady = Sim.steadyContacts(Sim.run(.running, .forward, seconds: 120, rate: 25))
        let steps = zip(steady, steady.dropFirst()).map { $1.ic.time - $0.ic.time }
        let cv = Sim.standardDeviation(steps) / Sim.mean(steps)
        #expect(cv > 0.02 && cv < 0.045)
        let still = Sim.steadyContacts(Sim.run(.running, .forward, seconds: 60, rate: 25) {
            $0.stepVariability = 0; $0.asymmetry = 0
        })
        let even = zip(still, still.dropFirst()).map { $1.ic.time - $0.ic.time }
        #expect(Sim.standardDeviation(even) / Sim.mean(even) < 0.005)
    }

    @Test func asymmetryLengthensLeftSteps() {
        let steady = Sim.steadyContacts(Sim.run(.running, .forward, seconds: 120, rate: 25) {
            $0.asymmetry = 0.1; $0.stepVariability = 0.01
        })
        let pairs = zip(steady, steady.dropFirst())
        let left = pairs.filter { $0.0.ic.side == .left }.map { $1.ic.time - $0.ic.time }
        let right = pairs.filter { $0.0.ic.side == .right }.map { $1.ic.time - $0.ic.time }
        #expect(Sim.mean(left) / Sim.mean(right) > 1.07)
    }

    /// Before its first step the limb model lifts each foot out of rest, and after its last step it swings
    /// each foot beside the other and puts it down (a touchdown with an impact): the truth lists that
    /// lift-off (a toe-off) and that settling touchdown, per foot and bout.
    @Test(arguments: gaits)
    func eachFootSettlesAfterItsLastStep(activity: Activity, direction: Direction) throws {
        let simulated = GaitSimulator.simulate(
            SessionScript([
                BoutScript(.standing, duration: 3), BoutScript(activity, direction: direction, duration: 15),
                BoutScript(.standing, duration: 3),
            ]),
            options: SimulationOptions(placement: .foot, seed: 4))
        for side in [Side.left, .right] {
            let own = simulated.events.filter { $0.side == side }
            let first = try #require(own.first), last = try #require(own.last)
            #expect(first.kind == .toeOff && first.strike == .unknown && first.time >= 3)
            #expect(last.kind == .initialContact && last.strike == .unknown && last.time < 18)
            #expect(own.filter { $0.strike == .unknown }.count == 2)
            // The foot's first landing comes one swing after its lift-off.
            let firstLanding = try #require(own.first { $0.kind == .initialContact })
            #expect(firstLanding.strike != .unknown)
            #expect((0.15...1.0).contains(firstLanding.time - first.time))
            // The settling touchdown comes one swing after the foot's last toe-off.
            let lastToeOff = try #require(own.last { $0.kind == .toeOff })
            #expect((0.2...0.9).contains(last.time - lastToeOff.time))
            // Contact after contact: initial contacts and toe-offs alternate.
            let kinds = own.map(\.kind)
            for (a, b) in zip(kinds, kinds.dropFirst()) { #expect(a != b) }
        }
    }

    @Test func standingHasNoEvents() {
        let simulated = Sim.run(.standing, .unknown, seconds: 20)
        #expect(simulated.events.isEmpty)
        #expect(simulated.bouts == [Bout(startTime: 0, endTime: 20, activity: .standing, direction: .unknown)])
    }

    @Test func sessionLabelsLineUpWithBouts() throws {
        let session = try SessionScript(parsing: "fw-run:30, 2*(bw-run:20, stand:10), bw-walk@mid:20, fw-walk:20")
        let simulated = GaitSimulator.simulate(session, options: SimulationOptions(placement: .foot, sampleRate: 50, seed: 5))
        #expect(simulated.bouts.count == 7)
        for (a, b) in zip(simulated.bouts, simulated.bouts.dropFirst()) { #expect(a.endTime == b.startTime) }
        #expect(simulated.bouts.first?.startTime == 0)
        #expect(simulated.bouts.last?.endTime == 130)
        for (bout, script) in zip(simulated.bouts, session.bouts) {
            #expect(bout.activity == script.activity && bout.direction == script.direction)
            let inside = simulated.events.filter { $0.time >= bout.startTime && $0.time < bout.endTime }
            if bout.activity == .standing {
                #expect(inside.isEmpty)
            } else {
                #expect(inside.count > 10)
                for event in inside {
                    #expect(event.direction == bout.direction)
                    // Each foot's lift-off from standing and settling touchdown are no strike of the gait.
                    #expect(event.strike == script.effectiveStrike || event.strike == .unknown)
                    #expect(event.confidence == 1)
                }
                #expect(inside.filter { $0.strike == .unknown }.count == 4)
            }
        }
        #expect(simulated.events.filter { $0.strike == .mid }.count > 0)
        // Every event falls inside some bout, and events are time-ordered.
        #expect(zip(simulated.events, simulated.events.dropFirst()).allSatisfy { $0.time <= $1.time })
    }

    @Test(arguments: [25.0, 50, 100, 128, 200, 500, 1000])
    func everyRateWorksAndTruthDoesNotDependOnRate(rate: Double) {
        let simulated = Sim.run(.running, .backward, seconds: 10, placement: .shank, rate: rate) { $0.includeGyroscope = true }
        let reference = Sim.run(.running, .backward, seconds: 10, placement: .shank, rate: 100) { $0.includeGyroscope = true }
        #expect(simulated.recording.count == Int(10 * rate))
        #expect(simulated.recording.sampleRate == rate)
        #expect(simulated.isUniformlySampled)
        #expect(simulated.events.map(\.time) == reference.events.map(\.time))
        let all = simulated.recording.acceleration.x + simulated.recording.acceleration.y + simulated.recording.acceleration.z
        #expect(all.allSatisfy { $0.isFinite })
        #expect(simulated.recording.angularVelocity?.x.allSatisfy { $0.isFinite } == true)
        for event in simulated.events {
            #expect(abs(Double(event.sampleIndex) / rate - event.time) <= 0.5 / rate + 1e-9)
        }
    }
}
