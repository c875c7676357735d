import Support

/// An as-of date outside the exports' dates (exit 65): the message names the date and the data's range.
public struct AsOfOutsideData: UserFacingError, Equatable {
    /// The date as given.
    public var asOf: String
    /// The exports' first and last date (nil: the exports have no customers).
    public var first: String?
    public var last: String?

    init(asOf: String, range: ExportDateRange?) {
        self.asOf = asOf; first = range?.first.description; last = range?.last.description
    }

    public var exitCode: ExitStatus { .dataError }

    public var description: String {
        guard let first, let last else { return "as-of date \(asOf): the exports have no customers, so no dates" }
        let side = asOf < first ? "before the first date in the exports" : "after the last date in the exports"
        return "as-of date \(asOf) is \(side): the exports run from \(first) to \(last); "
            + "choose a date in that range (or --as-of latest for \(last))"
    }
}
