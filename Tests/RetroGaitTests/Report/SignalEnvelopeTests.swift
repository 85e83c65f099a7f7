import GaitReport
import Testing

/// Min/max decimation keeps every extreme of a long signal in a fixed number of columns.
@Suite("SignalEnvelope")
struct SignalEnvelopeTests {
    @Test func everyColumnHoldsTheExtremesOfItsSamples() {
        // 10 s at 100 Hz into 20 columns of 0.5 s: column c holds samples 50c..<50c+50.
        let values = (0..<1000).map { Float(($0 * 37) % 101) - 50 }
        var envelope = SignalEnvelope(columns: 20, startTime: 5, endTime: 15)
        envelope.add(values, startTime: 5, sampleRate: 100)
        for column in 0..<20 {
            let slice = values[(column * 50)..<(column * 50 + 50)]
            #expect(envelope.range(ofColumn: column) == slice.min()!...slice.max()!)
        }
        #expect(envelope.filledRuns == [0..<20])
    }

    @Test func gapsStayEmptyAndSplitTheRuns() {
        var envelope = SignalEnvelope(columns: 10, startTime: 0, endTime: 10)
        envelope.add([1, 2, 3], startTime: 0, sampleRate: 1)
        envelope.add([4, .nan, 6], startTime: 7, sampleRate: 1)
        #expect(envelope.filledRuns == [0..<3, 7..<8, 9..<10])
        #expect(envelope.range(ofColumn: 5) == nil)
        #expect(envelope.range(ofColumn: 8) == nil, "NaN samples are not plotted")
        #expect(envelope.column(at: -3) == 0 && envelope.column(at: 99) == 9, "times outside clamp to the ends")
    }
}
