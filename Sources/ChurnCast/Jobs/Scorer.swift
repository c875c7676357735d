import Features
import Ingest
import Support
import Ingest

/// `churncast score`: every customer active at the as-of date, riskiest first, with the reasons behind the risk.
public struct Scorer: Sendable {
    public let model: ChurnCastModel

    public init(model: ChurnCastModel) { self.model = model }

    /// One scored customer (a row of scores.csv).
    public struct Row: Sendable, Equatable {
        public var customerId: String
        public var churnProbability: Double
        public var riskBand: RiskBand
        public var topReasons: [String]
        public var expectedNextScore: Double
        public var promoterProbability: Double
        public var detractorProbability: Double
    }

    /// Scores the snapshot at `asOf`; rows sorted by churn probability (descending), ties by customer id.
    /// `sentiments` as in `SnapshotBuilder.build`.
    public func score(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource, asOf: Day,
                      sentiments: PendingSentiments? = nil) throws -> (rows: [Row], table: FeatureTable, predictions: Predictions) {
        let table = try PhaseTimer.measure("score: snapshot") {
            try model.featureTable(customers: customers, nps: nps, engagement: engagement, asOf: [asOf],
                                   sentiments: sentiments)
        }
        guard table.rowCount > 0 else { throw PipelineError.noRows(what: "no customer is active on \(asOf)") }
        let pred = PhaseTimer.measure("score: predict") { model.predict(table) }
        return (PhaseTimer.measure("score: rank and explain") { rows(table: table, predictions: pred) }, table, pred)
    }

    /// The scored rows of an already built table and its predictions (the first `limit` when given).
    ///
    /// Reasons are worked out in table order (the design is read column by column, sequentially, on `CHURNCAST_THREADS` threads)
    /// and only then put in risk order: in risk order every row would touch a cache line per feature at random.
    /// - Complexity: O(n log n) for the ranking, then O(n · features) for the reasons.
    public func rows(table: FeatureTable, predictions pred: Predictions, limit: Int? = nil) -> [Row] {
        let order = Self.ranking(table: table, probabilities: pred.churnProbability)
        let count = min(limit ?? order.count, order.count)
        let needed = count == order.count ? Array(0..<count) : order.prefix(count).sorted()
        let explainer = ReasonExplainer(model: model, table: table, design: pred.design)
        var reasons = [[String]](repeating: [], count: table.rowCount)
        reasons.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            Parallelism.forEachRange(needed.count, threads: needed.count >= 4096 ? Parallelism.threads : 1) { range in
                for (row, text) in zip(needed[range], explainer.reasons(rows: needed[range], count: 3)) {
                    base[row] = text
                }
            }
        }
        return order.prefix(count).map { i in
            Row(customerId: table.customerId(row: i), churnProbability: pred.churnProbability[i],
                riskBand: model.churn.bands.band(pred.churnProbability[i]), topReasons: reasons[i],
                expectedNextScore: pred.expectedScore[i], promoterProbability: pred.promoterProbability[i],
                detractorProbability: pred.detractorProbability[i])
        }
    }

    /// Row indices by churn probability, highest first; ties by customer id.
    static func ranking(table: FeatureTable, probabilities p: [Double]) -> [Int] {
        // A probability's bit pattern orders like the probability (all are ≥ 0); its complement reverses it.
        var keyed = p.indices.map { (key: ~p[$0].bitPattern, row: Int32($0)) }
        keyed.sort { a, b in
            a.key != b.key ? a.key < b.key : table.customerId(row: Int(a.row)) < table.customerId(row: Int(b.row))
        }
        return keyed.map { Int($0.row) }
    }

    /// Writes scores.csv atomically; the lines are formatted on `CHURNCAST_THREADS` threads (`CSVBlockWriter`).
    public static func write(_ rows: [Row], to path: String) throws {
        try AtomicFile.write(to: path) { sink in
            var w = CSVWriter()
            for h in ["customer_id", "churn_probability", "risk_band", "top_reasons", "expected_next_score",
                      "p_promoter", "p_detractor"] { w.field(h) }
            w.endLine()
            try w.flush(to: &sink)
            try rows.withUnsafeBufferPointer { all in
                try CSVBlockWriter.write(rows: all.count, to: &sink) { range, w in
                    for i in range { line(all.baseAddress! + i, into: &w) }
                }
            }
        }
    }

    /// One line of scores.csv (the row read in place: copying a `Row` would retain and release its strings).
    static func line(_ r: UnsafePointer<Row>, into w: inout CSVWriter) {
        w.field(r.pointee.customerId)
        w.field(rounded(r.pointee.churnProbability, 6))
        w.field(r.pointee.riskBand.rawValue)
        w.field(joining: r.pointee.topReasons, separator: "; ")
        // NaN when the model has no score model (trained without an NPS export): the field is left empty.
        if r.pointee.expectedNextScore.isNaN {
            for _ in 0..<3 { w.field("") }
        } else {
            w.field(rounded(r.pointee.expectedNextScore, 3))
            w.field(rounded(r.pointee.promoterProbability, 4))
            w.field(rounded(r.pointee.detractorProbability, 4))
        }
        w.endLine()
    }

    static func rounded(_ x: Double, _ digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (x * scale).rounded() / scale
    }
}
