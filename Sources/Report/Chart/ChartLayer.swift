import Support

/// A point in data units.
public struct ChartPoint: PlanePoint, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// One thing drawn on a chart's plot area. Every layer has a `key` (its element id is `chartID-key`) and writes its
/// data, in data units, to a `data-points` attribute so tests and readers can recover the numbers:
/// `x,y x,y …` for lines, points and bars; `x,low,high …` for bands; `position,center,low,high …` for intervals.
/// A layer with a `name` gets a legend entry.
public enum ChartLayer: Sendable {
    case line(Line)
    case scatter(Scatter)
    case bars(Bars)
    case band(Band)
    case intervals(Intervals)
    case text(Text)

    /// A polyline through `points` (a reference line is a dashed grey one).
    public struct Line: Sendable {
        public var key: String
        public var name: String?
        public var points: [ChartPoint]
        public var color: String
        public var dashed: Bool
        public var width: Double
        public var markers: Bool
        public init(key: String, name: String?, points: [ChartPoint], color: String, dashed: Bool = false,
                    width: Double = 2.5, markers: Bool = false) {
            self.key = key
            self.name = name
            self.points = points
            self.color = color
            self.dashed = dashed
            self.width = width
            self.markers = markers
        }
    }

    /// Dots at `points`, of radius `radii[i]` pixels (default 5), each with an optional hover text.
    public struct Scatter: Sendable {
        public var key: String
        public var name: String?
        public var points: [ChartPoint]
        public var radii: [Double]?
        public var tooltips: [String]?
        public var color: String
        public init(key: String, name: String?, points: [ChartPoint], radii: [Double]? = nil,
                    tooltips: [String]? = nil, color: String) {
            self.key = key
            self.name = name
            self.points = points
            self.radii = radii
            self.tooltips = tooltips
            self.color = color
        }
    }

    /// Vertical bars from 0 to `y` centred at `x`, `barWidth` data units wide, with an optional label above each.
    public struct Bars: Sendable {
        public var key: String
        public var name: String?
        public var points: [ChartPoint]
        /// One colour for all bars, or one per bar.
        public var colors: [String]
        public var barWidth: Double
        public var labels: [String]?
        /// Where each bar starts instead of 0 (a stacked bar's segment runs from its bottom to its `y`).
        public var bottoms: [Double]?
        public init(key: String, name: String?, points: [ChartPoint], colors: [String], barWidth: Double = 0.7,
                    labels: [String]? = nil, bottoms: [Double]? = nil) {
            precondition(!colors.isEmpty, "bars need a colour")
            self.bottoms = bottoms
            self.key = key
            self.name = name
            self.points = points
            self.colors = colors
            self.barWidth = barWidth
            self.labels = labels
        }
    }

    /// A shaded area between `low` and `high` along x (an interval fan).
    public struct Band: Sendable {
        public struct Row: Sendable, Equatable {
            public var x: Double
            public var low: Double
            public var high: Double
            public init(x: Double, low: Double, high: Double) {
                self.x = x
                self.low = low
                self.high = high
            }
        }
        public var key: String
        public var name: String?
        public var rows: [Row]
        public var color: String
        public var opacity: Double
        public init(key: String, name: String?, rows: [Row], color: String, opacity: Double) {
            self.key = key
            self.name = name
            self.rows = rows
            self.color = color
            self.opacity = opacity
        }
    }

    /// Error bars: at each `position` a line from `low` to `high` with a dot at `center`. Horizontal bars run
    /// along x at height `position` (a forest plot); vertical ones along y at `position` on x.
    public struct Intervals: Sendable {
        public struct Row: Sendable, Equatable {
            public var position: Double
            public var center: Double
            public var low: Double
            public var high: Double
        }
        public var key: String
        public var name: String?
        public var rows: [Row]
        public var horizontal: Bool
        public var color: String
        /// Per-row colours overriding `color` (e.g. grey for an unclear effect).
        public var rowColors: [String]?
        public var width: Double
        public init(key: String, name: String?, rows: [Row], horizontal: Bool, color: String,
                    rowColors: [String]? = nil, width: Double = 2.5) {
            self.key = key
            self.name = name
            self.rows = rows
            self.horizontal = horizontal
            self.color = color
            self.rowColors = rowColors
            self.width = width
        }
    }

    /// Short labels placed at data points, offset by (dx, dy) pixels.
    public struct Text: Sendable {
        public struct Item: Sendable {
            public var at: ChartPoint
            public var text: String
            public var anchor: String
            public var dx: Double
            public var dy: Double
            public init(at: ChartPoint, text: String, anchor: String = "middle", dx: Double = 0, dy: Double = 0) {
                self.at = at
                self.text = text
                self.anchor = anchor
                self.dx = dx
                self.dy = dy
            }
        }
        public var key: String
        public var items: [Item]
        public var color: String
        public init(key: String, items: [Item], color: String = Palette.ink) {
            self.key = key
            self.items = items
            self.color = color
        }
    }

    var key: String {
        switch self {
        case .line(let l): return l.key
        case .scatter(let s): return s.key
        case .bars(let b): return b.key
        case .band(let b): return b.key
        case .intervals(let i): return i.key
        case .text(let t): return t.key
        }
    }
}
