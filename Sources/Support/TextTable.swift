import Foundation

/// Fixed-width rows of the tables people read: each cell padded to its column's width, left- or right-aligned.
/// Left-aligned cells are cut to the width (a label never pushes the numbers out of line); right-aligned cells
/// wider than their column are kept whole, after the column's `gap` of spaces.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var width: Int
        public var alignment: Alignment
        /// Spaces always written before a right-aligned cell (part of `width`).
        public var gap: Int

        public init(_ width: Int, _ alignment: Alignment = .right, gap: Int = 0) {
            self.width = width; self.alignment = alignment; self.gap = gap
        }
    }

    /// Written before every row.
    public var indent: String
    public var columns: [Column]

    public init(indent: String = "", _ columns: [Column]) {
        self.indent = indent; self.columns = columns
    }

    /// One row: `cells[i]` in `columns[i]`.
    public func row(_ cells: [String]) -> String {
        precondition(cells.count == columns.count, "one cell per column")
        return indent + zip(cells, columns).map { cell, column in
            switch column.alignment {
            case .left: return cell.padding(toLength: column.width, withPad: " ", startingAt: 0)
            case .right: return String(repeating: " ", count: column.gap) + cell.leftPad(column.width - column.gap)
            }
        }.joined()
    }
}
