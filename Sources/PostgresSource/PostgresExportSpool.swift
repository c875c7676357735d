#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Ingest
import Support

/// The three exports read from PostgreSQL as CSV files in a private temporary folder, for the same loaders and
/// the same validation as exported files (`ExportLoader`).
///
/// Each table is checked first (`PostgresColumnCheck`: the table, its columns and their types), then streamed with
/// `COPY (SELECT …) TO STDOUT WITH (FORMAT csv, HEADER)` straight into its file, 64 KiB at a time, so memory is
/// that of CSV ingest. A file rather than a pipe because the loaders need a seekable file: the two-thread
/// engagement reader splits it by byte ranges and the memory check reads the sizes. The folder is removed when the
/// process exits; `tableName(of:)` turns a spooled path back into the table's name for messages.
public final class PostgresExportSpool {
    public let paths: ExportPaths
    private let directory: String
    private let names: [String: String]

    public init(tables: PostgresTables, mapping: ColumnMapping) throws {
        let connection = try PostgresConnection(url: tables.url)
        let check = PostgresColumnCheck(connection: connection, mapping: mapping)
        let selects = try ExportKind.allCases.map { kind in
            "SELECT \(try check.selectList(kind: kind, table: tables.table(kind))) FROM \(PostgresTables.quoted(tables.table(kind)))"
        }
        var template = Array("/tmp/churncast-postgres-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw FileError.writeFailed(path: "/tmp/churncast-postgres-XXXXXX", reason: String(cString: strerror(errno)))
        }
        let folder = String(cString: template)
        PostgresExportSpool.folders.append(folder)
        if PostgresExportSpool.folders.count == 1 { atexit { PostgresExportSpool.removeFolders() } }
        let files = ExportKind.allCases.map { "\(folder)/" + String(tables.table($0).map { $0 == "/" ? "_" : $0 }) }
        let names = Dictionary(uniqueKeysWithValues: ExportKind.allCases.indices.map {
            (files[$0], "table \(tables.table(ExportKind.allCases[$0]))")
        })
        (directory, paths, self.names) = (folder, ExportPaths(customers: files[0], nps: files[1], engagement: files[2]),
                                          names)
        for (select, file) in zip(selects, files) {
            try AtomicFile.write(to: file) { sink in
                try connection.copyOut("COPY (\(select)) TO STDOUT WITH (FORMAT csv, HEADER)",
                                       what: "reading \(names[file]!)") { bytes in try sink.write(Array(bytes)) }
            }
        }
    }

    /// `table NAME` for a spooled file's path; any other text unchanged.
    public func tableName(of path: String) -> String { names[path] ?? path }

    private static var folders: [String] = []

    /// Removes every spool folder of this process (registered with `atexit`).
    private static func removeFolders() {
        for folder in folders {
            if let entries = opendir(folder) {
                while let entry = readdir(entries) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                    if name != "." && name != ".." { unlink("\(folder)/\(name)") }
                }
                closedir(entries)
            }
            rmdir(folder)
        }
    }
}
