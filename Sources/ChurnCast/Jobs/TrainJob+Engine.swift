import Foundation
import Ingest
import LinearAlgebra
import PostgresSource
import SQLCompile

extension TrainJob {
    /// What `train --engine postgres` did: the churn fit's Newton steps in the database.
    struct EngineReport {
        var iterations: Int
        var queries: Int
        /// max |β_engine − β_in-process| over the churn coefficients (standardised scale, intercept included).
        var maxDifference: Double

        var note: String {
            "engine: the churn fit ran in PostgreSQL (\(iterations) Newton steps, \(queries) aggregate queries, "
                + "only (p+1)×(p+1) sums left the database); its coefficients are within "
                + String(format: "%.1e", maxDifference) + " of the in-process fit written to the model file"
        }
    }

    /// Largest difference allowed between the engine's and the in-process churn coefficients.
    static let engineTolerance = 1e-8

    /// `train --engine postgres`: the churn model's Newton steps computed by aggregate queries over the feature
    /// SQL of the training snapshots (`SQLNewtonQueries`) on the `--source` database, standardised with means and
    /// deviations from one aggregate query, solved here by Cholesky; checked against the in-process fit of the
    /// model about to be written (exit 70 when they differ by more than `engineTolerance`; nothing is written then).
    static func engineFit(sqlModel: SQLModel, model: ChurnCastModel, exports: ExportsRequest) throws -> EngineReport {
        let url = try checkEngine(classWeight: model.churn.classWeight, exports: exports)
        let tables = try exports.sourceTables.map(SQLTables.init(parsing:)) ?? SQLTables()
        let snapshots = model.training.snapshots.compactMap(Day.parse).map {
            SQLScore(model: sqlModel, dialect: .postgres, asOf: $0, tables: tables).features
        }
        let used = model.features.filter { !$0.constant }.map(\.name)
        let queries = SQLNewtonQueries(snapshots: snapshots, features: used)
        let db = try PostgresConnection(url: url)
        // JIT compilation of the (p+1)(p+2)/2 sums costs ~30 s a query (measured: 32 s → see RESULTS); off.
        try db.execute("SET jit = off", what: "session setup")
        let moments = try numbers(db.rows(queries.moments, what: "the training moments")).first ?? []
        let means = used.indices.map { moments[2 + 2 * $0] }, sds = used.indices.map { moments[3 + 2 * $0] }
        let order = used.count + 1
        let fit = try EngineLogisticFit(l2: model.churn.l2).fit(rows: moments[0], churners: moments[1], order: order) { beta in
            let row = try numbers(db.rows(queries.evaluation(beta: beta, means: means, sds: sds),
                                          what: "a Newton step's sums")).first ?? []
            var information = Matrix(rows: order, columns: order)
            var k = 1 + order
            for j in 0..<order { for l in j..<order { information[j, l] = row[k]; information[l, j] = row[k]; k += 1 } }
            return (row[0], Array(row[1...order]), information)
        }
        let inProcess = model.churn.terms.map(\.estimate)
        let difference = zip(fit.beta, inProcess).map { abs($0 - $1) }.max() ?? .infinity
        guard fit.converged, difference <= engineTolerance else {
            throw PipelineError.internalFailure("the churn fit in PostgreSQL (converged: \(fit.converged)) differs from the in-process fit by \(difference) (more than \(engineTolerance))")
        }
        return EngineReport(iterations: fit.iterations, queries: fit.evaluations + 1, maxDifference: difference)
    }

    /// Refuses, before any work, what the engine cannot fit (exports not read from a database, class weights);
    /// returns the database's URL.
    @discardableResult
    static func checkEngine(classWeight: ClassWeight, exports: ExportsRequest) throws -> String {
        guard let url = exports.sourceURL else {
            throw InvalidParameter(.engine, value: "postgres", expected: "exports read from a postgresql:// source")
        }
        guard classWeight == .none else {
            throw InvalidParameter(.classWeight, value: classWeight.rawValue, expected: "none with the postgres engine")
        }
        return url
    }

    /// Query results as numbers (NULL or unreadable text as NaN).
    private static func numbers(_ rows: [[String?]]) -> [[Double]] {
        rows.map { $0.map { $0.flatMap(Double.init) ?? .nan } }
    }
}
