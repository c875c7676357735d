import Foundation
import Ingest

/// A throwaway database on the test server (`scripts/start-postgres.sh`) holding one folder's exports in tables
/// typed like them (`SQLEngine.tableDefinitions`), loaded by `psql`'s `\copy` — a client that shares no code with
/// ChurnCast's. Dropped by `drop()`.
struct PostgresDatabase {
    let name: String
    var url: String { "postgresql://postgres@127.0.0.1:\(SQLEngine.port)/\(name)" }

    init(loading data: String) throws {
        name = "churncast_pgtests_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
        try Shell.check(try Shell.run("psql", SQLEngine.psql + ["-c", "CREATE DATABASE \(name)"]), what: "psql")
        let customers = try ExportLoader().load(ExportPaths(dataDirectory: data)).customers
        let header = try String(contentsOfFile: data + "/customers.csv", encoding: .utf8)
            .prefix { $0 != "\n" && $0 != "\r\n" }.split(separator: ",").map(String.init)
        let create = SQLEngine.postgres.tableDefinitions(
            customerColumns: header, numericAttributes: Set(customers.numericAttributes.map(\.name)))
        try execute(create.joined(separator: ";\n") + ";\n"
                    + SQLEngine.files(data).map { "\\copy \($0.0) FROM '\($0.1)' WITH (FORMAT csv, HEADER)" }
                        .joined(separator: "\n"))
    }

    /// Runs a psql script in the database; returns its standard output.
    @discardableResult
    func execute(_ script: String) throws -> String {
        let file = try Shell.scratchFile("pg-script.sql")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try script.write(toFile: file, atomically: false, encoding: .utf8)
        let outcome = try Shell.run("psql", SQLEngine.psql + ["-d", name, "-f", file])
        try Shell.check(outcome, what: "psql")
        return outcome.stdout
    }

    func drop() { _ = try? Shell.run("psql", SQLEngine.psql + ["-c", "DROP DATABASE \(name)"]) }
}
