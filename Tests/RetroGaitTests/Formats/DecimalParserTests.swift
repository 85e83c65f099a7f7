import Foundation
import PropertyBased
import Testing
@testable import RetroGait

@Suite("Decimal parser")
struct DecimalParserTests {
    private func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalParser.parse($0) }
    }

    @Test(arguments: [
        "0", "-0", "1", "+1", "0.1", ".5", "5.", "-12.375", "1e3", "1E-3", "2.5e+10", "123456789012345678901234",
        "0.000000000000000000000000000001", "9007199254740993", "1.7976931348623157e308", "4.9e-324",
        "0.30000000000000004", "3.14159265358979323846264338327950288", "00012.5000",
    ])
    func agreesWithStrtod(_ text: String) {
        #expect(parse(text) == strtod(text, nil))
    }

    @Test(arguments: ["", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "abc", "nan", "inf", "-inf", "1x", "0x10", "1e400"])
    func rejectsNonNumbers(_ text: String) {
        #expect(parse(text) == nil)
    }

    @Test func randomDoublesRoundTripThroughTheirDescription() async {
        await propertyCheck(input: Gen.double(in: -1e6...1e6)) { value in
            #expect(parse("\(value)") == value)
        }
    }

    @Test func randomFloatsRoundTripThroughTheirDescription() async {
        await propertyCheck(input: Gen.float(in: -40...40)) { value in
            #expect(parse("\(value)").map(Float.init) == value)
        }
    }

    @Test func randomDecimalStringsAgreeWithStrtod() async {
        await propertyCheck(input: Gen.int(in: -99_999_999...99_999_999), Gen.int(in: 0...12)) { mantissa, scale in
            var digits = String(abs(mantissa))
            if scale > 0 {
                while digits.count <= scale { digits = "0" + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
            }
            let text = (mantissa < 0 ? "-" : "") + digits
            #expect(parse(text) == strtod(text, nil))
        }
    }
}
