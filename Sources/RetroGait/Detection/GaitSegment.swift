/// A stretch of periodic movement with a steady rhythm, found from the signal alone.
struct GaitSegment: Equatable {
    /// Sample range of the segment.
    var range: Range<Int>
    /// Median time between consecutive events of the placement's detector (a step at the trunk
    /// and wrist, a stride — one foot's contacts — at the foot and shank), in samples.
    var eventPeriod: Double
    /// Median autocorrelation at that period, 0…1: how regular the movement is.
    var regularity: Double
}
