/// One axis of a chart: its label (with the unit), the data range it spans and the ticks it shows.
public struct ChartAxis: Sendable {
    /// A tick mark at `value`, labelled `label` ("\n" starts a second line, for x axes).
    public struct Tick: Sendable, Equatable {
        public var value: Double
        public var label: String
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var label: String
    public var lower: Double
    public var upper: Double
    public var ticks: [Tick]
    /// Draw grid lines at the ticks.
    public var grid: Bool

    public init(label: String, lower: Double, upper: Double, ticks: [Tick], grid: Bool = true) {
        precondition(upper > lower, "an axis needs upper > lower")
        self.label = label
        self.lower = lower
        self.upper = upper
        self.ticks = ticks
        self.grid = grid
    }

    /// A linear axis over `lower...upper` with ticks at round steps (1, 2, 2.5 or 5 × 10^k), about `count` of
    /// them, labelled by `format`.
    public static func linear(label: String, lower: Double, upper: Double, count: Int = 5,
                              format: (Double) -> String) -> ChartAxis {
        let step = niceStep((upper - lower) / Double(max(count, 1)))
        var ticks: [Tick] = []
        var v = (lower / step).rounded(.up) * step
        while v <= upper + step * 1e-9 {
            let value = abs(v) < step * 1e-9 ? 0 : v
            ticks.append(Tick(value: value, label: format(value)))
            v += step
        }
        return ChartAxis(label: label, lower: lower, upper: upper, ticks: ticks)
    }

    /// A category axis: `names[i]` sits at position `i`, the range is −0.5...n−0.5. No grid.
    public static func categories(label: String, names: [String]) -> ChartAxis {
        let ticks = names.enumerated().map { Tick(value: Double($0.offset), label: $0.element) }
        return ChartAxis(label: label, lower: -0.5, upper: Double(max(names.count, 1)) - 0.5, ticks: ticks, grid: false)
    }

    /// A range that holds every value (and `including`, e.g. zero), widened to round numbers with a little air.
    public static func niceRange(_ values: [Double], including: [Double] = [], padding: Double = 0.05)
        -> (lower: Double, upper: Double) {
        let all = (values + including).filter { $0.isFinite }
        guard var lo = all.min(), var hi = all.max() else { return (0, 1) }
        if hi - lo < 1e-12 { lo -= 1; hi += 1 }
        let pad = (hi - lo) * padding
        let step = niceStep((hi - lo) / 5)
        lo = ((lo - pad) / step).rounded(.down) * step
        hi = ((hi + pad) / step).rounded(.up) * step
        return (lo, hi)
    }

    /// The smallest of 1, 2, 2.5, 5 × 10^k that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for m in [1.0, 2.0, 2.5, 5.0, 10.0] where m * magnitude >= raw * (1 - 1e-9) { return m * magnitude }
        return 10 * magnitude
    }

    /// The fraction of the axis at which `value` lies (0 at `lower`, 1 at `upper`).
    func fraction(_ value: Double) -> Double { (value - lower) / (upper - lower) }
}
