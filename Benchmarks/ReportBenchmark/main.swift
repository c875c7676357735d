// The report for 1,000,000 customers: time to render and write the HTML page and the notebook, and their sizes.
// The content is what a careless pipeline might pass: a ROC and a PR curve with a point per customer, every
// customer in the at-risk list, 5,000 segments; the report must summarise (thin curves, cap lists).
// Run: cd Benchmarks && swift run -c release ReportBenchmark
import Foundation
import Report
import Support

let n = 1_000_000
/// Uniform in [0, 1) from the package's SplitMix64, seeded so every run fits the same data.
var rng = SplitMix64(seed: 42)
func uniform() -> Double { rng.unit() }
// Scores and outcomes: churn more likely at higher score.
var scores = (0..<n).map { _ in uniform() }
let labels = scores.map { uniform() < 0.02 + 0.3 * $0 * $0 }
let order = scores.indices.sorted { scores[$0] > scores[$1] }
let positives = labels.filter { $0 }.count, negatives = n - positives
var roc = [ReportContent.ROCPoint(fpr: 0, tpr: 0)], pr: [ReportContent.PRPoint] = []
roc.reserveCapacity(n + 1); pr.reserveCapacity(n)
var tp = 0, fp = 0
for i in order {
    if labels[i] { tp += 1 } else { fp += 1 }
    roc.append(ReportContent.ROCPoint(fpr: Double(fp) / Double(negatives), tpr: Double(tp) / Double(positives)))
    pr.append(ReportContent.PRPoint(recall: Double(tp) / Double(positives), precision: Double(tp) / Double(tp + fp)))
}
let gains = (1...10).map { k -> ReportContent.GainsRow in
    let top = order.prefix(n * k / 10)
    return ReportContent.GainsRow(shareOfCustomers: Double(k) / 10, shareOfChurnersCaptured: Double(top.filter { labels[$0] }.count) / Double(positives))
}
let quarterEnds = ["03-31", "06-30", "09-30", "12-31"]
let history: [ReportContent.NPSQuarter] = (0..<12).map { (q: Int) -> ReportContent.NPSQuarter in
    ReportContent.NPSQuarter(quarterEnd: "20\(23 + q / 4)-" + quarterEnds[q % 4], nps: 10 + Double(q % 5), respondents: 90_000)
}
let coefficients: [ReportContent.Coefficient] = (0..<40).map { (k: Int) -> ReportContent.Coefficient in
    let e = Double(k - 20) / 20
    return ReportContent.Coefficient(name: "feature \(k)", estimate: e, interval95: ReportContent.Interval(low: e - 0.05, high: e + 0.05))
}
let segments: [ReportContent.SegmentForecast] = (0..<5000).map { (k: Int) -> ReportContent.SegmentForecast in
    ReportContent.SegmentForecast(segment: "s\(k)", count: 200, forecast: 1, interval80: ReportContent.Interval(low: 0, high: 2),
                    interval95: ReportContent.Interval(low: -1, high: 3), naive: 1, isSmall: false)
}
let calibration: [ReportContent.CalibrationBin] = (0..<10).map { (b: Int) -> ReportContent.CalibrationBin in
    ReportContent.CalibrationBin(meanPredicted: Double(b) / 10 + 0.05, observedRate: Double(b) / 10 + 0.04, count: n / 10)
}
let atRisk: [ReportContent.AtRiskCustomer] = order.map { (i: Int) -> ReportContent.AtRiskCustomer in
    ReportContent.AtRiskCustomer(id: "C\(i)", probability: scores[i], band: "high", reasons: ["no engagement for 90 days"])
}
let content = ReportContent(
    title: "Benchmark: 1,000,000 customers", generatedAt: "2026-07-01T00:00:00Z",
    training: ReportContent.DataDescription(source: "benchmark", snapshotDates: ["2025-12-31"], horizonDays: 90, rows: n, churners: positives),
    evaluation: ReportContent.DataDescription(source: "benchmark", snapshotDates: ["2026-03-31"], horizonDays: 90, rows: n, churners: positives),
    headline: ReportContent.HeadlineMetrics(rocAUC: 0.75, prAUC: 0.3, brier: 0.1, logLoss: 0.3, topDecileLift: gains[0].lift,
                              topDecileCapture: gains[0].shareOfChurnersCaptured),
    roc: roc, precisionRecall: pr,
    calibration: calibration,
    gains: gains,
    riskBands: [ReportContent.RiskBandRow(band: "low", count: 600_000, meanProbability: 0.05), ReportContent.RiskBandRow(band: "high", count: 400_000, meanProbability: 0.3)],
    npsHistory: history,
    npsForecast: ReportContent.NPSForecast(quarterEnd: "2026-03-31", forecast: 12, interval80: ReportContent.Interval(low: 11, high: 13), interval95: ReportContent.Interval(low: 10, high: 14), naive: 13),
    churnCoefficients: coefficients,
    segmentForecasts: segments,
    atRisk: atRisk,
    commands: ReportContent.ReproductionCommands(evaluate: "churncast evaluate --model m.json --data d --as-of 2026-03-31"))
scores = []

let dir = NSTemporaryDirectory() + "churncast-report-benchmark"
try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
var best = Duration.seconds(1000)
for _ in 0..<5 {
    let t = ContinuousClock.now
    try ReportWriter.write(content, to: dir + "/report")
    best = min(best, ContinuousClock.now - t)
}
let ms = best.components.seconds * 1000 + best.components.attoseconds / 1_000_000_000_000_000
let html = try FileManager.default.attributesOfItem(atPath: dir + "/report.html")[.size] as! Int
let nb = try FileManager.default.attributesOfItem(atPath: dir + "/report.ipynb")[.size] as! Int
print("report for \(n) customers (ROC/PR \(roc.count) points, \(content.atRisk.count) at risk, 5,000 segments): "
      + "validate + render + write both files, best of 5: \(ms) ms; "
      + "HTML \(html) bytes, notebook \(nb) bytes")
try FileManager.default.removeItem(atPath: dir)
