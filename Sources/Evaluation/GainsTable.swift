/// One row of the cumulative gains table: the top `depth` share of customers by predicted risk.
public struct GainsRow: Codable, Sendable, Equatable {
    /// Share of customers targeted, from the riskiest down (0.1, 0.2, …, 1.0 for deciles).
    public var depth: Double
    /// Number of customers in that share (n · depth; a real number when n is not a multiple of the bin count).
    public var customers: Double
    /// Expected churners among them; ties at the cut are shared in proportion, so the figure is order-free.
    public var churners: Double
    /// Capture (cumulative gain): share of all churners found in the top `depth`.
    public var capture: Double
    /// Cumulative lift: churn rate in the top `depth` divided by the overall churn rate (= capture / depth).
    public var lift: Double
    /// Churn rate within this slice alone (between the previous depth and this one).
    public var sliceRate: Double
}

extension GainsRow {
    /// Gains at depths 1/k, 2/k, …, 1 from the ranked predictions.
    static func table(_ ranked: RankedOutcomes, slices: Int) -> [GainsRow] {
        let n = Double(ranked.count), p = Double(ranked.totalPositives)
        var rows = [GainsRow]()
        var previousCustomers = 0.0, previousChurners = 0.0
        let depths = (1...slices).map { k in k == slices ? n : n * Double(k) / Double(slices) }
        let found = ranked.positivesInTop(depths)
        for k in 1...slices {
            let depth = Double(k) / Double(slices)
            let customers = depths[k - 1]
            let churners = found[k - 1]
            let capture = p > 0 ? churners / p : 0
            let slice = customers - previousCustomers
            rows.append(GainsRow(depth: depth, customers: customers, churners: churners, capture: capture,
                                 lift: capture / depth,
                                 sliceRate: slice > 0 ? (churners - previousChurners) / slice : 0))
            previousCustomers = customers
            previousChurners = churners
        }
        return rows
    }
}
