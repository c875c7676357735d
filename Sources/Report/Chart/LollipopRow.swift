/// One row of a horizontal dot-and-line chart: a named value with a line from `low` to `high` (an interval,
/// or from zero to the value).
struct LollipopRow {
    var name: String
    var value: Double
    var low: Double
    var high: Double
    var color: String
}
