/// One value at each of the five points of a stance where ``ContactStrikeFeatures`` looks (5, 10, 15,
/// 20 and 30 % of the stance, ``ContactStrikeFeatures/tiltFractions``), held inline: measuring a
/// contact allocates nothing for them.
public struct StancePointValues: RandomAccessCollection, Sendable, Equatable, Hashable {
    /// The values at 5, 10, 15, 20 and 30 % of the stance.
    public var at5, at10, at15, at20, at30: Double

    /// Creates the values from the five points in stance order.
    public init(_ at5: Double, _ at10: Double, _ at15: Double, _ at20: Double, _ at30: Double) {
        (self.at5, self.at10, self.at15, self.at20, self.at30) = (at5, at10, at15, at20, at30)
    }

    /// Creates the values from an array of exactly five, or `nil` for any other count.
    public init?(_ values: [Double]) {
        guard values.count == 5 else { return nil }
        self.init(values[0], values[1], values[2], values[3], values[4])
    }

    /// Creates the values by measuring each point, in stance order (`point` gets 0…4).
    init(measuring point: (Int) -> Double) {
        self.init(point(0), point(1), point(2), point(3), point(4))
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// Always 5.
    public var endIndex: Int { 5 }

    /// The value at point `index` (0…4) in stance order.
    public subscript(index: Int) -> Double {
        switch index {
        case 0: at5
        case 1: at10
        case 2: at15
        case 3: at20
        case 4: at30
        default: preconditionFailure("stance point \(index) outside 0..<5")
        }
    }
}
