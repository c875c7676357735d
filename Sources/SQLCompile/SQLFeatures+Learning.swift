import Features
import Ingest

extension SQLFeatures {
    /// The attribute encoding `churncast features` learns for a snapshot at `asOf`: from the customers active then,
    /// with `config`'s rare-level pooling. SQL cannot name result columns after data it has not read, so without a
    /// model the levels are learned here, from the customers export, and written into the statement.
    public static func learnedEncoding(customers: CustomerTable, asOf: Day,
                                       config: SnapshotConfig = SnapshotConfig(asOf: [])) -> AttributeEncoding {
        let population = (0..<customers.count).map { c in
            customers.signup[c] <= asOf && (customers.churn[c].map { $0 > asOf } ?? true)
        }
        return AttributeEncoding.learn(customers: customers, population: population,
                                       rareLevelMinCount: config.rareLevelMinCount,
                                       maxLevels: config.maxLevelsPerAttribute)
    }

    /// `learnedEncoding` from the exports at `paths` (read with `ExportLoader`, so mapping and errors are those of
    /// every other command).
    public static func learnedEncoding(paths: ExportPaths, loader: ExportLoader = ExportLoader(),
                                       asOf: Day) throws -> AttributeEncoding {
        learnedEncoding(customers: try loader.load(paths).customers, asOf: asOf)
    }

    /// `learnedEncoding` from the exports in a data folder (`--data DIR`).
    public static func learnedEncoding(dataDirectory: String, asOf: Day) throws -> AttributeEncoding {
        try learnedEncoding(paths: ExportPaths(dataDirectory: dataDirectory), asOf: asOf)
    }
}
