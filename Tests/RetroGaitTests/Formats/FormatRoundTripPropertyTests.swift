import Foundation
import PropertyBased
import Testing
@testable import RetroGait

/// Random valid recordings written in every supported text layout read back bit for bit (Float),
/// with the rate and start time they were written with.
@Suite("Recording formats: random round trips")
struct FormatRoundTripPropertyTests {
    /// The text layouts, each as a writer of (times, six channels) and the options that read it without unit conversion.
    enum Layout: CaseIterable {
        case canonical, sensorLogger, phyphoxComma, phyphoxSemicolon, xsens, delimitedISO, delimitedHeaderless

        func text(rate: Double, start: Int, channels: [[Float]]) -> String {
            let n = channels[0].count
            func row(_ i: Int, _ fields: [String], _ separator: String) -> String { fields.joined(separator: separator) + "\n" }
            func values(_ i: Int, _ lanes: [Int], comma: Bool = false) -> [String] {
                lanes.map { comma ? "\(channels[$0][i])".replacingOccurrences(of: ".", with: ",") : "\(channels[$0][i])" }
            }
            var text = ""
            switch self {
            case .canonical:
                text = "t,ax,ay,az,gx,gy,gz\n"
                for i in 0..<n { text += row(i, ["\(Double(start) + Double(i) / rate)"] + values(i, [0, 1, 2, 3, 4, 5]), ",") }
            case .sensorLogger:
                text = "time,seconds_elapsed,z,y,x\r\n"
                for i in 0..<n {
                    let ns = Int64(start) * 1_000_000_000 + Int64((Double(i) / rate * 1e9).rounded())
                    text += "\(ns),\(Double(i) / rate),\(channels[2][i]),\(channels[1][i]),\(channels[0][i])\r\n"
                }
            case .phyphoxComma:
                text = "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\",\"Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"\n"
                for i in 0..<n { text += row(i, ["\(Double(start) + Double(i) / rate)"] + values(i, [0, 1, 2]) + ["1"], ",") }
            case .phyphoxSemicolon:
                text = "\"Time (s)\";\"Acceleration x (m/s^2)\";\"Acceleration y (m/s^2)\";\"Acceleration z (m/s^2)\"\n"
                for i in 0..<n {
                    let time = "\(Double(start) + Double(i) / rate)".replacingOccurrences(of: ".", with: ",")
                    text += row(i, [time] + values(i, [0, 1, 2], comma: true), ";")
                }
            case .xsens:
                text = "Acquisition frequency: \(rate) Hz\nPacketCounter\tAcc_X\tAcc_Y\tAcc_Z\tGyr_X\tGyr_Y\tGyr_Z\n"
                for i in 0..<n { text += row(i, ["\(start + i).0"] + values(i, [0, 1, 2, 3, 4, 5]), "\t") }
            case .delimitedISO:
                text = "when;ax;ay;az\n"
                for i in 0..<n {
                    let micros = Int((Double(i) / rate * 1e6).rounded())
                    let seconds = start + micros / 1_000_000
                    let clock = String(format: "2024-02-29T%02d:%02d:%02d.%06d+01:00", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60, micros % 1_000_000)
                    text += row(i, [clock] + values(i, [0, 1, 2]), ";")
                }
            case .delimitedHeaderless:
                for i in 0..<n { text += row(i, values(i, [2, 1, 0]), "\t") }
            }
            return text
        }

        func options(rate: Double) -> RecordingReadOptions {
            var options = RecordingReadOptions(placement: .foot, accelerationUnit: .standardGravity, angularVelocityUnit: .degreesPerSecond)
            switch self {
            case .delimitedISO: options.columns = ColumnMapping(time: "when", acceleration: ["ax", "ay", "az"])
            case .delimitedHeaderless:
                options.columns = ColumnMapping(time: nil, acceleration: ["3", "2", "1"])
                options.sampleRate = rate
            default: break
            }
            return options
        }

        var hasGyroscope: Bool { self == .canonical || self == .xsens }
    }

    @Test(arguments: Layout.allCases)
    func randomRecordingsReadBackBitExact(_ layout: Layout) async {
        let value = Gen.float(in: -16...16)
        await propertyCheck(
            count: 25,
            input: Gen.int(in: 20...300), Gen.int(in: 0...7).map { [25.0, 50, 64, 100, 128, 200, 256, 1000][$0] }, Gen.int(in: 0...3000),
            value.array(of: 300), value.array(of: 300), value.array(of: 300), value.array(of: 300)
        ) { count, anyRate, start, a, b, c, d in
            // ISO-8601 times are written to the microsecond: keep to rates whose period is a whole number of them.
            let exactInMicroseconds = (1e6 / anyRate).rounded() == 1e6 / anyRate
            let rate = layout == .delimitedISO && !exactInMicroseconds ? 100 : anyRate
            let channels = [a, b, c, d, a.reversed(), b.map { -$0 }].map { Array($0.prefix(count)) }
            let text = layout.text(rate: rate, start: start, channels: channels)
            do {
                let loaded = try RecordingReader.parse(Data(text.utf8), file: "p", options: layout.options(rate: rate))
                #expect(loaded.segments.count == 1)
                let recording = loaded.recording
                #expect(recording.count == count)
                #expect(abs(recording.sampleRate - rate) < 1e-6 * rate)
                #expect(recording.acceleration.x == channels[0])
                #expect(recording.acceleration.y == channels[1])
                #expect(recording.acceleration.z == channels[2])
                if layout.hasGyroscope {
                    #expect(recording.angularVelocity?.x == channels[3])
                    #expect(recording.angularVelocity?.z == channels[5])
                }
                #expect(!loaded.warnings.contains { $0.code == "resampled" }, "\(loaded.warnings)")
            } catch {
                Issue.record("\(layout): \(error)")
            }
        }
    }

    @Test func floatParsingAgreesWithStrtofOnRandomBitPatterns() async {
        await propertyCheck(count: 2000, input: Gen.uint32(in: 0...UInt32.max), Gen.int(in: 6...12)) { bits, digits in
            let value = Float(bitPattern: bits)
            guard value.isFinite else { return }
            for text in ["\(value)", String(format: "%.\(digits)g", Double(value)), String(format: "%.\(digits)e", Double(value))] {
                let parsed = Array(text.utf8).withUnsafeBufferPointer { DecimalParser.parseFloat($0) }
                #expect(parsed?.bitPattern == strtof(text, nil).bitPattern, "\(text)")
            }
        }
    }
}
