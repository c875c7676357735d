import Evaluation
import Forecast
import Ingest
import Support
#if canImport(Glibc)
import Glibc
#endif

// Times the evaluation metrics and the forecast arithmetic on a million customers (best of 5 runs):
// ChurnMetrics (one sort, all metrics and decimated curves), the base-rate baseline (all scores tied),
// RegressionMetrics, NPSOutlook.aggregate, QuarterlyNPS.tally (3 responses per customer, a third in the window).
// Usage: swift run -c release EvaluationBenchmark [customers]

let n = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1])! : 1_000_000

func best<T>(_ label: String, runs: Int = 5, _ body: () throws -> T) rethrows -> T {
    var fastest = Double.infinity
    var result: T?
    for _ in 0..<runs {
        let start = PhaseTimer.now()
        result = try body()
        fastest = min(fastest, PhaseTimer.now() - start)
    }
    print(String(repeating: " ", count: max(0, 34 - label.count)) + label + ": "
          + String(Int((fastest * 1000).rounded())) + " ms")
    return result!
}

var g = SplitMix64(seed: 42)
// Churn probabilities with a 0.1 base rate, rounded to 1e-6 (ties, as a fitted model's output has few).
let probabilities = (0..<n).map { _ in (pow(Double.random(in: 0..<1, using: &g), 3) * 0.4 * 1e6).rounded() / 1e6 }
let outcomes = probabilities.map { Double.random(in: 0..<1, using: &g) < $0 }
print("customers: \(n), churners: \(outcomes.filter { $0 }.count)")

let metrics = try best("ChurnMetrics.evaluate") { try ChurnMetrics.evaluate(probabilities: probabilities, outcomes: outcomes) }
print("  ROC-AUC \(metrics.rocAUC), PR-AUC \(metrics.prAUC), ECE \(metrics.calibration.expectedCalibrationError), "
      + "curve points \(metrics.rocCurve.count)/\(metrics.precisionRecallCurve.count)")
_ = try best("ChurnMetrics.baseRate") { try ChurnMetrics.baseRate(0.1, outcomes: outcomes) }
let predicted = (0..<n).map { _ in Double.random(in: 0...10, using: &g) }
let actual = predicted.map { min(10, max(0, ($0 + Double.random(in: -2...2, using: &g)).rounded())) }
_ = try best("RegressionMetrics.evaluate") { try RegressionMetrics.evaluate(predicted: predicted, actual: actual) }

let customers = (0..<n).map { i in
    let m = Double.random(in: 4...10, using: &g)
    let p = ScoreDistribution.categoryProbabilities(expectedScore: m, residualSD: 1.8)
    let answered = i % 4 == 0
    return CustomerOutlook(stay: 1 - probabilities[i], respond: 0.3, promoter: p.promoter, detractor: p.detractor,
                           segment: Int32(i % 7), lastAnswers: answered ? 1 : 0, lastNet: answered ? (m > 8 ? 1 : 0) : 0)
}
let labels = (0..<7).map { "segment-\($0)" }
let outlook = best("NPSOutlook.aggregate (7 segments)") { NPSOutlook.aggregate(customers, labels: labels) }
print("  expected respondents \(Int(outlook.overall.expectedRespondents)), model NPS \(outlook.overall.nps)")

let end = Day(year: 2024, month: 12, day: 31)!
let responses = (0..<(3 * n)).map { i in
    NPSResponse(customer: Int32(i % n), day: end.adding(days: -Int.random(in: 0..<270, using: &g)),
                score: Int8.random(in: 0...10, using: &g))
}
let segmentation = Segmentation(labels: labels, ofCustomer: (0..<n).map { Int32($0 % 7) })
let tally = best("QuarterlyNPS.tally (3M responses)") {
    QuarterlyNPS.tally(responses, after: end.adding(days: -90), through: end, segmentation: segmentation)
}
print("  answers in the quarter \(tally.overall.total), NPS \(tally.overall.score!)")
let forecast = try best("NPSForecaster.forecast") {
    try NPSForecaster().forecast(outlook: outlook, history: [PastPeriod(end: end, actual: tally)])
}
print("  forecast \(forecast.overall.point) ± \(forecast.overall.standardError)")
