import Ingest

/// An `AttributeEncoding` applied to one customer table: each customer's attribute features, ready to copy into rows.
struct EncodedAttributes {
    struct Numeric {
        var values: [Double]
        var fill: Double
        /// Column of the value within the attribute block; the indicator, if any, follows it.
        var column: Int
        var indicator: Bool
    }

    var numeric: [Numeric] = []
    /// Per text attribute and customer: the column within the attribute block that is 1, or −1 for none.
    var hotColumn: [[Int32]] = []
    /// Number of attribute columns.
    var width = 0
    /// The first one-hot column; the one-hot columns run to `width`.
    var oneHotStart = 0

    /// Throws `FeaturesError.missingAttribute` when the table lacks a column the encoding needs.
    init(encoding: AttributeEncoding, customers: CustomerTable) throws {
        let found = customers.numericAttributes.map(\.name) + customers.categoricalAttributes.map(\.name)
        for n in encoding.numeric {
            guard let column = customers.numericAttributes.first(where: { $0.name == n.name }) else {
                throw FeaturesError.missingAttribute(name: n.name, found: found)
            }
            numeric.append(Numeric(values: column.values, fill: n.fill, column: width, indicator: n.missingIndicator))
            width += n.missingIndicator ? 2 : 1
        }
        oneHotStart = width
        for c in encoding.categorical {
            guard let column = customers.categoricalAttributes.first(where: { $0.name == c.name }) else {
                throw FeaturesError.missingAttribute(name: c.name, found: found)
            }
            var columnOf: [String: Int32] = [:]
            if let reference = c.reference { columnOf[reference] = -1 }
            for (k, level) in c.levels.enumerated() { columnOf[level] = Int32(width + k) }
            let other: Int32 = c.hasOther ? Int32(width + c.levels.count) : -1
            var hot = [Int32](repeating: -1, count: customers.count)
            var cache: (text: String, column: Int32)?
            for (i, text) in column.values.enumerated() {
                if let cached = cache, cached.text == text { hot[i] = cached.column; continue }
                let col = columnOf[AttributeEncoding.level(of: text)] ?? other
                hot[i] = col
                cache = (text, col)
            }
            hotColumn.append(hot)
            width += c.levels.count + (c.hasOther ? 1 : 0)
        }
    }

    /// Writes customer `c`'s attribute features: `write(columnWithinBlock, value)` for every column.
    @inline(__always)
    func forEachValue(customer c: Int, _ write: (Int, Double) -> Void) {
        for n in numeric {
            let v = n.values[c]
            if v.isFinite {
                write(n.column, v)
                if n.indicator { write(n.column + 1, 0) }
            } else {
                write(n.column, n.fill)
                if n.indicator { write(n.column + 1, 1) }
            }
        }
        for j in oneHotStart..<width { write(j, 0) }
        for hot in hotColumn where hot[c] >= 0 { write(Int(hot[c]), 1) }
    }
}
