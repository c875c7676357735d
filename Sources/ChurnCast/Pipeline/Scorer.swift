import Features
import Support

/// `churncast score`: every customer active at the as-of date, riskiest first, with the reasons behind the risk.
public struct Scorer: Sendable {
    public let model: ChurnCastModel

    public init(model: ChurnCastModel) { self.model = model }

    /// One scored customer (a row of scores.csv).
    public struct Row: Sendable, Equatable {
        public var customerId: String
        public var churnProbability: Double
        public var riskBand: String
        public var topReasons: [String]
        public var expectedNextScore: Double
        public var promoterProbability: Double
        public var detractorProbability: Double
    }

    /// Scores the snapshot at `asOf`; rows sorted by churn probability (descending), ties by customer id.
    public func score(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource,
                      asOf: Day) throws -> (rows: [Row], table: FeatureTable, predictions: Predictions) {
        let table = try model.featureTable(customers: customers, nps: nps, engagement: engagement, asOf: [asOf])
        guard table.rowCount > 0 else { throw PipelineError.noRows(what: "no customer is active on \(asOf)") }
        let pred = model.predict(table)
        return (rows(table: table, predictions: pred), table, pred)
    }

    /// The scored rows of an already built table and its predictions.
    public func rows(table: FeatureTable, predictions pred: Predictions, limit: Int? = nil) -> [Row] {
        let order = (0..<table.rowCount).sorted {
            let a = pred.churnProbability[$0], b = pred.churnProbability[$1]
            return a > b || (a == b && table.customerId(row: $0) < table.customerId(row: $1))
        }
        return order.prefix(limit ?? order.count).map { i in
            Row(customerId: table.customerId(row: i), churnProbability: pred.churnProbability[i],
                riskBand: model.churn.bands.band(pred.churnProbability[i]),
                topReasons: model.topReasons(pred, table: table, row: i),
                expectedNextScore: pred.expectedScore[i], promoterProbability: pred.promoterProbability[i],
                detractorProbability: pred.detractorProbability[i])
        }
    }

    /// Writes scores.csv atomically.
    public static func write(_ rows: [Row], to path: String) throws {
        try AtomicFile.write(to: path) { sink in
            var w = CSVWriter()
            for h in ["customer_id", "churn_probability", "risk_band", "top_reasons", "expected_next_score",
                      "p_promoter", "p_detractor"] { w.field(h) }
            w.endLine()
            for r in rows {
                w.field(r.customerId)
                w.field(rounded(r.churnProbability, 6))
                w.field(r.riskBand)
                w.field(r.topReasons.joined(separator: "; "))
                w.field(rounded(r.expectedNextScore, 3))
                w.field(rounded(r.promoterProbability, 4))
                w.field(rounded(r.detractorProbability, 4))
                w.endLine()
                try w.flushIfLarge(to: &sink)
            }
            try w.flush(to: &sink)
        }
    }

    static func rounded(_ x: Double, _ digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (x * scale).rounded() / scale
    }
}
