#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import GaitSimulator
@testable import RetroGait
import Testing

/// `SpillingBuffer`, the radix selection and the streamed cadence series: what keeps a long analysis's
/// memory bounded, checked against the in-memory computations they replace.
@Suite("Bounded memory for long analyses")
struct SpillingBufferTests {
    /// Deterministic values (SplitMix64) over several magnitudes and both signs, with repeats.
    private static func values(_ count: Int, seed: UInt64) -> [Double] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let unit = Double(generator.next() >> 11) / Double(1 << 53)
            switch index % 5 {
            case 0: return (unit * 400).rounded()  // repeats
            case 1: return -unit * 1e-3
            case 2: return unit * 1e6
            case 3: return 0
            default: return unit - 0.5
            }
        }
    }

    @Test(arguments: [1, 7, 100, 4096])
    func keepsAtMostItsLimitInMemoryAndGivesBackEveryValue(memoryLimit: Int) {
        let appended = Self.values(10_000, seed: UInt64(memoryLimit))
        let buffer = SpillingBuffer<Double>(memoryLimit: memoryLimit)
        for value in appended {
            buffer.append(value)
            #expect(buffer.residentCount < memoryLimit || memoryLimit == 1)
        }
        #expect(buffer.count == appended.count)
        #expect(buffer.spilledCount >= appended.count - memoryLimit)
        #expect(Array(buffer).map(\.bitPattern) == appended.map(\.bitPattern))
        // Random access into the file, backwards, and a second pass.
        for index in stride(from: appended.count - 1, through: 0, by: -997) {
            #expect(buffer[index].bitPattern == appended[index].bitPattern)
        }
        #expect(buffer.reduce(0, +) == appended.reduce(0, +))
        buffer.removeAll()
        #expect(buffer.isEmpty && Array(buffer).isEmpty)
        for value in appended.prefix(5_000).reversed() { buffer.append(value) }
        #expect(Array(buffer) == Array(appended.prefix(5_000).reversed()))
    }

    /// A temporary file that cannot be read back (here cut short under the buffer) gives zeros for the
    /// lost values and a thrown error naming them, not a crash and not values passed off as right.
    @Test func aFailedReadBackIsThrownNotACrash() throws {
        let buffer = SpillingBuffer<Double>(memoryLimit: 10)
        let appended = (1...95).map(Double.init)
        for value in appended { buffer.append(value) }
        #expect(buffer.readFailure == nil)
        #expect(Array(buffer) == appended)
        try buffer.checkReadBack()
        let spilled = buffer.spilledCount
        #expect(spilled == 90)
        let file = try #require(buffer.file)
        #expect(fflush(file) == 0 && ftruncate(fileno(file), 0) == 0)

        let readBack = Array(buffer)
        #expect(readBack.count == appended.count)
        #expect(readBack[..<spilled].allSatisfy { $0 == 0 })
        #expect(Array(readBack[spilled...]) == Array(appended[spilled...]))
        let failure = try #require(buffer.readFailure)
        #expect(failure == TemporaryStorageError(firstIndex: 0, count: spilled, systemErrorNumber: 0))
        #expect(failure.description.contains("values 0..<90") && failure.description.contains("ended early"))
        #expect(throws: failure) { try buffer.checkReadBack() }
        // Random access fails the same way, and the first failure is the one kept.
        #expect(buffer[42] == 0)
        #expect(buffer.readFailure == failure)
    }

    @Test func recordsOfStepsComeBackUnchanged() {
        let buffer = SpillingBuffer<StepRecord>(memoryLimit: 3)
        let steps = (0..<50).map { index in
            Step(initialContactTime: Double(index) * 0.35, contactMilliseconds: index % 4 == 0 ? nil : 180 + Double(index),
                 flightMilliseconds: 90, stepMilliseconds: index % 7 == 0 ? nil : 350, dutyFactor: 0.3,
                 side: Side.allCases[index % Side.allCases.count], strike: FootStrike.allCases[index % FootStrike.allCases.count],
                 direction: Direction.allCases[index % Direction.allCases.count])
        }
        for (index, step) in steps.enumerated() { buffer.append(StepRecord(step, isInGaitBout: index % 3 == 0)) }
        for (index, (record, step)) in zip(buffer, steps).enumerated() {
            #expect(record.initialContactTime == step.initialContactTime && record.contactMilliseconds == step.contactMilliseconds
                && record.stepMilliseconds == step.stepMilliseconds && record.side == step.side
                && record.strike == step.strike && record.direction == step.direction && record.isInGaitBout == (index % 3 == 0))
        }
        #expect(StepStatistics(buffer) == StepStatistics(steps))
    }

    @Test(arguments: [1, 2, 3, 33, 1000, 1001])
    func radixSelectedMedianIsTheInMemoryMedian(count: Int) {
        let values = Self.values(count, seed: UInt64(count) &* 31)
        let inMemory = OrderStatistics.median(values)
        // A limit below the count forces the passes over the values.
        let selected = OrderStatistics.median(of: values, memoryLimit: 0)
        #expect(selected == inMemory, "\(String(describing: selected)) vs \(String(describing: inMemory))")
        #expect(OrderStatistics.median(of: values) == inMemory)
        let sorted = values.sorted()
        for rank in [0, count / 3, count - 1] {
            #expect(RadixSelection.value(atRank: rank, of: values) == sorted[rank])
        }
    }

    /// The series built a step at a time is the one the definition gives (every step with a known step
    /// time, the median over it and up to two consecutive known neighbours on each side).
    @Test func cadenceSeriesBuiltStepByStepFollowsItsDefinition() {
        let values = Self.values(400, seed: 5)
        let steps = values.enumerated().map { index, value in
            Step(initialContactTime: Double(index) * 0.3, stepMilliseconds: value < 0 || index % 11 == 0 ? nil : 250 + abs(value).truncatingRemainder(dividingBy: 200))
        }
        var expected: [CadenceSample] = []
        for (index, step) in steps.enumerated() where step.stepMilliseconds != nil {
            var neighbourhood: [Double] = []
            var j = index
            while j >= 0, index - j <= 2, let ms = steps[j].stepMilliseconds { neighbourhood.append(ms); j -= 1 }
            j = index + 1
            while j < steps.count, j - index <= 2, let ms = steps[j].stepMilliseconds { neighbourhood.append(ms); j += 1 }
            let sorted = neighbourhood.sorted()
            let middle = sorted.count / 2
            let median: Double = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            expected.append(CadenceSample(time: step.initialContactTime, stepsPerMinute: 60_000 / median))
        }
        var builder = CadenceSeriesBuilder()
        var built: [CadenceSample] = []
        for step in steps { builder.add(step) { built.append($0) } }
        builder.finish { built.append($0) }
        #expect(expected.count > 200)
        #expect(built.count == expected.count)
        for (a, b) in zip(built, expected) { #expect(a.time == b.time && abs(a.stepsPerMinute - b.stepsPerMinute) <= 1e-9 * b.stepsPerMinute) }
        #expect(StepStatistics(steps).cadenceSeries == built)
    }
}
