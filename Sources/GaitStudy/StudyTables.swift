/// The study-level CSV tables of `retrogait batch`: `summary.csv` (one ``StudySummaryRow`` per file)
/// and `failures.csv` (one ``StudyFailure`` per file that could not be analysed).
public enum StudyTables {
    /// The header of `summary.csv`: the JSON keys of ``StudySummaryRow``, in order.
    public static let summaryHeader = StudySummaryRow.CodingKeys.allCases.map(\.rawValue).joined(separator: ",")

    /// The header of `failures.csv`.
    public static let failuresHeader = "file,error"

    /// `summary.csv`: the header, then one row per file, `\n` line endings. Durations in seconds with
    /// 3 decimals, cadences and milliseconds with 1, ratios with 4; warning codes joined by `;`.
    public static func summaryCSV(_ rows: [StudySummaryRow]) -> String {
        var text = summaryHeader + "\n"
        for row in rows { text += summaryLine(row) }
        return text
    }

    /// One line of `summary.csv`, with its line break.
    public static func summaryLine(_ row: StudySummaryRow) -> String {
        CSVField.line([
            CSVField.text(row.file), row.format.rawValue, "\(row.segments)", row.placement.rawValue,
            CSVField.number(row.durationSeconds, decimals: 3), CSVField.number(row.sampleRateHz, decimals: 3),
            CSVField.number(row.gaitDurationSeconds, decimals: 3), "\(row.steps)", "\(row.detectedContacts)",
            CSVField.number(row.cadenceStepsPerMinute, decimals: 1),
            CSVField.number(row.spectralCadenceStepsPerMinute, decimals: 1),
            CSVField.number(row.stepTimeCoefficientOfVariation, decimals: 4),
            CSVField.number(row.medianContactMilliseconds, decimals: 1),
            CSVField.number(row.medianFlightMilliseconds, decimals: 1),
            CSVField.number(row.medianDutyFactor, decimals: 4),
            CSVField.number(row.contactBalanceLeftPercent, decimals: 1),
            "\(row.leftSteps)", "\(row.rightSteps)", "\(row.stepsWithContactTime)", "\(row.gaitBouts)",
            CSVField.number(row.forwardGaitSeconds, decimals: 3), CSVField.number(row.backwardGaitSeconds, decimals: 3),
            CSVField.text(row.warnings.joined(separator: ";")),
        ])
    }

    /// `failures.csv`: the header, then one row per failed file (the error on one line).
    public static func failuresCSV(_ failures: [StudyFailure]) -> String {
        var text = failuresHeader + "\n"
        for failure in failures {
            let message = failure.error.split(whereSeparator: \.isNewline).joined(separator: " ")
            text += CSVField.line([CSVField.text(failure.file), CSVField.text(message)])
        }
        return text
    }
}

/// A file of a study that could not be analysed, and why.
public struct StudyFailure: Sendable, Codable, Equatable {
    /// The recording's path as given (or as found in a folder).
    public var file: String
    /// The error, as a sentence naming the file (and line) where it applies.
    public var error: String

    /// Creates a failure.
    public init(file: String, error: String) {
        self.file = file
        self.error = error
    }
}
