import Ingest
import Support

/// Builds the point-in-time feature table of SPEC section 2 from the three exports.
///
/// For each as-of date T (ascending) a row for every customer active at T — signup ≤ T and (no churn or churn > T) —
/// whose features use only rows dated ≤ T, and whose labels look at (T, T+H]. Engagement is streamed once into
/// per-customer, per-snapshot accumulators; NPS responses are grouped per customer. Nothing depends on row order.
/// - Complexity: O(engagement rows + responses × snapshots + customers × snapshots × features) time;
///   memory O(customers × snapshots × features), independent of the number of engagement rows.
public struct SnapshotBuilder: Sendable {
    public let config: SnapshotConfig

    public init(_ config: SnapshotConfig) { self.config = config }

    /// Builds the table. `encoding` is the training table's `AttributeEncoding` when building a snapshot to score;
    /// when `nil` the encoding is learned from the customers active in at least one snapshot.
    /// `sentiments`: the responses' comment sentiments when still being worked out (waited on after the engagement
    /// stream), else each response's own `sentiment`.
    /// Throws `FeaturesError` for a bad configuration or attributes that do not fit the encoding, and whatever the
    /// engagement source throws.
    public func build(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource,
                      encoding: AttributeEncoding? = nil, sentiments: PendingSentiments? = nil) throws -> FeatureTable {
        try config.validate()
        let definition = ChurnDefinition.resolve(config.churnDefinition, hasChurnColumn: customers.hasChurnColumn)
        if definition == .contract && !customers.hasChurnColumn { throw FeaturesError.contractWithoutChurnDate }
        if definition == .inactivity || engagement.activitySource != nil || config.channels != nil {
            return try buildFromActivity(customers: customers, nps: nps, engagement: engagement, encoding: encoding,
                                         definition: definition, sentiments: sentiments)
        }
        let dates = config.sortedAsOf
        let n = customers.count
        let active = Self.activeRows(customers: customers, dates: dates)
        if active.rowCustomer.isEmpty {
            let signups = customers.signup.min().map { $0...customers.signup.max()! }
            throw FeaturesError.noActiveCustomers(asOf: dates, signups: signups)
        }

        let encoding = encoding ?? AttributeEncoding.learn(
            customers: customers, population: active.population,
            rareLevelMinCount: config.rareLevelMinCount, maxLevels: config.maxLevelsPerAttribute)
        let attributes = try EncodedAttributes(encoding: encoding, customers: customers)
        let names = BuiltInFeature.allCases.map(\.name) + encoding.featureNames
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted { throw FeaturesError.duplicateFeatureName(name: name) }

        let history = NPSHistory(responses: nps, customerCount: n)
        let accumulator = EngagementAccumulator(asOf: dates, customerCount: n, threads: config.threads)
        do {
            try engagement.forEachBatch { accumulator.add($0) }
        } catch {
            _ = accumulator.finish()  // let the worker drain before rethrowing
            throw error
        }
        let (cells, latestEngagement) = accumulator.finish()
        let comments = CommentHistory(responses: nps, customerCount: n, scores: sentiments?.wait())
        let latest = Self.latestDataDay(customers: customers, history: history, latestEngagement: latestEngagement)

        let rows = active.rowCustomer.count
        let writer = RowWriter(config: config, dates: dates, customers: customers, history: history,
                               comments: comments, engagement: cells, attributes: attributes, rows: rows)
        let filled = fill(rows: rows, featureCount: names.count, rowCustomer: active.rowCustomer,
                          snapshotRows: active.snapshotRows, write: writer.write)

        var table = assemble(names: names, filled: filled, rowCustomer: active.rowCustomer,
                             snapshotRows: active.snapshotRows, customers: customers, latest: latest, encoding: encoding)
        table.npsPriors = writer.npsPriors
        return table
    }

    /// The feature table of the filled rows: each row's as-of date from its snapshot, the labels, the encoding.
    func assemble(names: [String], filled: FilledRows, rowCustomer: [Int32], snapshotRows: [Range<Int>],
                  customers: CustomerTable, latest: Int32?, encoding: AttributeEncoding) -> FeatureTable {
        let dates = config.sortedAsOf
        var rowDates = [Day](repeating: Day(index: 0), count: rowCustomer.count)
        for (s, range) in snapshotRows.enumerated() { for r in range { rowDates[r] = dates[s] } }
        return FeatureTable(
            featureNames: names, values: filled.values, rowCount: rowCustomer.count, customerIndex: rowCustomer,
            customerIds: customers.ids, asOf: rowDates, snapshotDates: dates, snapshotRows: snapshotRows,
            horizonDays: config.horizonDays, churned: filled.churned, nextScore: filled.nextScore,
            nextResponseCount: filled.nextCount, nextPromoterCount: filled.nextPromoters,
            nextDetractorCount: filled.nextDetractors, latestDataDay: latest.map { Day(index: $0) }, encoding: encoding)
    }

    /// Which customers are in which snapshot: the customer of each row, each snapshot's rows, and whether a
    /// customer is active in at least one snapshot.
    static func activeRows(customers: CustomerTable, dates: [Day])
        -> (rowCustomer: [Int32], snapshotRows: [Range<Int>], population: [Bool]) {
        let n = customers.count
        var rowCustomer: [Int32] = []
        var snapshotRows: [Range<Int>] = []
        var population = [Bool](repeating: false, count: n)
        for t in dates {
            let first = rowCustomer.count
            for c in 0..<n where customers.signup[c] <= t && (customers.churn[c].map { $0 > t } ?? true) {
                rowCustomer.append(Int32(c))
                population[c] = true
            }
            snapshotRows.append(first..<rowCustomer.count)
        }
        return (rowCustomer, snapshotRows, population)
    }

    /// The latest day any export mentions: NPS, engagement, signups and churns.
    static func latestDataDay(customers: CustomerTable, history: NPSHistory,
                                      latestEngagement: Int32?) -> Int32? {
        var latest: Int32? = [history.latestDay, latestEngagement].compactMap { $0 }.max()
        for c in 0..<customers.count {
            let signup = customers.signup[c] == CustomerTable.unknownSignup ? Int32.min : customers.signup[c].index
            let d = max(signup, customers.churn[c]?.index ?? Int32.min)
            if latest.map({ d > $0 }) ?? true { latest = d }
        }
        return latest
    }

    /// The feature values (column-major) and labels of every row, written by `writer`.
    struct FilledRows {
        var values: [Double]
        var churned: [UInt8]
        var nextScore: [Double]
        var nextCount: [Int32]
        var nextPromoters: [Int32]
        var nextDetractors: [Int32]
    }

    /// Writes every row by `write` (row, snapshot, customer, values, labels): each snapshot's rows cut into
    /// `threads` pieces, written in parallel (items write disjoint rows).
    func fill(rows: Int, featureCount: Int, rowCustomer: [Int32], snapshotRows: [Range<Int>],
              write: @escaping (Int, Int, Int, UnsafeMutableBufferPointer<Double>, RowWriter.Labels) -> Void)
        -> FilledRows {
        var churned = [UInt8](repeating: 0, count: rows)
        var nextScore = [Double](repeating: .nan, count: rows)
        var nextCount = [Int32](repeating: 0, count: rows)
        var nextPromoters = [Int32](repeating: 0, count: rows)
        var nextDetractors = [Int32](repeating: 0, count: rows)
        // Work items: each snapshot's rows cut into `threads` pieces; items write disjoint rows.
        var items: [(snapshot: Int, rows: Range<Int>)] = []
        for (s, range) in snapshotRows.enumerated() where !range.isEmpty {
            let piece = (range.count + config.threads - 1) / config.threads
            for lo in stride(from: range.lowerBound, to: range.upperBound, by: piece) {
                items.append((s, lo..<min(lo + piece, range.upperBound)))
            }
        }
        let values = [Double](unsafeUninitializedCapacity: rows * featureCount) { uninitialized, count in
            let buffer = uninitialized
            churned.withUnsafeMutableBufferPointer { churnedP in
            nextScore.withUnsafeMutableBufferPointer { scoreP in
            nextCount.withUnsafeMutableBufferPointer { countP in
            nextPromoters.withUnsafeMutableBufferPointer { promoterP in
            nextDetractors.withUnsafeMutableBufferPointer { detractorP in
                let labels = RowWriter.Labels(churned: churnedP, nextScore: scoreP, nextCount: countP,
                                              nextPromoters: promoterP, nextDetractors: detractorP)
                let work = { (i: Int) in
                    let item = items[i]
                    for r in item.rows {
                        write(r, item.snapshot, Int(rowCustomer[r]), buffer, labels)
                    }
                }
                Parallelism.forEach(items.count, threads: config.threads, work)
            }}}}}
            count = rows * featureCount
        }
        return FilledRows(values: values, churned: churned, nextScore: nextScore, nextCount: nextCount,
                          nextPromoters: nextPromoters, nextDetractors: nextDetractors)
    }
}
