/// The one parameter of the chi-square and Student t families, checked in one place (as Boost.Math's `check_df`).
enum DegreesOfFreedom {
    /// `value` when it is a valid number of degrees of freedom: > 0, not necessarily an integer, +∞ allowed (the
    /// limit of the family). Anything else (0, negative, NaN) stops with "`family` needs degrees of freedom > 0",
    /// reported at the caller's line.
    static func checked(_ value: Double, family: String, file: StaticString = #fileID, line: UInt = #line) -> Double {
        precondition(value > 0, "\(family) needs degrees of freedom > 0, got \(value)", file: file, line: line)
        return value
    }
}
