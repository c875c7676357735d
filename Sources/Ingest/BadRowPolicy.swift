/// What to do with a row that fails validation.
public enum BadRowPolicy: Equatable, Sendable {
    /// Throw the row's `IngestError` (exit 65): the default.
    case stop
    /// Leave the row out, list it in a rejects CSV at `rejectsPath` (columns `source_file,line,reason,raw_row`)
    /// and count it, so that for each file rows read = rows used + rows rejected.
    case skip(rejectsPath: String)
}

/// Rows read, used and rejected in one export file (data rows: the header and blank lines are not rows).
public struct FileAccounting: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var read: Int
    public var used: Int
    public var rejected: Int

    public init(file: String, read: Int = 0, used: Int = 0, rejected: Int = 0) {
        self.file = file; self.read = read; self.used = used; self.rejected = rejected
    }

    /// True when every row read was either used or rejected.
    public var isBalanced: Bool { read == used + rejected }

    /// `engagement.csv: 1000 rows read = 990 used + 10 rejected`.
    public var description: String { "\(file): \(read) rows read = \(used) used + \(rejected) rejected" }

    mutating func add(_ other: FileAccounting) {
        read += other.read; used += other.used; rejected += other.rejected
    }
}
