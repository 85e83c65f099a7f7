// libFuzzer entry point over the recording readers. Built by Fuzz/run.sh together with the
// RetroGait sources (see there); any crash, hang or sanitizer report is a bug — every input must end
// in a LoadedRecording or a FileReadError.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let selector = count > 0 ? start[0] % 4 : 0
    var options = RecordingReadOptions(placement: .foot, maximumInterpolatedGapSeconds: 0.5)
    switch selector {
    case 1: options.accelerationUnit = .standardGravity
    case 2: options.columns = ColumnMapping(time: "1", acceleration: ["2", "3", "4"])
    case 3:
        options.columns = ColumnMapping(time: nil, acceleration: ["1", "2", "3"])
        options.sampleRate = 100
    default: break
    }
    if let loaded = try? RecordingReader.parse(data, file: "fuzz", options: options) {
        precondition(!loaded.segments.isEmpty)
        for segment in loaded.segments { precondition(segment.sampleRate.isFinite && segment.sampleRate > 0) }
    }
    if let reader = try? RecordingChunkReader(data: data, file: "fuzz", options: options, chunkLength: 7) {
        while let chunk = try? reader.next() { precondition(chunk.count <= 7) }
    }
    return 0
}
