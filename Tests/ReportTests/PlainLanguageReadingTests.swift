import Testing
@testable import Report

@Suite struct PlainLanguageReadingTests {
    let base = SyntheticReport(n: 2000, seed: 4).content()

    @Test(arguments: [(0.95, "very well"), (0.81, "well ("), (0.74, "fairly well"), (0.65, "only modestly"),
                      (0.55, "barely better than chance")])
    func rankingWordsFollowTheAUC(auc: Double, words: String) {
        var c = base
        c.headline.rocAUC = auc
        let text = PlainLanguageReading.make(c)
        #expect(text.contains("leave \(words)"))
        #expect(text.contains("ROC-AUC \(NumberFormat.fixed(auc, 2)), against 0.5 for chance"))
    }

    @Test func topDecileAndForecastSentences() {
        var c = base
        c.headline.topDecileLift = 3.4
        c.headline.topDecileCapture = 0.34
        var text = PlainLanguageReading.make(c)
        #expect(text.contains("would reach 34% of the customers who churned, 3.4 times as many as calling 10% at random"))
        // Forecast 9.5 against 11 last quarter, 80% interval 6 to 13 holds 11.
        #expect(text.contains("forecast at +9.5 (80% interval +6.0 to +13.0; 95% interval +4.0 to +15.0), down from +11.0 last quarter, though the change is within the uncertainty"))
        c.headline.topDecileLift = 1.1
        c.npsForecast!.forecast = 11.2
        text = PlainLanguageReading.make(c)
        #expect(text.contains("little more than a random 10% would"))
        #expect(text.contains("about the same as +11.0"))
    }

    @Test func calibrationWordingFollowsTheLargestGap() {
        var c = base
        c.calibration = [CalibrationBin(meanPredicted: 0.05, observedRate: 0.06, count: 1000),
                         CalibrationBin(meanPredicted: 0.30, observedRate: 0.32, count: 1000),
                         CalibrationBin(meanPredicted: 0.9, observedRate: 0.2, count: 3)]   // too few to count
        #expect(PlainLanguageReading.make(c).contains("can be read at face value"))
        #expect(PlainLanguageReading.make(c).contains("within 2.0 percentage points"))
        c.calibration[1].observedRate = 0.45
        #expect(PlainLanguageReading.make(c).contains("off by up to 15.0 percentage points in some bins, so use them to rank"))
    }

    @Test func backtestDriversAndSegments() {
        let text = PlainLanguageReading.make(base)
        // Backtest rows: 12.5 in [10, 16] yes; 11 in [11.5, 16.5] no. Errors 0.5 and 3 → 1.75; naive 1.5 and 1.5.
        #expect(text.contains("In 2 backtest quarters the 80% interval held the actual NPS 1 time and the 95% interval 2 (too few quarters to judge the intervals); the forecast missed by 1.8 points on average against 1.5"))
        #expect(text.contains("higher “days since engagement” raises it; higher “tenure” lowers it."))
        #expect(text.contains("One small segment is marked"))
    }

    @Test func givenReadingWins() {
        var c = base
        c.reading = "Written by hand."
        #expect(c.resolvedReading == "Written by hand.")
        #expect(HTMLReport.render(c).contains("Written by hand."))
    }
}
