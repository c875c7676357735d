import Support
@testable import Report

/// A scored population with known outcomes and the evaluation figures computed here, independently of the
/// Report module: the ROC curve by sorting scores (ties grouped), the AUC by the Mann–Whitney rank-sum formula
/// (a different method from the trapezoid area the tests read back from the chart), gains by deciles and
/// calibration by equal-count bins.
struct SyntheticReport {
    var scores: [Double]
    var labels: [Bool]

    /// `n` customers; churn drawn from a logistic model on one normal feature; scores rounded to `decimals`
    /// places (few decimals make ties, which the ROC curve must group).
    init(n: Int, seed: UInt64, decimals: Int? = 2) {
        var rng = SplitMix64(seed: seed)
        var s: [Double] = [], l: [Bool] = []
        for _ in 0..<n {
            let x = rng.normal()
            let p = 1 / (1 + exp(-(-2.2 + 1.3 * x)))
            let noisy = 1 / (1 + exp(-(-2.2 + 1.3 * (x + 0.6 * rng.normal()))))
            let scale = decimals.map { pow(10, Double($0)) }
            s.append(scale.map { (noisy * $0).rounded() / $0 } ?? noisy)
            l.append(Double.random(in: 0..<1, using: &rng) < p)
        }
        scores = s
        labels = l
    }

    var positives: Int { labels.filter { $0 }.count }
    var negatives: Int { labels.count - positives }

    /// The ROC curve: thresholds from the highest score down, customers with equal scores taken together.
    func rocCurve() -> [ROCPoint] {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var tp = 0, fp = 0
        let (p, q) = (Double(positives), Double(negatives))
        var points = [ROCPoint(fpr: 0, tpr: 0)]
        var i = 0
        while i < order.count {
            let s = scores[order[i]]
            while i < order.count && scores[order[i]] == s {
                if labels[order[i]] { tp += 1 } else { fp += 1 }
                i += 1
            }
            points.append(ROCPoint(fpr: Double(fp) / q, tpr: Double(tp) / p))
        }
        return points
    }

    /// AUC = (R₊ − n₊(n₊+1)/2) / (n₊ n₋), R₊ the sum of the churners' ranks (ties get their average rank).
    func mannWhitneyAUC() -> Double {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0
        var i = 0
        while i < order.count {
            var j = i
            while j < order.count && scores[order[j]] == scores[order[i]] { j += 1 }
            let averageRank = Double(i + 1 + j) / 2
            for k in i..<j where labels[order[k]] { rankSum += averageRank }
            i = j
        }
        let p = Double(positives), q = Double(negatives)
        return (rankSum - p * (p + 1) / 2) / (p * q)
    }

    func gains() -> [GainsRow] {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        let p = Double(positives)
        return (1...10).map { k in
            let top = order.prefix(scores.count * k / 10)
            return GainsRow(shareOfCustomers: Double(k) / 10,
                            shareOfChurnersCaptured: Double(top.filter { labels[$0] }.count) / p)
        }
    }

    func calibration() -> [CalibrationBin] {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        return (0..<10).map { b in
            let bin = order[(order.count * b / 10)..<(order.count * (b + 1) / 10)]
            return CalibrationBin(meanPredicted: bin.reduce(0) { $0 + scores[$1] } / Double(bin.count),
                                  observedRate: Double(bin.filter { labels[$0] }.count) / Double(bin.count),
                                  count: bin.count)
        }
    }

    /// A complete content around this population; the NPS and coefficient parts are small hand-made values.
    func content(atRisk: Int = 25) -> ReportContent {
        let auc = mannWhitneyAUC()
        let g = gains()
        return ReportContent(
            title: "Synthetic report", generatedAt: "2026-07-01T00:00:00Z",
            training: DataDescription(source: "synthetic", snapshotDates: ["2025-12-31"], horizonDays: 90, rows: 4000, churners: 480),
            evaluation: DataDescription(source: "synthetic", snapshotDates: ["2026-03-31"], horizonDays: 90,
                                        rows: scores.count, churners: positives),
            headline: HeadlineMetrics(rocAUC: auc, prAUC: 0.41, brier: 0.09, logLoss: 0.31,
                                      topDecileLift: g[0].lift, topDecileCapture: g[0].shareOfChurnersCaptured,
                                      baselines: [BaselineMetrics(name: "base rate", rocAUC: nil, brier: 0.1)]),
            roc: rocCurve(),
            precisionRecall: [PRPoint(recall: 0, precision: 1), PRPoint(recall: 0.5, precision: 0.4), PRPoint(recall: 1, precision: 0.12)],
            calibration: calibration(), gains: g,
            riskBands: [RiskBandRow(band: "low", count: 3100, meanProbability: 0.04, observedChurnRate: 0.05),
                        RiskBandRow(band: "medium", count: 1400, meanProbability: 0.14),
                        RiskBandRow(band: "high", count: 500, meanProbability: 0.38, observedChurnRate: 0.35)],
            npsHistory: [NPSQuarter(quarterEnd: "2025-09-30", nps: 14, respondents: 1200),
                         NPSQuarter(quarterEnd: "2025-12-31", nps: 12.5, respondents: 1100),
                         NPSQuarter(quarterEnd: "2026-03-31", nps: 11, respondents: 1150)],
            npsForecast: NPSForecast(quarterEnd: "2026-06-30", forecast: 9.5, interval80: Interval(low: 6, high: 13),
                                     interval95: Interval(low: 4, high: 15), naive: 11),
            churnCoefficients: [Coefficient(name: "tenure", estimate: -0.4, interval95: Interval(low: -0.5, high: -0.3)),
                                Coefficient(name: "days since engagement", estimate: 0.8, interval95: Interval(low: 0.7, high: 0.9)),
                                Coefficient(name: "likes", estimate: 0.02, interval95: Interval(low: -0.1, high: 0.14))],
            npsCoefficients: [Coefficient(name: "last score", estimate: 1.2, interval95: Interval(low: 1.1, high: 1.3))],
            segmentAttribute: "plan",
            segmentForecasts: [SegmentForecast(segment: "monthly", count: 3000, forecast: 6, interval80: Interval(low: 3, high: 9),
                                               interval95: Interval(low: 1, high: 11), naive: 7, isSmall: false),
                               SegmentForecast(segment: "tiny", count: 40, forecast: -10, interval80: Interval(low: -30, high: 10),
                                               interval95: Interval(low: -40, high: 20), naive: nil, isSmall: true)],
            atRisk: (0..<atRisk).map { AtRiskCustomer(id: "C\($0)", probability: 0.9 - Double($0) * 0.01, band: "high",
                                                      reasons: ["no engagement for \(60 + $0) days"]) },
            backtest: [BacktestRow(quarterEnd: "2025-12-31", actual: 12.5, forecast: 13, interval80: Interval(low: 10, high: 16),
                                   interval95: Interval(low: 8, high: 18), naive: 14),
                       BacktestRow(quarterEnd: "2026-03-31", actual: 11, forecast: 14, interval80: Interval(low: 11.5, high: 16.5),
                                   interval95: Interval(low: 9, high: 19), naive: 12.5)],
            commands: ReproductionCommands(
                train: "churncast train --data datasets/sample --as-of 2025-12-31 --out models/sample-model.json",
                evaluate: "churncast evaluate --model models/sample-model.json --data datasets/sample --as-of 2026-03-31",
                score: "churncast score --model models/sample-model.json --data datasets/sample --as-of 2026-06-30",
                forecast: "churncast forecast --model models/sample-model.json --data datasets/sample --as-of 2026-06-30",
                segmentForecast: "churncast forecast --model models/sample-model.json --data datasets/sample --as-of 2026-06-30 --by plan",
                report: "churncast report --model models/sample-model.json --data datasets/sample --as-of 2026-06-30 --out notebooks-export/sample-report"))
    }
}

#if canImport(Glibc)
import Support
import Glibc
#else
import Darwin
#endif
