import Support

/// What `churncast score` prints: how many customers fall in each band, and the riskiest few.
public struct ScoreSummary: Codable, Sendable {
    public struct Band: Codable, Sendable {
        public var band: String
        public var customers: Int
        public var meanProbability: Double
    }

    public struct Top: Codable, Sendable {
        public var customerId: String
        public var churnProbability: Double
        public var riskBand: String
        public var topReasons: [String]
    }

    public var asOf: String
    public var file: String
    public var customers: Int
    public var expectedChurners: Double
    public var bands: [Band]
    public var top: [Top]

    public init(asOf: String, file: String, rows: [Scorer.Row], topCount: Int = 10) {
        self.asOf = asOf
        self.file = file
        customers = rows.count
        expectedChurners = rows.reduce(0) { $0 + $1.churnProbability }
        bands = RiskBand.allCases.map { band in
            var count = 0, sum = 0.0
            for r in rows where r.riskBand == band { count += 1; sum += r.churnProbability }
            return Band(band: band.rawValue, customers: count, meanProbability: count == 0 ? 0 : sum / Double(count))
        }
        top = rows.prefix(topCount).map {
            Top(customerId: $0.customerId, churnProbability: $0.churnProbability, riskBand: $0.riskBand.rawValue,
                topReasons: $0.topReasons)
        }
    }

    public var text: String {
        var lines = ["Scored \(customers) customers active on \(asOf) → \(file)",
                     "  expected churners in the horizon: \(Format.fixed(expectedChurners, 1))"]
        for b in bands {
            lines.append("  \(b.band.padding(toLength: 7, withPad: " ", startingAt: 0)) \(String(b.customers).leftPad(8)) customers, mean risk \(Format.percent(b.meanProbability))")
        }
        lines.append("  riskiest customers:")
        for t in top {
            lines.append("    \(t.customerId.padding(toLength: 14, withPad: " ", startingAt: 0)) \(Format.percent(t.churnProbability).leftPad(6))  \(t.topReasons.joined(separator: "; "))")
        }
        return lines.joined(separator: "\n")
    }
}

