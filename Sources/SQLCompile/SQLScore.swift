import Features
import Ingest

/// `churncast sql score`: one SELECT statement yielding, for every customer active at T, `customer_id`,
/// `churn_probability`, `risk_band`, `top_reasons`, `expected_next_score`, `p_promoter` and `p_detractor` as
/// `churncast score` computes them (before its rounding), riskiest first.
///
/// Follows `Predictor` and `ScoreCategoryCalibration` (Sources/ChurnCast): each used feature standardised as
/// (x − mean) × (1/sd); churn probability the logistic of the linear predictor in its overflow-safe form; risk
/// band cut at the model's stored probabilities; expected score the linear predictor clamped to 0…10; P(promoter)
/// and P(detractor) read off the calibration points, linearly interpolated; top reasons as `SQLScore+Reasons`.
/// The features are `SQLFeatures` with the model's encoding, caps, horizon and NPS prior for T (`NPSPrior.pick`; a
/// model file written before the shrunk NPS features has none and does not use them: `NPSPrior.fallback`).
public struct SQLScore: Sendable {
    public var model: SQLModel
    public var features: SQLFeatures

    public init(model: SQLModel, dialect: SQLDialect, asOf: Day, tables: SQLTables = SQLTables()) {
        self.model = model
        features = SQLFeatures(dialect: dialect, asOf: asOf, horizon: model.snapshot.horizonDays, tables: tables,
                               encoding: model.encoding, npsPrior: NPSPrior.pick(model.snapshot.npsPriors ?? [], at: asOf),
                               npsRecencyCapDays: model.snapshot.npsRecencyCapDays,
                               engagementRecencyCapDays: model.snapshot.engagementRecencyCapDays)
    }

    var dialect: SQLDialect { features.dialect }

    /// The statement, ending in `;`.
    public func statement() throws -> String {
        let known = Set(features.columns.map(\.name))
        if let unknown = model.usedFeatures.first(where: { !known.contains($0.name) }) {
            throw SQLCompileError.unknownFeature(name: unknown.name)
        }
        let churnEta = linearPredictor(model.churn.terms), npsEta = linearPredictor(model.nps.terms)
        let safe = "GREATEST(-ABS(churn_eta), -700)"  // exp below -745 underflows (an error in PostgreSQL)
        let p = "CASE WHEN churn_eta >= 0 THEN 1 / (1 + EXP(\(safe))) ELSE EXP(\(safe)) / (1 + EXP(\(safe))) END"
        let bands = model.churn.bands
        return """
            WITH
            feature_table AS (
            \(features.query(orderBy: nil))
            ),
            linear AS \(dialect.materialized)(
              SELECT customer_id,
                     \(churnEta) AS churn_eta,
                     \(npsEta) AS nps_eta
              FROM feature_table
            ),
            predicted AS (
              SELECT customer_id, \(p) AS churn_probability, nps_eta FROM linear
            ),
            \(reasonCTEs)
            SELECT p.customer_id, churn_probability,
                   CASE WHEN churn_probability >= \(dialect.double(bands.highFrom)) THEN 'high'
                        WHEN churn_probability >= \(dialect.double(bands.mediumFrom)) THEN 'medium'
                        ELSE 'low' END AS risk_band,
                   COALESCE(r.top_reasons, '') AS top_reasons,
                   LEAST(\(dialect.double(10)), GREATEST(\(dialect.double(0)), nps_eta)) AS expected_next_score,
                   \(calibrated(\.promoterShare)) AS p_promoter,
                   \(calibrated(\.detractorShare)) AS p_detractor
            FROM predicted p LEFT JOIN reasons r ON r.customer_id = p.customer_id
            ORDER BY churn_probability DESC, p.customer_id;

            """
    }

    /// intercept + Σ coefficient × (feature − mean) × (1/sd), over the used features in the model's order.
    func linearPredictor(_ terms: [SQLModel.Term]) -> String {
        var sum = dialect.double(terms[0].estimate)
        for (term, feature) in zip(terms.dropFirst(), model.usedFeatures) {
            sum += "\n           + \(dialect.double(term.estimate)) * \(standardised(feature))"
        }
        return sum
    }

    /// (feature − mean) × (1/sd), as the design matrix of `churncast score`.
    func standardised(_ feature: SQLModel.Feature) -> String {
        "(\(dialect.toDouble(dialect.identifier(feature.name))) - \(dialect.double(feature.mean)))"
            + " * \(dialect.double(1 / feature.standardDeviation))"
    }

    /// `ScoreCategoryCalibration.probabilities(predicted:)` of the unclamped `nps_eta`: the first point's share
    /// at or below it, the last one's at or above it, else linear between the two points around it.
    func calibrated(_ share: KeyPath<SQLModel.CalibrationPoint, Double>) -> String {
        let points = model.nps.calibration.points
        guard let first = points.first, let last = points.last else { return dialect.double(0) }
        var sql = "CASE WHEN nps_eta <= \(dialect.double(first.predicted)) THEN \(dialect.double(first[keyPath: share]))"
        sql += "\n                        WHEN nps_eta >= \(dialect.double(last.predicted)) THEN "
            + dialect.double(last[keyPath: share])
        for (a, b) in zip(points, points.dropFirst()) where b.predicted > a.predicted {
            let slope = "(nps_eta - \(dialect.double(a.predicted))) / \(dialect.double(b.predicted - a.predicted))"
            sql += "\n                        WHEN nps_eta < \(dialect.double(b.predicted)) THEN "
                + "\(dialect.double(a[keyPath: share])) + \(slope) * \(dialect.double(b[keyPath: share] - a[keyPath: share]))"
        }
        return sql + " END"
    }
}
