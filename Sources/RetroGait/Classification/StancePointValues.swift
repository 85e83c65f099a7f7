/// One value at each of the five points of a stance where ``ContactStrikeFeatures`` looks, held
/// inline: measuring a contact allocates nothing for them. The points are five fractions of the
/// stance (5, 10, 15, 20 and 30 %, ``ContactStrikeFeatures/tiltFractions``) for the tilt and the
/// upright load, and five windows after the contact (``ContactStrikeFeatures/landingWindowsMilliseconds``)
/// for the landing motion.
public struct StancePointValues: RandomAccessCollection, Sendable, Equatable, Hashable {
    /// The values at the five points, in stance order.
    public var point0, point1, point2, point3, point4: Double

    /// Creates the values from the five points in stance order.
    public init(_ point0: Double, _ point1: Double, _ point2: Double, _ point3: Double, _ point4: Double) {
        (self.point0, self.point1, self.point2, self.point3, self.point4) = (point0, point1, point2, point3, point4)
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
        case 0: point0
        case 1: point1
        case 2: point2
        case 3: point3
        case 4: point4
        default: preconditionFailure("stance point \(index) outside 0..<5")
        }
    }
}
