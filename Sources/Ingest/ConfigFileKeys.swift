/// The top-level members a `churncast.json` may have. Any other member is an error naming it and these (a
/// misspelt key would otherwise be ignored in silence). A new setting adds its key here, and only here.
public enum ConfigFileKeys {
    public static let known: [String] = [
        "columns",  // per export: canonical column name → export header name (ColumnMapping)
        "exports",  // per export: separator, decimal mark, encoding, date format, missing-value tokens (ExportFormats)
        "themes",   // comment themes added, changed or switched off (Comments' CommentsConfiguration)
        "channels",  // the activity channels to use, e.g. ["orders", "revenue"] (ActivitySettings)
        "churn_definition",  // "contract" or "inactivity" (ActivitySettings)
    ]

    /// Throws `IngestError.invalidMapping` (exit 65) for the first member of `root` (in sorted order) not in `known`.
    static func check(_ root: [String: Any], source: String) throws {
        guard let unknown = root.keys.sorted().first(where: { !known.contains($0) }) else { return }
        let list = known.map { "\"\($0)\"" }.joined(separator: ", ")
        throw IngestError.invalidMapping(source: source, reason: "unknown key \"\(unknown)\" (known keys: \(list))")
    }
}
