/// The columns of a canonical CSV file as parsed, before the time base is made uniform.
struct RawColumns {
    private(set) var times: [Double] = []
    private(set) var ax: [Float] = []
    private(set) var ay: [Float] = []
    private(set) var az: [Float] = []
    private(set) var gx: [Float] = []
    private(set) var gy: [Float] = []
    private(set) var gz: [Float] = []
    private(set) var hasGyroscope = false
    private(set) var warnings: [AnalysisWarning] = []
    /// The 1-based line of the first data row.
    private(set) var firstDataLine = 2

    private static let requiredColumns = ["t", "ax", "ay", "az"]
    private static let gyroscopeColumns = ["gx", "gy", "gz"]

    /// Parses `bytes` (UTF-8 CSV text). Throws at the first malformed row, naming its line.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) throws(FileReadError) {
        var lines = LineCursor(bytes: bytes)
        var lineNumber = 0
        var headerLine: UnsafeBufferPointer<UInt8>?
        while let line = lines.next() {
            lineNumber += 1
            if !line.isBlank { headerLine = line.content; break }
        }
        guard let headerLine else { throw FileReadError(file: file, reason: .empty) }
        let hasControlBytes = headerLine.contains { $0 < 0x20 && $0 != 0x09 }
        guard !hasControlBytes, let headerText = String(validating: headerLine, as: UTF8.self) else {
            throw FileReadError(file: file, line: lineNumber, reason: .notText)
        }
        let names = headerText.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var slots = [Int: Channel]()
        for name in Self.requiredColumns where !names.contains(name) {
            if names.contains(where: { Double($0) != nil }) {
                throw FileReadError(file: file, line: lineNumber, reason: .missingHeader(
                    expected: "t,ax,ay,az[,gx,gy,gz]", found: headerText))
            }
            throw FileReadError(file: file, line: lineNumber, reason: .missingColumn(name))
        }
        let gyroNamesPresent = Self.gyroscopeColumns.filter(names.contains)
        if !gyroNamesPresent.isEmpty && gyroNamesPresent.count < 3 {
            let missing = Self.gyroscopeColumns.first { !names.contains($0) }!
            throw FileReadError(file: file, line: lineNumber, reason: .missingColumn(missing))
        }
        hasGyroscope = gyroNamesPresent.count == 3
        var ignored: [String] = []
        for (index, name) in names.enumerated() {
            if let channel = Channel(rawValue: name), slots.values.contains(channel) == false {
                if channel.isGyroscope && !hasGyroscope { continue }
                slots[index] = channel
            } else {
                ignored.append(name.isEmpty ? "(unnamed)" : name)
            }
        }
        if !ignored.isEmpty {
            warnings.append(AnalysisWarning(
                code: "columns-ignored",
                message: "ignored columns not used by the canonical format: \(ignored.joined(separator: ", "))",
                count: ignored.count))
        }
        let columnNames = names
        let slotOfField = (0..<names.count).map { slots[$0] }
        let estimatedRows = max(16, bytes.count / max(16, headerLine.count + 8))
        reserve(estimatedRows)

        firstDataLine = lineNumber + 1
        var previousTime = -Double.infinity
        var values = [Double](repeating: 0, count: Channel.allCases.count)
        rows: while let line = lines.next() {
            lineNumber += 1
            if line.isBlank { continue }
            let isUnterminatedLast = !line.hasTerminator && lines.isAtEnd
            var fieldIndex = 0
            var failure: FileReadError.Reason?
            line.forEachField { field in
                if fieldIndex < slotOfField.count, let channel = slotOfField[fieldIndex] {
                    if let value = DecimalParser.parse(field.trimmingSpaces) {
                        values[channel.rawIndex] = value
                    } else if failure == nil {
                        let text = String(decoding: field.trimmingSpaces, as: UTF8.self)
                        failure = .notANumber(column: columnNames[fieldIndex], field: text)
                    }
                }
                fieldIndex += 1
            }
            if fieldIndex != columnNames.count && failure == nil {
                failure = .wrongFieldCount(expected: columnNames.count, found: fieldIndex)
            }
            if let failure {
                if isUnterminatedLast {
                    warnings.append(AnalysisWarning(
                        code: "truncated-last-line",
                        message: "dropped the last line (\(lineNumber)): it is cut off in the middle of a row",
                        count: 1))
                    break rows
                }
                throw FileReadError(file: file, line: lineNumber, reason: failure)
            }
            let time = values[Channel.t.rawIndex]
            guard time > previousTime else {
                throw FileReadError(file: file, line: lineNumber, reason: .timeNotIncreasing(previous: previousTime, current: time))
            }
            previousTime = time
            append(values)
        }
        guard !times.isEmpty else { throw FileReadError(file: file, line: firstDataLine, reason: .noData) }
    }

    private mutating func reserve(_ count: Int) {
        times.reserveCapacity(count)
        for index in 0..<3 { reserveChannel(index, count) }
        if hasGyroscope { for index in 3..<6 { reserveChannel(index, count) } }
    }

    private mutating func reserveChannel(_ index: Int, _ count: Int) {
        switch index {
        case 0: ax.reserveCapacity(count)
        case 1: ay.reserveCapacity(count)
        case 2: az.reserveCapacity(count)
        case 3: gx.reserveCapacity(count)
        case 4: gy.reserveCapacity(count)
        default: gz.reserveCapacity(count)
        }
    }

    private mutating func append(_ values: [Double]) {
        times.append(values[Channel.t.rawIndex])
        ax.append(Float(values[Channel.ax.rawIndex]))
        ay.append(Float(values[Channel.ay.rawIndex]))
        az.append(Float(values[Channel.az.rawIndex]))
        if hasGyroscope {
            gx.append(Float(values[Channel.gx.rawIndex]))
            gy.append(Float(values[Channel.gy.rawIndex]))
            gz.append(Float(values[Channel.gz.rawIndex]))
        }
    }

    /// The columns the canonical format knows.
    private enum Channel: String, CaseIterable {
        case t, ax, ay, az, gx, gy, gz
        var rawIndex: Int { Self.allCases.firstIndex(of: self)! }
        var isGyroscope: Bool { self == .gx || self == .gy || self == .gz }
    }
}
