import ArgumentParser

/// The one check of `--horizon` (train and features): a positive number of days. The upper bound is the library's
/// (`SnapshotConfig.validate`), reported with its own wording.
enum HorizonArgument {
    static func check(_ days: Int) throws {
        if days <= 0 { throw ValidationError("--horizon must be a positive number of days, found \(days)") }
    }
}
