import Foundation

/// Works out a file's ``TextLayout`` from its first lines and the read options: the format (told
/// from the header unless given), the delimiter and decimal separator, and the column of each channel.
enum TextLayoutResolver {
    /// The canonical header, as named in errors.
    static let canonicalHeader = "t,ax,ay,az[,gx,gy,gz]"

    static func resolve(prefix: [UInt8], file: String, options: RecordingReadOptions) throws(FileReadError) -> TextLayout {
        let text = TextLines(prefix: prefix, maximumLines: 64)
        guard let headerIndex = text.lines.firstIndex(where: { !TextLines.isBlank($0) }) else {
            throw FileReadError(file: file, reason: .empty)
        }
        let first = text.lines[headerIndex]
        guard !first.contains(where: { $0 < 0x20 && $0 != 0x09 }),
              let firstText = String(validating: first, as: UTF8.self) else {
            throw FileReadError(file: file, line: headerIndex + 1, reason: .notText)
        }
        if options.format == .xsens || (options.format == nil && firstText.hasPrefix("Acquisition frequency")) {
            return try xsens(text, titleIndex: headerIndex, title: firstText, file: file, options: options)
        }
        let delimiter = Self.delimiter(of: firstText)
        let headerFields = split(firstText, delimiter: delimiter)
        let hasHeader = !headerFields.allSatisfy { isNumberLike($0) }
        let dataIndex = text.lines[(headerIndex + (hasHeader ? 1 : 0))...].firstIndex { !TextLines.isBlank($0) }
        let dataText = dataIndex.map { String(decoding: text.lines[$0], as: UTF8.self) }
        let decimalSeparator: UInt8 = delimiter != UInt8(ascii: ",") && (dataText?.contains(",") ?? false)
            ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let names: [String]
        if hasHeader {
            names = headerFields
        } else {
            let count = split(dataText ?? firstText, delimiter: delimiter).count
            names = (1...max(1, count)).map(String.init)
        }
        let keys = names.map(normalized)
        let format: RecordingFormat
        if let given = options.format {
            format = given
        } else if let detected = hasHeader ? detect(keys) : nil {
            format = detected
        } else if options.columns != nil {
            format = .delimited
        } else if hasHeader {
            throw FileReadError(file: file, line: headerIndex + 1, reason: .unknownLayout(header: firstText))
        } else {
            throw FileReadError(file: file, line: headerIndex + 1, reason: .missingHeader(expected: canonicalHeader, found: firstText))
        }
        var layout = TextLayout(
            format: format, delimiter: delimiter, decimalSeparator: decimalSeparator,
            linesBeforeData: headerIndex + (hasHeader ? 1 : 0), fieldCount: names.count, columnNames: names,
            slots: Array(repeating: TextLayout.ignoredSlot, count: names.count), time: .rowIndex(rate: 1),
            hasGyroscope: false, accelerationUnit: options.accelerationUnit,
            angularVelocityUnit: options.angularVelocityUnit ?? .degreesPerSecond, ignoredColumns: [])
        let headerLine = headerIndex + 1
        if let mapping = options.columns {
            try applyMapping(mapping, keys: keys, layout: &layout, file: file, line: headerLine)
        } else {
            switch format {
            case .canonical:
                guard hasHeader else {
                    throw FileReadError(file: file, line: headerLine, reason: .missingHeader(expected: canonicalHeader, found: firstText))
                }
                try canonicalColumns(keys, names: names, layout: &layout, file: file, line: headerLine)
            case .sensorLogger:
                try sensorLoggerColumns(keys, layout: &layout, file: file, line: headerLine)
            case .phyphox:
                try phyphoxColumns(keys, layout: &layout, file: file, line: headerLine)
            case .delimited, .xsens:
                throw FileReadError(file: file, line: headerLine, reason: .invalidOptions(
                    "a delimited file needs a column mapping (--acc-columns, and --time-column or --rate)"))
            }
        }
        try finishTime(&layout, options: options, firstData: dataText, file: file, line: headerLine)
        return layout
    }

    // MARK: - Formats

    /// A header that names a known format.
    private static func detect(_ keys: [String]) -> RecordingFormat? {
        if ["t", "ax", "ay", "az"].contains(where: keys.contains) { return .canonical }
        if keys.contains("seconds_elapsed") && ["x", "y", "z"].allSatisfy(keys.contains) { return .sensorLogger }
        if keys.first?.hasPrefix("time (s)") == true,
           keys.contains(where: { $0.contains("acceleration x") || $0.hasPrefix("gyroscope x") }) {
            return .phyphox
        }
        return nil
    }

    private static func canonicalColumns(
        _ keys: [String], names: [String], layout: inout TextLayout, file: String, line: Int
    ) throws(FileReadError) {
        for name in ["t", "ax", "ay", "az"] where !keys.contains(name) {
            throw FileReadError(file: file, line: line, reason: .missingColumn(name))
        }
        let gyroPresent = ["gx", "gy", "gz"].filter(keys.contains)
        if !gyroPresent.isEmpty && gyroPresent.count < 3 {
            let missing = ["gx", "gy", "gz"].first { !keys.contains($0) }!
            throw FileReadError(file: file, line: line, reason: .missingColumn(missing))
        }
        layout.hasGyroscope = gyroPresent.count == 3
        let channels = ["ax", "ay", "az", "gx", "gy", "gz"]
        for (index, key) in keys.enumerated() {
            let slot: Int8? = key == "t" ? TextLayout.timeSlot : channels.firstIndex(of: key).map { Int8($0) }
            if let slot, !layout.slots.contains(slot), slot == TextLayout.timeSlot || slot < 3 || layout.hasGyroscope {
                layout.slots[index] = slot
            } else {
                layout.ignoredColumns.append(names[index].isEmpty ? "(unnamed)" : names[index])
            }
        }
        layout.time = .column(index: keys.firstIndex(of: "t")!, encoding: .number(secondsPerUnit: 1))
    }

    private static func sensorLoggerColumns(_ keys: [String], layout: inout TextLayout, file: String, line: Int) throws(FileReadError) {
        if file.lowercased().split(separator: "/").last?.contains("gyro") == true {
            throw FileReadError(file: file, line: line, reason: .invalidOptions(
                "this Sensor Logger file holds angular velocity only; read TotalAcceleration.csv"))
        }
        for name in ["time", "x", "y", "z"] where !keys.contains(name) {
            throw FileReadError(file: file, line: line, reason: .missingColumn(name))
        }
        for (channel, name) in ["x", "y", "z"].enumerated() { layout.slots[keys.firstIndex(of: name)!] = Int8(channel) }
        layout.slots[keys.firstIndex(of: "time")!] = TextLayout.timeSlot
        layout.time = .column(index: keys.firstIndex(of: "time")!, encoding: .number(secondsPerUnit: TimeUnit.nanoseconds.seconds))
        layout.accelerationUnit = layout.accelerationUnit ?? .metersPerSecondSquared
    }

    private static func phyphoxColumns(_ keys: [String], layout: inout TextLayout, file: String, line: Int) throws(FileReadError) {
        if keys.contains(where: { $0.hasPrefix("linear acceleration") }) {
            throw FileReadError(file: file, line: line, reason: .invalidOptions(
                "phyphox 'Linear Acceleration' has gravity removed; export the 'Acceleration with g' experiment"))
        }
        func column(_ prefix: String) -> Int? { keys.firstIndex { $0.hasPrefix(prefix) } }
        guard let time = column("time (s)") else { throw FileReadError(file: file, line: line, reason: .missingColumn("Time (s)")) }
        layout.slots[time] = TextLayout.timeSlot
        layout.time = .column(index: time, encoding: .number(secondsPerUnit: 1))
        for (channel, axis) in ["x", "y", "z"].enumerated() {
            guard let index = column("acceleration \(axis)") else {
                throw FileReadError(file: file, line: line, reason: .missingColumn("Acceleration \(axis) (m/s^2)"))
            }
            layout.slots[index] = Int8(channel)
        }
        let gyro = ["x", "y", "z"].map { column("gyroscope \($0)") }
        if gyro.allSatisfy({ $0 != nil }) {
            layout.hasGyroscope = true
            for (channel, index) in gyro.enumerated() { layout.slots[index!] = Int8(channel + 3) }
        }
        layout.accelerationUnit = layout.accelerationUnit ?? .metersPerSecondSquared
    }

    private static func xsens(
        _ text: TextLines, titleIndex: Int, title: String, file: String, options: RecordingReadOptions
    ) throws(FileReadError) -> TextLayout {
        let prefix = "Acquisition frequency:"
        var rate = options.sampleRate
        if rate == nil {
            let number = title.hasPrefix(prefix)
                ? title.dropFirst(prefix.count).replacingOccurrences(of: "Hz", with: "").trimmingCharacters(in: .whitespaces) : title
            guard let stated = Double(number), stated.isFinite, stated > 0 else {
                throw FileReadError(file: file, line: titleIndex + 1, reason: .invalidOptions(
                    "expected '\(prefix) <rate> Hz' on the first line of an Xsens export (or give --rate)"))
            }
            rate = stated
        }
        guard titleIndex + 1 < text.lines.count, !TextLines.isBlank(text.lines[titleIndex + 1]) else {
            throw FileReadError(file: file, line: titleIndex + 2, reason: .noData)
        }
        let header = String(decoding: text.lines[titleIndex + 1], as: UTF8.self)
        let names = split(header, delimiter: 0x09)
        let keys = names.map(normalized)
        var layout = TextLayout(
            format: .xsens, delimiter: 0x09, decimalSeparator: UInt8(ascii: "."), linesBeforeData: titleIndex + 2,
            fieldCount: names.count, columnNames: names, slots: Array(repeating: TextLayout.ignoredSlot, count: names.count),
            time: .rowIndex(rate: rate!), hasGyroscope: false,
            accelerationUnit: options.accelerationUnit ?? .metersPerSecondSquared,
            angularVelocityUnit: options.angularVelocityUnit ?? .radiansPerSecond, ignoredColumns: [])
        if let mapping = options.columns {
            try applyMapping(mapping, keys: keys, layout: &layout, file: file, line: titleIndex + 2)
            try finishTime(&layout, options: options, firstData: nil, file: file, line: titleIndex + 2)
            return layout
        }
        for (channel, name) in ["Acc_X", "Acc_Y", "Acc_Z"].enumerated() {
            guard let index = keys.firstIndex(of: name.lowercased()) else {
                throw FileReadError(file: file, line: titleIndex + 2, reason: .missingColumn(name))
            }
            layout.slots[index] = Int8(channel)
        }
        let gyro = ["gyr_x", "gyr_y", "gyr_z"].map { keys.firstIndex(of: $0) }
        if gyro.allSatisfy({ $0 != nil }) {
            layout.hasGyroscope = true
            for (channel, index) in gyro.enumerated() { layout.slots[index!] = Int8(channel + 3) }
        }
        if let counter = keys.firstIndex(of: "packetcounter") {
            layout.slots[counter] = TextLayout.timeSlot
            layout.time = .column(index: counter, encoding: .counter(rate: rate!, modulus: 65_536))
        }
        return layout
    }

    // MARK: - Mapping and time

    private static func applyMapping(
        _ mapping: ColumnMapping, keys: [String], layout: inout TextLayout, file: String, line: Int
    ) throws(FileReadError) {
        func index(of name: String) throws(FileReadError) -> Int {
            let key = normalized(name)
            if let index = keys.firstIndex(of: key) { return index }
            if let position = Int(key), position >= 1, position <= keys.count { return position - 1 }
            throw FileReadError(file: file, line: line, reason: .missingColumn(name))
        }
        guard mapping.acceleration.count == 3 else {
            throw FileReadError(file: file, reason: .invalidOptions("name three acceleration columns (x,y,z), got \(mapping.acceleration.count)"))
        }
        if let gyro = mapping.angularVelocity, gyro.count != 3 {
            throw FileReadError(file: file, reason: .invalidOptions("name three angular velocity columns (x,y,z), got \(gyro.count)"))
        }
        layout.slots = Array(repeating: TextLayout.ignoredSlot, count: keys.count)
        layout.ignoredColumns = []
        var used: [Int: String] = [:]
        func assign(_ name: String, slot: Int8) throws(FileReadError) {
            let field = try index(of: name)
            if let other = used[field] {
                throw FileReadError(file: file, reason: .invalidOptions("column '\(name)' is mapped twice (also as '\(other)')"))
            }
            used[field] = name
            layout.slots[field] = slot
        }
        for (channel, name) in mapping.acceleration.enumerated() { try assign(name, slot: Int8(channel)) }
        layout.hasGyroscope = mapping.angularVelocity != nil
        for (channel, name) in (mapping.angularVelocity ?? []).enumerated() { try assign(name, slot: Int8(channel + 3)) }
        if let time = mapping.time {
            try assign(time, slot: TextLayout.timeSlot)
            layout.time = .column(index: try index(of: time), encoding: .number(secondsPerUnit: 1))
        } else {
            layout.time = .rowIndex(rate: .nan)
        }
    }

    /// Applies `--time-unit` and `--rate`, and recognises ISO-8601 time fields.
    private static func finishTime(
        _ layout: inout TextLayout, options: RecordingReadOptions, firstData: String?, file: String, line: Int
    ) throws(FileReadError) {
        switch layout.time {
        case .rowIndex(let rate):
            guard let given = options.sampleRate ?? (rate.isFinite ? rate : nil), given.isFinite, given > 0 else {
                throw FileReadError(file: file, reason: .invalidOptions(
                    "the file has no time column: give the sample rate (--rate HZ) or the time column (--time-column)"))
            }
            layout.time = .rowIndex(rate: given)
        case let .column(index, .number(secondsPerUnit)):
            let fields = firstData.map { split($0, delimiter: layout.delimiter) } ?? []
            if index < fields.count, ISO8601Timestamp.looksLikeOne(fields[index]) {
                layout.time = .column(index: index, encoding: .iso8601)
            } else {
                layout.time = .column(index: index, encoding: .number(secondsPerUnit: options.timeUnit?.seconds ?? secondsPerUnit))
            }
        case .column(_, .counter), .column(_, .iso8601):
            break
        }
        if let rate = options.sampleRate, !(rate.isFinite && rate > 0) {
            throw FileReadError(file: file, reason: .invalidOptions("the sample rate must be a positive number of hertz, got \(rate)"))
        }
    }

    // MARK: - Text helpers

    /// The most frequent of tab, `;` and `,` outside quotes (`,` when none occurs).
    private static func delimiter(of line: String) -> UInt8 {
        var counts: [UInt8: Int] = [0x09: 0, UInt8(ascii: ";"): 0, UInt8(ascii: ","): 0]
        var quoted = false
        for byte in line.utf8 {
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = [0x09, UInt8(ascii: ";"), UInt8(ascii: ",")].max { counts[$0]! < counts[$1]! }!
        return counts[best]! > 0 ? best : UInt8(ascii: ",")
    }

    /// Fields of a header or sample line, quotes removed.
    static func split(_ line: String, delimiter: UInt8) -> [String] {
        line.utf8.split(separator: delimiter, omittingEmptySubsequences: false).map { field in
            var text = String(decoding: field, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
            return text
        }
    }

    /// A header name for matching: lower case, without surrounding spaces and quotes.
    static func normalized(_ name: String) -> String {
        name.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"")).lowercased()
    }

    /// Whether a header field is a number (decimal point or comma) or empty: then the line is data.
    private static func isNumberLike(_ field: String) -> Bool {
        if field.isEmpty { return true }
        let bytes = Array(field.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            DecimalParser.parse(buffer) != nil || DecimalParser.parse(buffer, decimalSeparator: UInt8(ascii: ",")) != nil
        } || ISO8601Timestamp.looksLikeOne(field)
    }
}
