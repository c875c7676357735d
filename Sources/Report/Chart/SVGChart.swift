/// A small chart drawn as standalone SVG: two axes with ticks and labels, grid lines, a legend and layers
/// (lines, points, bars, bands, error bars, labels). Styling is in attributes, not a style sheet, so the same
/// SVG looks the same inline in the HTML page and as an `image/svg+xml` notebook output.
///
/// The element ids are stable: the root is `id`, each layer `id-key`.
public struct SVGChart: Sendable {
    public var id: String
    /// Read by screen readers (`<title>`).
    public var title: String
    /// A sentence saying what the chart shows (`<desc>`).
    public var summary: String
    public var x: ChartAxis
    public var y: ChartAxis
    public var layers: [ChartLayer]
    /// The viewBox size in pixels; the page scales it to its column width.
    public var width: Double
    public var height: Double

    public init(id: String, title: String, summary: String, x: ChartAxis, y: ChartAxis, layers: [ChartLayer],
                width: Double = 480, height: Double = 350) {
        self.id = id
        self.title = title
        self.summary = summary
        self.x = x
        self.y = y
        self.layers = layers
        self.width = width
        self.height = height
    }

    static let fontSize = 15.0
    static let titleFontSize = 15.5
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
    static let legendRowHeight = 22.0
    /// The legend spans the chart's full width (not just the plot's), from this far in.
    static let legendInset = 12.0

    /// A rough width of `text` in pixels at `size`, enough to lay out labels without measuring fonts.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(text.count) * size * 0.58
    }

    /// The SVG markup.
    /// - Complexity: O(total points of all layers).
    public func render() -> String {
        let frame = PlotFrame(chart: self)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(Markup.escape(id))\" class=\"chart\""
        out += " viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\""
        out += " role=\"img\" aria-labelledby=\"\(Markup.escape(id))-title \(Markup.escape(id))-desc\""
        out += " font-family=\"\(Self.fontFamily)\" font-size=\"\(n(Self.fontSize))\" fill=\"\(Palette.ink)\">"
        out += "<title id=\"\(Markup.escape(id))-title\">\(Markup.escape(title))</title>"
        out += "<desc id=\"\(Markup.escape(id))-desc\">\(Markup.escape(summary))</desc>"
        out += "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#FFFFFF\"/>"
        out += renderLegend(frame)
        out += renderAxes(frame)
        for layer in layers { out += renderLayer(layer, frame) }
        out += "</svg>"
        return out
    }

    /// Pixel numbers: one decimal, ASCII.
    func n(_ v: Double) -> String { NumberFormat.data(v, decimals: 1) }
}

/// Where the plot area sits inside the SVG, after room is made for the legend, tick labels and axis titles.
struct PlotFrame {
    let left: Double
    let top: Double
    let plotWidth: Double
    let plotHeight: Double
    let legendRows: [[(name: String, layer: ChartLayer)]]
    let xLabelStride: Int
    let xTickLines: Int

    init(chart: SVGChart) {
        let yLabelWidth = chart.y.ticks.map { SVGChart.textWidth($0.label) }.max() ?? 0
        // The y axis title is written across the top of the plot, under the legend, not turned along the axis:
        // a turned title longer than the plot ran into the legend, and it takes width a phone needs.
        left = 14 + yLabelWidth + 8
        let right = 22.0
        plotWidth = max(chart.width - left - right, 40)
        // Legend rows: wrap entries across the chart's width.
        var rows: [[(name: String, layer: ChartLayer)]] = []
        var row: [(name: String, layer: ChartLayer)] = []
        var used = 0.0
        for layer in chart.layers {
            guard let name = layer.legendName else { continue }
            let w = SVGChart.legendEntryWidth(name)
            if used + w > chart.width - 2 * SVGChart.legendInset && !row.isEmpty {
                rows.append(row)
                row = []
                used = 0
            }
            row.append((name, layer))
            used += w
        }
        if !row.isEmpty { rows.append(row) }
        legendRows = rows
        top = 12 + Double(rows.count) * SVGChart.legendRowHeight + (rows.isEmpty ? 0 : 6)
            + (chart.y.label.isEmpty ? 0 : SVGChart.titleFontSize + 12)
        xTickLines = chart.x.ticks.map { $0.label.split(separator: "\n", omittingEmptySubsequences: false).count }
            .max() ?? 1
        let bottom = 10 + Double(xTickLines) * 17 + 10 + SVGChart.titleFontSize + 10
        plotHeight = max(chart.height - top - bottom, 40)
        // Show every k-th x label when neighbours would overlap.
        let widest = chart.x.ticks.map { t in
            t.label.split(separator: "\n").map { SVGChart.textWidth(String($0)) }.max() ?? 0
        }.max() ?? 0
        let spacing: Double
        if chart.x.ticks.count > 1 {
            let span = (chart.x.ticks.last!.value - chart.x.ticks.first!.value) / (chart.x.upper - chart.x.lower)
            spacing = plotWidth * abs(span) / Double(chart.x.ticks.count - 1)
        } else {
            spacing = plotWidth
        }
        xLabelStride = max(1, Int(((widest + 8) / max(spacing, 1)).rounded(.up)))
    }

    func px(_ x: Double, _ axis: ChartAxis) -> Double { left + axis.fraction(x) * plotWidth }
    func py(_ y: Double, _ axis: ChartAxis) -> Double { top + plotHeight - axis.fraction(y) * plotHeight }
}
