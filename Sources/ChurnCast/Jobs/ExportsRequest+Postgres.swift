import Ingest
import PostgresSource
import Support

extension ExportsRequest {
    /// Reads the exports from PostgreSQL (`--source`): each table checked, spooled by COPY and loaded by the same
    /// loaders as files, so validation and bad-row handling are the same and errors name the table instead of the
    /// file. Engagement is streamed once here, so that its errors too are raised (and named) at load time.
    func loadFromDatabase(_ tables: PostgresTables) throws -> LoadedExports {
        let mapping = try mapping()
        let spool = try PhaseTimer.measure("copy tables from PostgreSQL") {
            try PostgresExportSpool(tables: tables, mapping: mapping)
        }
        do {
            let loaded = try PhaseTimer.measure("read customers and NPS") {
                try ExportLoader(mapping: mapping, policy: policy).load(spool.paths)
            }
            _ = try PhaseTimer.measure("validate engagement") { try loaded.completeAccounting() }
            return loaded
        } catch let error as IngestError {
            throw error.renamingFile(spool.tableName(of:))
        }
    }
}
