import Foundation
import Support

/// Maps the header names of real exports ("Person ID", "Score", "Response Timestamp") onto the canonical column
/// names of SPEC section 1, per file. A column with no mapping is looked for under its canonical name; a mapped
/// column is looked for under its export name first, then under its canonical name.
///
/// **Config file** (`churncast.json`, shared by every command that reads exports): a JSON object whose `columns`
/// member maps each export (`customers`, `nps`, `engagement`) to an object of `canonical name: export header name`.
/// Other top-level members are other settings; a member that is no setting (`ConfigFileKeys`) is an error. Customer attribute columns may be renamed too (the new name
/// becomes the attribute's name). Example (also in `datasets/churncast.example.json`):
///
///     {
///       "columns": {
///         "customers":  { "customer_id": "Account", "signup_date": "Created", "churn_date": "Cancelled", "plan": "Plan Tier" },
///         "nps":        { "customer_id": "Person ID", "score": "Score", "date": "Response Timestamp" },
///         "engagement": { "customer_id": "Person ID", "date": "Day", "dms": "Direct Messages" }
///       }
///     }
///
/// **Command line** (`--map`): see `ColumnMapping.parse(commandLine:)`.
public struct ColumnMapping: Codable, Equatable, Sendable {
    /// Per export: canonical name → export header name.
    public var columns: [ExportKind: [String: String]]

    public init(_ columns: [ExportKind: [String: String]] = [:]) { self.columns = columns }

    /// No renaming: every column under its canonical name.
    public static let identity = ColumnMapping()

    /// The export header name for `canonical` in `kind`, if mapped.
    public func exportName(of canonical: String, in kind: ExportKind) -> String? { columns[kind]?[canonical] }

    /// This mapping with the entries of `other` added, replacing entries for the same canonical column
    /// (the command line over the config file).
    public func merging(_ other: ColumnMapping) -> ColumnMapping {
        var out = self
        for (kind, entries) in other.columns {
            out.columns[kind, default: [:]].merge(entries) { _, new in new }
        }
        return out
    }

    /// Checks names: canonical names must exist for the export (any name for customers, whose other columns are
    /// attributes), export names must be non-empty, and no two canonical columns may take the same export column.
    /// `source` is the config file's path or `IngestError.commandLineSource`.
    public func validate(source: String) throws {
        for kind in ExportKind.allCases {
            guard let entries = columns[kind] else { continue }
            let known = kind.requiredColumns + kind.optionalColumns
            var taken: [String: String] = [:]
            for (canonical, exportName) in entries.sorted(by: { $0.key < $1.key }) {
                if !kind.acceptsOtherColumns && !known.contains(canonical) {
                    throw IngestError.invalidMapping(source: source, reason:
                        "\(kind.rawValue) has no column \"\(canonical)\"; expected one of "
                        + known.map { "\"\($0)\"" }.joined(separator: ", "))
                }
                if canonical.isEmpty || exportName.isEmpty {
                    throw IngestError.invalidMapping(source: source, reason:
                        "\(kind.rawValue): expected non-empty column names, found \"\(canonical)\" = \"\(exportName)\"")
                }
                if let other = taken[exportName] {
                    throw IngestError.invalidMapping(source: source, reason:
                        "\(kind.rawValue): export column \"\(exportName)\" is mapped to both \"\(other)\" and \"\(canonical)\"")
                }
                taken[exportName] = canonical
            }
        }
    }

    // MARK: - Config file

    /// Reads the `columns` member of a config file (see the type's documentation); a file without one gives the
    /// identity mapping. Throws `FileError.missing` when the file does not exist and `IngestError.invalidMapping`
    /// (exit 65) when it is not valid JSON of that shape.
    public static func load(configPath path: String) throws -> ColumnMapping {
        guard FileManager.default.fileExists(atPath: path) else { throw FileError.missing(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.unreadable(path: path, reason: "cannot open")
        }
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw IngestError.invalidMapping(source: path, reason: "expected JSON, found text that does not parse")
        }
        guard let root = json as? [String: Any] else {
            throw IngestError.invalidMapping(source: path, reason: "expected a JSON object at the top level")
        }
        try ConfigFileKeys.check(root, source: path)
        guard let columns = root["columns"] else { return .identity }
        guard let files = columns as? [String: Any] else {
            throw IngestError.invalidMapping(source: path, reason: "expected \"columns\" to be an object")
        }
        var mapping = ColumnMapping()
        for (key, value) in files {
            guard let kind = ExportKind(rawValue: key) else {
                throw IngestError.invalidMapping(source: path, reason:
                    "\"columns\" has a member \"\(key)\"; expected \"customers\", \"nps\" or \"engagement\"")
            }
            guard let entries = value as? [String: String] else {
                throw IngestError.invalidMapping(source: path, reason:
                    "expected \"columns\".\"\(key)\" to map column names to export column names (strings)")
            }
            mapping.columns[kind] = entries
        }
        try mapping.validate(source: path)
        return mapping
    }

    // MARK: - Codable (`{"customers": {...}, "nps": {...}}`)

    public init(from decoder: Decoder) throws {
        let raw = try [String: [String: String]](from: decoder)
        var columns: [ExportKind: [String: String]] = [:]
        for (key, value) in raw {
            guard let kind = ExportKind(rawValue: key) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                    debugDescription: "unknown export \"\(key)\"; expected customers, nps or engagement"))
            }
            columns[kind] = value
        }
        self.columns = columns
    }

    public func encode(to encoder: Encoder) throws {
        var raw: [String: [String: String]] = [:]
        for (kind, value) in columns { raw[kind.rawValue] = value }
        try raw.encode(to: encoder)
    }
}
