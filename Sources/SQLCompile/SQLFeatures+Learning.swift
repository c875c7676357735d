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

    /// `learnedEncoding` and the NPS prior `churncast features` estimates for a snapshot at `asOf` (from every
    /// customer's daily scores dated ≤ T), from the exports at `paths` (read with `ExportLoader`, so mapping and
    /// errors are those of every other command).
    public static func learned(paths: ExportPaths, loader: ExportLoader = ExportLoader(),
                               asOf: Day) throws -> (encoding: AttributeEncoding, npsPrior: NPSPrior) {
        let loaded = try loader.load(paths)
        return (learnedEncoding(customers: loaded.customers, asOf: asOf),
                NPSPrior.estimate(responses: loaded.nps, customerCount: loaded.customers.count, asOf: asOf))
    }

    /// `learned` from the exports in a data folder (`--data DIR`).
    public static func learned(dataDirectory: String, asOf: Day) throws
        -> (encoding: AttributeEncoding, npsPrior: NPSPrior) {
        try learned(paths: ExportPaths(dataDirectory: dataDirectory), asOf: asOf)
    }
}
