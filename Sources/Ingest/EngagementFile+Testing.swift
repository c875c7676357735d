/// Hooks for tests and fuzz targets: the same file read another way, and whether a pass was split.
extension EngagementFile {
    /// A fresh file (no pass made yet) with the same columns, customers and rejects log, read with `options`
    /// changed by `change` — e.g. the general path alone, or two threads on a small file.
    func configured(_ change: (inout Options) -> Void) -> EngagementFile {
        var options = self.options
        change(&options)
        return EngagementFile(path: path, columns: columns, customers: customers, rejects: rejects, options: options)
    }

    /// `forEachRow`, returning whether the pass read the file on two threads.
    func forEachRowTellingSplit(_ body: (EngagementRow) throws -> Void) throws -> Bool {
        try pass { rows in for r in rows { try body(r) } }
    }
}
