import RetroGait
import Foundation

extension SimulatedRecording {
    /// The recording in the canonical CSV format (`t,ax,ay,az[,gx,gy,gz]`), with the time column
    /// carrying the true instants (gaps show as time jumps, jitter as uneven steps).
    ///
    /// For uniformly sampled recordings this is exactly `CanonicalCSVWriter/csv(_:)`.
    public func canonicalCSV() -> String {
        if isUniformlySampled { return CanonicalCSVWriter.csv(recording) }
        let gyro = recording.angularVelocity
        let acc = recording.acceleration
        var text = gyro == nil ? "t,ax,ay,az\n" : "t,ax,ay,az,gx,gy,gz\n"
        text.reserveCapacity(recording.count * (gyro == nil ? 40 : 72))
        for i in 0..<recording.count {
            text += FixedPointDecimal.string(sampleTimes[i], decimals: 6, rounding: .exactBinaryValue)
            text += ",\(acc.x[i]),\(acc.y[i]),\(acc.z[i])"
            if let gyro {
                text += ",\(gyro.x[i]),\(gyro.y[i]),\(gyro.z[i])"
            }
            text += "\n"
        }
        return text
    }

    /// The ground-truth events as an event table (`GaitEventTable`).
    public func eventsCSV() -> String { GaitEventTable.csv(events) }

    /// The bouts as a bout table (`BoutTable`).
    public func boutsCSV() -> String { BoutTable.csv(bouts) }
}
