import Foundation

/// Writes a ``Recording`` in the canonical CSV format: header `t,ax,ay,az` (plus `gx,gy,gz` when the
/// recording has a gyroscope), time in seconds, acceleration in g, angular velocity in deg/s.
///
/// Values are written in their shortest round-trip form, so reading the file back gives the same
/// `Float`s bit for bit.
public enum CanonicalCSVWriter {
    /// Renders the whole recording as CSV text. O(n) time and output size.
    public static func csv(_ recording: Recording) -> String {
        let gyro = recording.angularVelocity
        var text = gyro == nil ? "t,ax,ay,az\n" : "t,ax,ay,az,gx,gy,gz\n"
        text.reserveCapacity(recording.count * (gyro == nil ? 40 : 72))
        let acc = recording.acceleration
        for i in 0..<recording.count {
            text += formatSeconds(recording.time(ofSample: i))
            text += ",\(acc.x[i]),\(acc.y[i]),\(acc.z[i])"
            if let gyro {
                text += ",\(gyro.x[i]),\(gyro.y[i]),\(gyro.z[i])"
            }
            text += "\n"
        }
        return text
    }

    /// Writes the recording to `url` atomically (a temporary file, then a rename).
    public static func write(_ recording: Recording, to url: URL) throws {
        try Data(csv(recording).utf8).write(to: url, options: .atomic)
    }
}
