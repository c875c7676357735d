import Ingest
import Support

/// The table of an activity export of any channels, or of the inactivity churn definition (SPEC section 2).
///
/// Columns: tenure and the NPS built-ins, then `ActivityFeatures` (per channel, then recency and frequency), then
/// the attributes; the social engagement columns are absent. Under `inactivity` the customers at T are those with
/// any activity on or before T, tenure counts from the signup or else the first activity, and the label is "no
/// activity in (T, T+H]"; under `contract` customers and labels are as in the social layout.
extension SnapshotBuilder {
    func buildFromActivity(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource,
                           encoding: AttributeEncoding?, definition: ChurnDefinition,
                           sentiments: PendingSentiments?) throws -> FeatureTable {
        let dates = config.sortedAsOf
        let source = engagement.activitySource ?? EngagementActivity(engagement)
        let (cells, latestActivity, channels) = try PhaseTimer.measure("table: read activity") {
            try accumulate(source, dates: dates, customerCount: customers.count)
        }
        let activity = ActivityFeatures(channels: channels)
        let active = definition == .contract
            ? Self.activeRows(customers: customers, dates: dates)
            : Self.activeRows(firstDays: cells.firstDay, dates: dates)
        if active.rowCustomer.isEmpty {
            let known = customers.signup.filter { $0 != CustomerTable.unknownSignup }
            throw FeaturesError.noActiveCustomers(asOf: dates, signups: known.min().map { $0...known.max()! })
        }
        let encoding = encoding ?? AttributeEncoding.learn(
            customers: customers, population: active.population,
            rareLevelMinCount: config.rareLevelMinCount, maxLevels: config.maxLevelsPerAttribute)
        let attributes = try EncodedAttributes(encoding: encoding, customers: customers)
        let leading = Self.leadingBuiltIns.map(\.name)
        let names = leading + activity.names + encoding.featureNames
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted { throw FeaturesError.duplicateFeatureName(name: name) }

        let history = NPSHistory(responses: nps, customerCount: customers.count)
        let latest = Self.latestDataDay(customers: customers, history: history, latestEngagement: latestActivity)
        let rows = active.rowCustomer.count
        // The NPS columns and labels as in the social layout (its engagement cells unused and empty).
        let npsWriter = RowWriter(config: config, dates: dates, customers: customers, history: history,
                                  comments: CommentHistory(responses: nps, customerCount: customers.count,
                                                            scores: sentiments?.wait()),
                                  engagement: EngagementCells(asOf: dates, customerCount: 0), attributes: attributes,
                                  rows: rows)
        let activityWriter = ActivityRowWriter(features: activity, cells: cells, asOf: dates.map(\.index),
                                               horizon: config.horizonDays, firstColumn: leading.count, rows: rows)
        let attributeBase = leading.count + activity.columns.count
        let signup = customers.signup, t = dates.map(\.index)
        // Tenure counts from the signup, else (exports without signup dates) from the first activity.
        let starts = signup.indices.map { c in
            signup[c] != CustomerTable.unknownSignup ? signup[c].index : activityWriter.firstDay(c)
        }
        let filled = PhaseTimer.measure("table: rows") {
            fill(rows: rows, featureCount: names.count, rowCustomer: active.rowCustomer,
                 snapshotRows: active.snapshotRows) { r, s, c, out, labels in
                let tenure = starts[c].map { Double(t[s] - $0) } ?? 0
                out[BuiltInFeature.tenureDays.column * rows + r] = tenure
                let next = npsWriter.writeNPSHistory(row: r, customer: c, at: t[s], into: out)
                npsWriter.writeLabels(row: r, customer: c, at: t[s], from: next, into: labels)
                npsWriter.writeComments(row: r, customer: c, at: t[s], into: out)
                if definition == .inactivity { labels.churned[r] = activityWriter.activeAfter(snapshot: s, customer: c) ? 0 : 1 }
                activityWriter.write(row: r, snapshot: s, customer: c, at: t[s], into: out)
                attributes.forEachValue(customer: c) { j, v in out[(attributeBase + j) * rows + r] = v }
            }
        }
        var table = assemble(names: names, filled: filled, rowCustomer: active.rowCustomer,
                             snapshotRows: active.snapshotRows, customers: customers, latest: latest, encoding: encoding)
        table.churnDefinition = definition
        table.activityChannels = channels
        table.npsPriors = npsWriter.npsPriors
        if signup.contains(CustomerTable.unknownSignup) {
            table.tenureStarts = starts.map { $0.map(Day.init(index:)) ?? CustomerTable.unknownSignup }
        }
        return table
    }

    /// The built-ins every layout has: tenure and the NPS history (the columns before the engagement ones).
    static let leadingBuiltIns = BuiltInFeature.allCases.filter { $0.column <= BuiltInFeature.npsLastCommentSentiment.column }

    /// Streams `source` into cells over the channels the config names (a model's), or all of the source's;
    /// returns the cells, the latest day of any row and the channels with their amount flags.
    private func accumulate(_ source: ActivitySource, dates: [Day], customerCount: Int) throws
        -> (ActivityCells, Int32?, [ActivityChannel]) {
        let found = source.channels
        let wanted = config.channels?.map(\.name) ?? found
        let missing = wanted.filter { !found.contains($0) }
        if !missing.isEmpty { throw FeaturesError.missingChannels(missing: missing, found: found) }
        let select = wanted.map { found.firstIndex(of: $0)! }
        let accumulator = ActivityAccumulator(asOf: dates, horizon: config.horizonDays, customerCount: customerCount,
                                              channelCount: select.count, threads: config.threads)
        do {
            try source.forEachBatch { accumulator.add($0, select: select) }
        } catch {
            _ = accumulator.finish()  // let the worker drain before rethrowing
            throw error
        }
        let (cells, latest) = accumulator.finish()
        let channels = config.channels ?? zip(wanted, cells.amount).map { ActivityChannel(name: $0, amount: $1) }
        return (cells, latest, channels)
    }

    /// The rows of the inactivity definition: at each T, the customers whose first activity is on or before T.
    static func activeRows(firstDays: [Int32], dates: [Day])
        -> (rowCustomer: [Int32], snapshotRows: [Range<Int>], population: [Bool]) {
        var rowCustomer: [Int32] = []
        var snapshotRows: [Range<Int>] = []
        var population = [Bool](repeating: false, count: firstDays.count)
        for t in dates {
            let first = rowCustomer.count
            for c in firstDays.indices where firstDays[c] <= t.index {
                rowCustomer.append(Int32(c))
                population[c] = true
            }
            snapshotRows.append(first..<rowCustomer.count)
        }
        return (rowCustomer, snapshotRows, population)
    }
}
