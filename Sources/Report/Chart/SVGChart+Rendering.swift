/// Drawing the axes, the legend and each kind of layer.
extension SVGChart {
    func renderAxes(_ f: PlotFrame) -> String {
        var out = "<g class=\"axes\">"
        let bottom = f.top + f.plotHeight
        let right = f.left + f.plotWidth
        for tick in y.ticks {
            let yy = f.py(tick.value, y)
            if y.grid {
                out += "<line x1=\"\(n(f.left))\" y1=\"\(n(yy))\" x2=\"\(n(right))\" y2=\"\(n(yy))\" stroke=\"\(Palette.grid)\"/>"
            }
            out += "<line x1=\"\(n(f.left - 5))\" y1=\"\(n(yy))\" x2=\"\(n(f.left))\" y2=\"\(n(yy))\" stroke=\"\(Palette.ink)\"/>"
            out += "<text x=\"\(n(f.left - 8))\" y=\"\(n(yy + 5))\" text-anchor=\"end\">\(Markup.escape(tick.label))</text>"
        }
        for (i, tick) in x.ticks.enumerated() {
            let xx = f.px(tick.value, x)
            if x.grid {
                out += "<line x1=\"\(n(xx))\" y1=\"\(n(f.top))\" x2=\"\(n(xx))\" y2=\"\(n(bottom))\" stroke=\"\(Palette.grid)\"/>"
            }
            out += "<line x1=\"\(n(xx))\" y1=\"\(n(bottom))\" x2=\"\(n(xx))\" y2=\"\(n(bottom + 5))\" stroke=\"\(Palette.ink)\"/>"
            // Count from the last label, so the newest (e.g. the forecast quarter) is always shown.
            guard (x.ticks.count - 1 - i) % f.xLabelStride == 0 else { continue }
            out += "<text x=\"\(n(xx))\" y=\"\(n(bottom + 20))\" text-anchor=\"middle\">"
            for (line, part) in tick.label.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                out += "<tspan x=\"\(n(xx))\" dy=\"\(line == 0 ? "0" : "17")\">\(Markup.escape(String(part)))</tspan>"
            }
            out += "</text>"
        }
        out += "<line x1=\"\(n(f.left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"\(Palette.ink)\"/>"
        out += "<line x1=\"\(n(f.left))\" y1=\"\(n(f.top))\" x2=\"\(n(f.left))\" y2=\"\(n(bottom))\" stroke=\"\(Palette.ink)\"/>"
        let xTitleY = bottom + 20 + Double(f.xTickLines - 1) * 17 + 10 + Self.titleFontSize
        // Centred under the plot, but moved in when the title would run off the chart (a wide left margin).
        let xTitleX = clamp(f.left + f.plotWidth / 2, half: Self.textWidth(x.label, size: Self.titleFontSize) / 2, within: width)
        out += "<text class=\"axis-title\" x=\"\(n(xTitleX))\" y=\"\(n(xTitleY))\""
        out += " text-anchor=\"middle\" font-size=\"\(n(Self.titleFontSize))\" font-weight=\"600\">\(Markup.escape(x.label))</text>"
        if !y.label.isEmpty {
            out += "<text class=\"axis-title\" x=\"\(n(Self.legendInset))\" y=\"\(n(f.top - 12))\""
            out += " text-anchor=\"start\" font-size=\"\(n(Self.titleFontSize))\" font-weight=\"600\">\(Markup.escape(y.label))</text>"
        }
        return out + "</g>"
    }

    /// `center` moved so that a text `half` wide on each side stays within 0...`within` (4 px margin).
    func clamp(_ center: Double, half: Double, within: Double) -> Double {
        let lo = half + 4, hi = within - half - 4
        return lo > hi ? within / 2 : min(max(center, lo), hi)
    }

    static func legendEntryWidth(_ name: String) -> Double { 30 + textWidth(name) + 18 }

    func renderLegend(_ f: PlotFrame) -> String {
        guard !f.legendRows.isEmpty else { return "" }
        var out = "<g class=\"legend\">"
        for (r, row) in f.legendRows.enumerated() {
            var x0 = Self.legendInset
            let cy = 12 + Double(r) * Self.legendRowHeight + 9
            for (name, layer) in row {
                out += legendSwatch(layer, x: x0, cy: cy)
                out += "<text x=\"\(n(x0 + 30))\" y=\"\(n(cy + 5))\">\(Markup.escape(name))</text>"
                x0 += Self.legendEntryWidth(name)
            }
        }
        return out + "</g>"
    }

    private func legendSwatch(_ layer: ChartLayer, x: Double, cy: Double) -> String {
        switch layer {
        case .line(let l):
            let dash = l.dashed ? " stroke-dasharray=\"6 4\"" : ""
            return "<line x1=\"\(n(x))\" y1=\"\(n(cy))\" x2=\"\(n(x + 24))\" y2=\"\(n(cy))\" stroke=\"\(l.color)\" stroke-width=\"\(n(l.width))\"\(dash)/>"
        case .scatter(let s):
            return "<circle cx=\"\(n(x + 12))\" cy=\"\(n(cy))\" r=\"5\" fill=\"\(s.color)\"/>"
        case .bars(let b):
            return "<rect x=\"\(n(x + 4))\" y=\"\(n(cy - 8))\" width=\"16\" height=\"16\" fill=\"\(b.colors[0])\"/>"
        case .band(let b):
            return "<rect x=\"\(n(x))\" y=\"\(n(cy - 8))\" width=\"24\" height=\"16\" fill=\"\(b.color)\" fill-opacity=\"\(n2(b.opacity))\"/>"
        case .intervals(let i):
            return "<line x1=\"\(n(x))\" y1=\"\(n(cy))\" x2=\"\(n(x + 24))\" y2=\"\(n(cy))\" stroke=\"\(i.color)\" stroke-width=\"\(n(i.width))\"/>"
                + "<circle cx=\"\(n(x + 12))\" cy=\"\(n(cy))\" r=\"4.5\" fill=\"\(i.color)\"/>"
        case .text:
            return ""
        }
    }

    func n2(_ v: Double) -> String { NumberFormat.data(v, decimals: 2) }

    func renderLayer(_ layer: ChartLayer, _ f: PlotFrame) -> String {
        let gid = Markup.escape(id + "-" + layer.key)
        switch layer {
        case .line(let l):
            let data = l.points.map { d($0.x) + "," + d($0.y) }.joined(separator: " ")
            let pts = l.points.map { n(f.px($0.x, x)) + "," + n(f.py($0.y, y)) }.joined(separator: " ")
            var out = "<g id=\"\(gid)\" class=\"series line\"\(seriesName(l.name)) data-points=\"\(data)\">"
            let dash = l.dashed ? " stroke-dasharray=\"6 4\"" : ""
            out += "<polyline points=\"\(pts)\" fill=\"none\" stroke=\"\(l.color)\" stroke-width=\"\(n(l.width))\""
            out += " stroke-linejoin=\"round\"\(dash)/>"
            if l.markers {
                for p in l.points {
                    out += "<circle cx=\"\(n(f.px(p.x, x)))\" cy=\"\(n(f.py(p.y, y)))\" r=\"4\" fill=\"\(l.color)\"/>"
                }
            }
            return out + "</g>"
        case .scatter(let s):
            let data = s.points.map { d($0.x) + "," + d($0.y) }.joined(separator: " ")
            var out = "<g id=\"\(gid)\" class=\"series points\"\(seriesName(s.name)) data-points=\"\(data)\">"
            for (i, p) in s.points.enumerated() {
                let r = s.radii?[i] ?? 5
                out += "<circle cx=\"\(n(f.px(p.x, x)))\" cy=\"\(n(f.py(p.y, y)))\" r=\"\(n(r))\" fill=\"\(s.color)\""
                out += " fill-opacity=\"0.85\" stroke=\"#FFFFFF\" stroke-width=\"1\">"
                if let tip = s.tooltips?[i] { out += "<title>\(Markup.escape(tip))</title>" }
                out += "</circle>"
            }
            return out + "</g>"
        case .bars(let b):
            let data = b.points.map { d($0.x) + "," + d($0.y) }.joined(separator: " ")
            var out = "<g id=\"\(gid)\" class=\"series bars\"\(seriesName(b.name)) data-points=\"\(data)\">"
            let origin = f.py(max(y.lower, min(0, y.upper)), y)
            for (i, p) in b.points.enumerated() {
                let zero = b.bottoms.map { f.py($0[i], y) } ?? origin
                let x0 = f.px(p.x - b.barWidth / 2, x), x1 = f.px(p.x + b.barWidth / 2, x)
                let top = f.py(p.y, y)
                let color = b.colors[i % b.colors.count]
                out += "<rect x=\"\(n(x0))\" y=\"\(n(min(top, zero)))\" width=\"\(n(x1 - x0))\" height=\"\(n(abs(zero - top)))\""
                out += " fill=\"\(color)\"/>"
                if let label = b.labels?[i] {
                    out += "<text x=\"\(n((x0 + x1) / 2))\" y=\"\(n(min(top, zero) - 6))\" text-anchor=\"middle\">"
                    out += "\(Markup.escape(label))</text>"
                }
            }
            return out + "</g>"
        case .band(let b):
            let data = b.rows.map { d($0.x) + "," + d($0.low) + "," + d($0.high) }.joined(separator: " ")
            let upper = b.rows.map { n(f.px($0.x, x)) + "," + n(f.py($0.high, y)) }
            let lower = b.rows.reversed().map { n(f.px($0.x, x)) + "," + n(f.py($0.low, y)) }
            var out = "<g id=\"\(gid)\" class=\"series band\"\(seriesName(b.name)) data-points=\"\(data)\">"
            out += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(b.color)\""
            out += " fill-opacity=\"\(n2(b.opacity))\" stroke=\"none\"/>"
            return out + "</g>"
        case .intervals(let iv):
            return renderIntervals(iv, gid: gid, f)
        case .text(let t):
            var out = "<g id=\"\(gid)\" class=\"labels\" fill=\"\(t.color)\">"
            for item in t.items {
                out += "<text x=\"\(n(f.px(item.at.x, x) + item.dx))\" y=\"\(n(f.py(item.at.y, y) + item.dy))\""
                out += " text-anchor=\"\(Markup.escape(item.anchor))\">\(Markup.escape(item.text))</text>"
            }
            return out + "</g>"
        }
    }

    private func renderIntervals(_ iv: ChartLayer.Intervals, gid: String, _ f: PlotFrame) -> String {
        let data = iv.rows.map { d($0.position) + "," + d($0.center) + "," + d($0.low) + "," + d($0.high) }
            .joined(separator: " ")
        var out = "<g id=\"\(gid)\" class=\"series intervals\"\(seriesName(iv.name)) data-points=\"\(data)\">"
        for (i, r) in iv.rows.enumerated() {
            let color = iv.rowColors?[i] ?? iv.color
            let (x1, y1, x2, y2, cx, cy): (Double, Double, Double, Double, Double, Double)
            if iv.horizontal {
                let yy = f.py(r.position, y)
                (x1, y1, x2, y2, cx, cy) = (f.px(r.low, x), yy, f.px(r.high, x), yy, f.px(r.center, x), yy)
            } else {
                let xx = f.px(r.position, x)
                (x1, y1, x2, y2, cx, cy) = (xx, f.py(r.low, y), xx, f.py(r.high, y), xx, f.py(r.center, y))
            }
            out += "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(color)\""
            out += " stroke-width=\"\(n(iv.width))\" stroke-linecap=\"round\"/>"
            out += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"5\" fill=\"\(color)\"/>"
        }
        return out + "</g>"
    }

    private func seriesName(_ name: String?) -> String {
        name.map { " data-series=\"\(Markup.escape($0))\"" } ?? ""
    }

    /// Data numbers: six decimals, ASCII.
    private func d(_ v: Double) -> String { NumberFormat.data(v) }
}

extension ChartLayer {
    var legendName: String? {
        switch self {
        case .line(let l): return l.name
        case .scatter(let s): return s.name
        case .bars(let b): return b.name
        case .band(let b): return b.name
        case .intervals(let i): return i.name
        case .text: return nil
        }
    }
}
