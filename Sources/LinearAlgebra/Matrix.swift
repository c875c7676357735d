/// A dense matrix of `Double` stored column-major, as BLAS and LAPACK expect.
///
/// Element `(i, j)` lives at `storage[i + j * rows]`. Sizes are checked on every operation so that
/// a wrong shape is a Swift precondition failure here, never a segfault inside OpenBLAS.
public struct Matrix: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    /// Column-major elements; `count == rows * columns`.
    public internal(set) var storage: [Double]

    /// A matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major storage.
    public init(rows: Int, columns: Int, columnMajor storage: [Double]) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
        precondition(storage.count == rows * columns,
                     "storage has \(storage.count) elements, expected \(rows) x \(columns) = \(rows * columns)")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from its columns, each of the same length.
    public init(columns cols: [[Double]]) {
        let r = cols.first?.count ?? 0
        precondition(cols.allSatisfy { $0.count == r }, "all columns must have the same length")
        self.init(rows: r, columns: cols.count, columnMajor: cols.flatMap { $0 })
    }

    /// A matrix from row arrays (convenient in tests and small cases).
    public init(rowMajor rowsArray: [[Double]]) {
        let r = rowsArray.count
        let c = rowsArray.first?.count ?? 0
        precondition(rowsArray.allSatisfy { $0.count == c }, "all rows must have the same length")
        var s = [Double](repeating: 0, count: r * c)
        for i in 0..<r { for j in 0..<c { s[i + j * r] = rowsArray[i][j] } }
        self.init(rows: r, columns: c, columnMajor: s)
    }

    /// The identity matrix of order `n`.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i + i * n] = 1 }
        return m
    }

    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "index out of range")
            return storage[row + column * rows]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "index out of range")
            storage[row + column * rows] = newValue
        }
    }

    /// A copy of column `j`.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "column out of range")
        return Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// Overwrites column `j`.
    public mutating func setColumn(_ j: Int, to values: [Double]) {
        precondition(j >= 0 && j < columns && values.count == rows, "column shape mismatch")
        storage.replaceSubrange((j * rows)..<((j + 1) * rows), with: values)
    }

    /// The diagonal of a square (or rectangular) matrix.
    public var diagonal: [Double] {
        (0..<Swift.min(rows, columns)).map { storage[$0 + $0 * rows] }
    }

    /// The transpose (a copy).
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns { for i in 0..<rows { t.storage[j + i * columns] = storage[i + j * rows] } }
        return t
    }

    /// The rows at `indices` as a new matrix (a copy), in the order given.
    public func rows(at indices: [Int]) -> Matrix {
        precondition(indices.allSatisfy { $0 >= 0 && $0 < rows }, "row index out of range")
        let n = indices.count
        let gathered = [Double](unsafeUninitializedCapacity: n * columns) { out, initialized in
            storage.withUnsafeBufferPointer { src in
                for j in 0..<columns {
                    let (from, to) = (src.baseAddress! + j * rows, out.baseAddress! + j * n)
                    for (k, i) in indices.enumerated() { (to + k).initialize(to: from[i]) }
                }
            }
            initialized = n * columns
        }
        return Matrix(rows: n, columns: columns, columnMajor: gathered)
    }

    /// The rows `range` as a new matrix (a copy): one contiguous run per column.
    public func rows(_ range: Range<Int>) -> Matrix {
        precondition(range.lowerBound >= 0 && range.upperBound <= rows, "row range out of bounds")
        var out: [Double] = []
        out.reserveCapacity(range.count * columns)
        for j in 0..<columns { out.append(contentsOf: storage[(j * rows + range.lowerBound)..<(j * rows + range.upperBound)]) }
        return Matrix(rows: range.count, columns: columns, columnMajor: out)
    }

    /// Gives read access to the column-major buffer without copying.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer(body)
    }

    /// Gives write access to the column-major buffer without copying.
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer(body)
    }
}
