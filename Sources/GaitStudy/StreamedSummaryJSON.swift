import Foundation
import RetroGait

/// Summaries as JSON written piece by piece (`analyze --format json`, `batch`'s summary files): the
/// summaries are rendered without their cadence series (small), and each series is spliced in where
/// its empty array stands, rendered a batch of points at a time. The bytes are those of
/// ``StudyJSON/pretty(_:)`` of the summaries with their series (same encoder, same indentation), but
/// the whole text is never held.
package enum StreamedSummaryJSON {
    /// How an empty series renders, after the key's indentation: the key, the opening bracket, an
    /// empty line, then the closing bracket at the key's indentation.
    private static let emptySeriesKey = "\"cadence_series\" : [\n\n"

    /// Writes `value` (whose summaries' cadence series are empty) with `series` spliced in, in order:
    /// the n-th empty series of the text gets `series[n]` (none left: it stays empty).
    package static func write<Value: Encodable>(
        _ value: Value, series: [CadenceSeriesSpool.Series], to output: (String) -> Void
    ) throws {
        let text = String(decoding: try StudyJSON.pretty(value), as: UTF8.self)
        var rest = text[...]
        var next = 0
        while let key = rest.range(of: emptySeriesKey) {
            let lineStart = rest[..<key.lowerBound].lastIndex(of: "\n").map { rest.index(after: $0) } ?? rest.startIndex
            let indentation = String(repeating: " ", count: rest.distance(from: lineStart, to: key.lowerBound))
            let closing = indentation + "]"
            guard next < series.count, !series[next].isEmpty, rest[key.upperBound...].hasPrefix(closing) else {
                output(String(rest[..<key.upperBound]))
                rest = rest[key.upperBound...]
                next += 1
                continue
            }
            output(String(rest[..<rest.index(before: key.upperBound)]))
            var first = true
            try series[next].forEachBatch { batch in
                output((first ? "" : ",\n") + (try indentedItems(batch, indentation: indentation)))
                first = false
            }
            output("\n" + closing)
            rest = rest[rest.index(key.upperBound, offsetBy: closing.count)...]
            next += 1
        }
        output(String(rest))
    }

    /// The items of `points` rendered as array elements one level deeper than `indentation`, without
    /// the brackets and the line breaks around them: the points are rendered nested in enough arrays
    /// to come out at that depth, and the nesting's lines are cut off.
    private static func indentedItems(_ points: [CadenceSample], indentation: String) throws -> String {
        let levels = indentation.count / 2 + 1
        guard indentation.count % 2 == 0 else {
            let items = String(decoding: try StudyJSON.pretty(points), as: UTF8.self).dropFirst(2).dropLast(2)
            return indentation + items.replacingOccurrences(of: "\n", with: "\n" + indentation)
        }
        let data = try StudyJSON.pretty(Nested(points: points, levels: levels))
        // Each level opens with "<2·i spaces>[\n" and closes with "\n<2·i spaces>]".
        let nesting = (0..<levels).reduce(0) { $0 + 2 * $1 + 2 }
        return String(decoding: data.dropFirst(nesting).dropLast(nesting), as: UTF8.self)
    }

    /// `points` inside `levels` nested arrays.
    private struct Nested: Encodable {
        var points: [CadenceSample]
        var levels: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            if levels <= 1 {
                try container.encode(contentsOf: points)
            } else {
                try container.encode(Nested(points: points, levels: levels - 1))
            }
        }
    }
}
