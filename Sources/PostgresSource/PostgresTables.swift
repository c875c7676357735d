import Ingest

/// Where the three exports are in PostgreSQL: the server's URL and a table per export (`--source`, `--tables`).
public struct PostgresTables: Sendable, Equatable {
    /// `postgresql://user@host:port/db` (libpq's URI form; anything libpq reads from the environment applies).
    public var url: String
    /// Table names per export, each `name` or `schema.name` as the user wrote it.
    public var tables: [ExportKind: String]

    /// Parses `--tables customers=…,nps=…,engagement=…` (any subset; the rest keep the default names
    /// customers, nps_responses and engagement).
    public init(url: String, tables: String?) throws {
        guard url.hasPrefix("postgresql://") || url.hasPrefix("postgres://") else {
            throw PostgresError.invalidOption(option: "--source", reason: "expected a postgresql:// URL, found '\(url)'")
        }
        self.url = url
        var names: [ExportKind: String] = [.customers: "customers", .nps: "nps_responses", .engagement: "engagement"]
        for entry in (tables ?? "").split(separator: ",", omittingEmptySubsequences: true) {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let kind = ExportKind(rawValue: parts[0]), !parts[1].isEmpty else {
                throw PostgresError.invalidOption(
                    option: "--tables", reason: "expected customers=TABLE, nps=TABLE or engagement=TABLE, found '\(entry)'")
            }
            names[kind] = parts[1]
        }
        self.tables = names
    }

    /// The URL without its password, for messages and the report.
    public static func displayURL(of url: String) -> String { PostgresConnection.redacting(url) }

    /// The table of one export.
    public func table(_ kind: ExportKind) -> String { tables[kind]! }

    /// A table name as an SQL identifier: each dot-separated part double-quoted.
    static func quoted(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map(quotedIdentifier).joined(separator: ".")
    }

    /// One identifier in double quotes (quotes inside doubled).
    static func quotedIdentifier<S: StringProtocol>(_ part: S) -> String {
        "\"" + part.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }
}
