import Features
import Forecast
import Support

extension ForecastRunner {
    /// Each row's survey history at one snapshot: its history-only response propensity, and its answers and their
    /// net in the last period (the anchor of the forecast).
    struct ResponseHistory: Sendable {
        var historical: [Double], lastAnswers: [Int32], lastNet: [Int32]
    }

    /// The survey histories of several snapshots, made once for both the response model's fit and the backtest.
    public struct ResponseHistories: Sendable {
        /// By snapshot position; a failure (`ForecastError.noHistory`) where there is no survey history.
        let bySnapshot: [Int: Result<ResponseHistory, Error>]

        func history(_ s: Int) -> Result<ResponseHistory, Error>? { bySnapshot[s] }
    }

    /// The histories of the snapshots of `table` whose outcome period is observed (those the response model is
    /// fitted on and the backtest forecasts), on `CHURNCAST_THREADS` threads.
    public func responseHistories(table: FeatureTable) -> ResponseHistories {
        let chosen = table.snapshotDates.indices.filter { table.labelsComplete(snapshot: $0) }
        var made = [Result<ResponseHistory, Error>?](repeating: nil, count: chosen.count)
        made.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            Parallelism.forEach(chosen.count) { k in
                base[k] = Result { try responseHistory(snapshot: chosen[k], of: table) }
            }
        }
        return ResponseHistories(bySnapshot: Dictionary(uniqueKeysWithValues: zip(chosen, made.map { $0! })))
    }

    /// The history of snapshot `s` (T = its date): answers in the look-back window and periods observed there set
    /// the propensity; answers and their net in the last period feed the composition anchor.
    ///
    /// - Throws: `ForecastError.noHistory` when no row was observed.
    func responseHistory(snapshot s: Int, of table: FeatureTable) throws -> ResponseHistory {
        let t = table.snapshotDates[s]
        let window = windows(asOf: t, horizon: table.horizonDays)
        let last = window.last
        let h = window.next.days
        let lookback = h * Self.lookbackPeriods
        let (lookbackStart, lastStart, lastEnd) = (t.adding(days: -lookback), last.after, last.through)
        let rows = table.snapshotRows[s]
        let starts = table.tenureStarts ?? customers.signup  // exports without signup dates: the first activity
        var answered = [Int](), periods = [Double](), lastAnswers = [Int32](), lastNet = [Int32]()
        answered.reserveCapacity(rows.count)
        periods.reserveCapacity(rows.count)
        lastAnswers.reserveCapacity(rows.count)
        lastNet.reserveCapacity(rows.count)
        for r in rows {
            let c = Int(table.customerIndex[r])
            var inLookback = 0, inLast: Int32 = 0, net: Int32 = 0
            for k in answerStart[c]..<answerStart[c + 1] {
                let day = answerDays[k]
                guard day <= t else { break }
                guard day > lookbackStart else { continue }
                inLookback += 1
                if day > lastStart && day <= lastEnd { inLast += 1; net += Int32(answerNet[k]) }
            }
            let observed = min(lookback, max(1, t.days(since: starts[c])))
            answered.append(inLookback)
            periods.append(Double(observed) / Double(h))
            lastAnswers.append(inLast)
            lastNet.append(net)
        }
        let propensity = try ResponsePropensity.fit(responses: answered, periods: periods)
        let historical = answered.indices.map { propensity.probability(responses: answered[$0], periods: periods[$0]) }
        return ResponseHistory(historical: historical, lastAnswers: lastAnswers, lastNet: lastNet)
    }
}
