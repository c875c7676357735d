import Foundation
import Ingest

/// A real SQL engine the differential tests run the generated statements on: DuckDB (PyPI `duckdb`, through
/// `python3`) or the throwaway PostgreSQL server of `scripts/start-postgres.sh` (through `psql`). Each run loads
/// the three exports of a folder into fresh tables typed like the exports (dates DATE, counts INTEGER, numeric
/// attributes DOUBLE, text attributes text) and returns the statement's result as CSV text.
enum SQLEngine: String, CaseIterable {
    case duckdb, postgres

    /// The PostgreSQL port (`CHURNCAST_PG_PORT`, default 55432 like `scripts/start-postgres.sh`).
    static var port: String { ProcessInfo.processInfo.environment["CHURNCAST_PG_PORT"] ?? "55432" }

    /// `psql` options that reach the throwaway server and stop at the first error.
    static var psql: [String] { ["-h", "127.0.0.1", "-p", port, "-U", "postgres", "-X", "-q", "-v", "ON_ERROR_STOP=1"] }

    /// Why the engine cannot be used here, or nil when it can.
    var unavailableReason: String? {
        switch self {
        case .duckdb:
            let ok = (try? Shell.run("python3", ["-c", "import duckdb"]))?.status == 0
            return ok ? nil : "python3 cannot import duckdb (pip install duckdb)"
        case .postgres:
            let ok = (try? Shell.run("pg_isready", ["-q", "-h", "127.0.0.1", "-p", Self.port]))?.status == 0
            return ok ? nil : "no PostgreSQL server on 127.0.0.1:\(Self.port) (bash scripts/start-postgres.sh)"
        }
    }

    /// Loads the exports in `data` (attribute columns typed by `numericAttributes`), runs `statement` and returns
    /// its result as CSV with a header.
    func run(_ statement: String, data: String, customerColumns: [String], numericAttributes: Set<String>)
        throws -> String {
        let query = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            .trimmingCharacters(in: CharacterSet(charactersIn: ";"))
        let create = tableDefinitions(customerColumns: customerColumns, numericAttributes: numericAttributes)
        let files = Self.files(data)
        switch self {
        case .duckdb: return try runDuckDB(query, create: create, files: files)
        case .postgres: return try runPostgres(query, create: create, files: files)
        }
    }

    /// `CREATE TABLE` statements for the three exports, typed like them.
    func tableDefinitions(customerColumns: [String], numericAttributes: Set<String>) -> [String] {
        let double = self == .postgres ? "DOUBLE PRECISION" : "DOUBLE"
        let customerTypes = customerColumns.map { name -> String in
            let type = ["signup_date", "churn_date"].contains(name) ? "DATE"
                : numericAttributes.contains(name) ? double : "VARCHAR"
            return "\"\(name)\" \(type)"
        }
        return [
            "CREATE TABLE customers (\(customerTypes.joined(separator: ", ")))",
            "CREATE TABLE nps_responses (customer_id VARCHAR, date DATE, score INTEGER, comment VARCHAR)",
            "CREATE TABLE engagement (customer_id VARCHAR, date DATE, likes INTEGER, shares INTEGER, "
                + "comments INTEGER, dms INTEGER)",
        ]
    }

    /// Each export's table name and its file in the folder `data`.
    static func files(_ data: String) -> [(String, String)] {
        [("customers", "customers.csv"), ("nps_responses", "nps_responses.csv"),
         ("engagement", "engagement.csv")].map { ($0.0, "\(data)/\($0.1)") }
    }

    private func runDuckDB(_ query: String, create: [String], files: [(String, String)]) throws -> String {
        let scratch = try Shell.scratchFile("duckdb-out.csv")
        let load = create + files.map { "COPY \($0.0) FROM '\($0.1)' (HEADER)" }
            + ["COPY (\(query)) TO '\(scratch)' (HEADER)"]
        let program = "import duckdb, sys\ncon = duckdb.connect()\nfor s in sys.argv[1:]:\n    con.execute(s)\n"
        try Shell.check(try Shell.run("python3", ["-c", program] + load), what: "duckdb")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        return try String(contentsOfFile: scratch, encoding: .utf8)
    }

    private func runPostgres(_ query: String, create: [String], files: [(String, String)]) throws -> String {
        let database = "churncast_sqltests_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
        let psql = Self.psql
        try Shell.check(try Shell.run("psql", psql + ["-c", "CREATE DATABASE \(database)"]), what: "psql")
        defer { _ = try? Shell.run("psql", psql + ["-c", "DROP DATABASE \(database)"]) }
        let script = create.map { $0 + ";" }
            + files.map { "\\copy \($0.0) FROM '\($0.1)' WITH (FORMAT csv, HEADER)" }
            + ["COPY (\(query)) TO STDOUT WITH (FORMAT csv, HEADER);"]
        let file = try Shell.scratchFile("psql-script.sql")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try script.joined(separator: "\n").write(toFile: file, atomically: false, encoding: .utf8)
        let outcome = try Shell.run("psql", psql + ["-d", database, "-f", file])
        try Shell.check(outcome, what: "psql")
        return outcome.stdout
    }
}
