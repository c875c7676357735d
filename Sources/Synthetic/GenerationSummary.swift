import Ingest

/// What a generation produced: rows per file, churn and NPS per quarter, NPS and churn per plan and region.
/// Printed by `churncast generate` (as a table, or JSON with `--json`) and stored in ground_truth.json.
public struct GenerationSummary: Codable, Sendable, Equatable {
    public var customers: Int
    /// Valid records per file (header and planted bad rows excluded).
    public var rows: FileRows
    public var badRows: Int
    /// Customers whose churn date falls in the history.
    public var churned: Int
    /// Mean churn rate over the complete quarters.
    public var meanQuarterlyChurnRate: Double?
    public var quarters: [QuarterSummary]
    public var plans: [SegmentSummary]
    public var regions: [SegmentSummary]

    public struct FileRows: Codable, Sendable, Equatable {
        public var customers: Int
        public var npsResponses: Int
        public var engagement: Int
    }

    public struct QuarterSummary: Codable, Sendable, Equatable {
        public var label: String
        public var start: String
        public var end: String
        /// Whether the whole quarter lies inside the history (churn rates are given only then).
        public var complete: Bool
        /// Customers active on the quarter's first day (signed up on or before it, not churned by it).
        public var activeAtStart: Int
        /// Of those, the ones whose churn date falls in the quarter.
        public var churned: Int
        public var churnRate: Double?
        public var responses: Int
        public var promoters: Int
        public var detractors: Int
        public var nps: Double?
    }

    public struct SegmentSummary: Codable, Sendable, Equatable {
        public var name: String
        public var customers: Int
        public var churned: Int
        public var responses: Int
        public var promoters: Int
        public var detractors: Int
        public var nps: Double?
    }

    /// 100 × (promoters − detractors) / responses, or nil without responses.
    static func nps(_ promoters: Int, _ detractors: Int, _ responses: Int) -> Double? {
        responses > 0 ? 100 * Double(promoters - detractors) / Double(responses) : nil
    }
}

/// Integer counts gathered per chunk of customers and added up in chunk order.
struct SummaryCounters {
    var customers = 0, npsRows = 0, engagementRows = 0, churned = 0
    /// Per quarter: active at start, churned in quarter, responses, promoters, detractors.
    var quarters: [[Int]]
    /// Per plan / region: customers, churned, responses, promoters, detractors.
    var plans: [[Int]]
    var regions: [[Int]]

    init(quarters q: Int, plans p: Int, regions r: Int) {
        quarters = Array(repeating: [0, 0, 0, 0, 0], count: q)
        plans = Array(repeating: [0, 0, 0, 0, 0], count: p)
        regions = Array(repeating: [0, 0, 0, 0, 0], count: r)
    }

    mutating func add(_ o: SummaryCounters) {
        customers += o.customers; npsRows += o.npsRows; engagementRows += o.engagementRows; churned += o.churned
        for i in quarters.indices { for j in 0..<5 { quarters[i][j] += o.quarters[i][j] } }
        for i in plans.indices { for j in 0..<5 { plans[i][j] += o.plans[i][j] } }
        for i in regions.indices { for j in 0..<5 { regions[i][j] += o.regions[i][j] } }
    }

    mutating func response(quarter: Int, plan: Int, region: Int, score: Int) {
        npsRows += 1
        let p = score >= 9 ? 1 : 0, d = score <= 6 ? 1 : 0
        quarters[quarter][2] += 1; quarters[quarter][3] += p; quarters[quarter][4] += d
        plans[plan][2] += 1; plans[plan][3] += p; plans[plan][4] += d
        regions[region][2] += 1; regions[region][3] += p; regions[region][4] += d
    }

    func summary(config: SyntheticConfig, calendar: SyntheticCalendar, badRows: Int) -> GenerationSummary {
        let qs = calendar.quarters.enumerated().map { i, q -> GenerationSummary.QuarterSummary in
            let c = quarters[i]
            let complete = q.start >= calendar.start && q.end <= calendar.end
            return .init(label: q.label, start: q.start.description, end: q.end.description, complete: complete,
                         activeAtStart: c[0], churned: c[1],
                         churnRate: complete && c[0] > 0 ? Double(c[1]) / Double(c[0]) : nil,
                         responses: c[2], promoters: c[3], detractors: c[4],
                         nps: GenerationSummary.nps(c[3], c[4], c[2]))
        }
        let rates = qs.compactMap(\.churnRate)
        func segments(_ names: [String], _ counts: [[Int]]) -> [GenerationSummary.SegmentSummary] {
            zip(names, counts).map { name, c in
                .init(name: name, customers: c[0], churned: c[1], responses: c[2], promoters: c[3], detractors: c[4],
                      nps: GenerationSummary.nps(c[3], c[4], c[2]))
            }
        }
        return GenerationSummary(
            customers: customers,
            rows: .init(customers: customers, npsResponses: npsRows, engagement: engagementRows),
            badRows: badRows, churned: churned,
            meanQuarterlyChurnRate: rates.isEmpty ? nil : rates.reduce(0, +) / Double(rates.count),
            quarters: qs,
            plans: segments(config.model.plans.map(\.name), plans),
            regions: segments(config.model.regions.map(\.name), regions))
    }
}
