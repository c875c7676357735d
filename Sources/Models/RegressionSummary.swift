/// A fitted regression laid out as statsmodels prints it: a title, two columns of facts about the fit,
/// the coefficient table, and numbered notes. Shared by linear (t statistics) and logistic (z) regression.
///
/// ```
///                             OLS Regression Results
/// ==============================================================================
/// Dep. Variable:                      y   R-squared:                       0.995
/// ...
/// ==============================================================================
///                  coef    std err          t      P>|t|      [0.025      0.975]
/// ------------------------------------------------------------------------------
/// intercept  -3.48226e+06     890420     -3.911      0.004 -5.49652e+06 -1.46799e+06
/// ```
public struct RegressionSummary: Sendable {
    /// A label and its formatted value in the header block.
    public struct Field: Sendable, Equatable {
        public let label: String
        public let value: String
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public var title: String
    public var leftFields: [Field]
    public var rightFields: [Field]
    public var coefficients: [CoefficientEstimate]
    /// `"t"` or `"z"`: heads the statistic column and the p-value column (`P>|t|`).
    public var statisticName: String
    /// Level of the intervals, e.g. 0.95 → columns `[0.025` and `0.975]`.
    public var confidenceLevel: Double
    /// Significant digits shown for estimates, standard errors and intervals; lower it when the fit cannot
    /// deliver more (an ill-conditioned design), so that no wrong digits are printed.
    public var significantDigits: Int
    /// Notes printed under the table as `[1] …`, `[2] …`.
    public var notes: [String]

    public init(title: String, leftFields: [Field], rightFields: [Field], coefficients: [CoefficientEstimate],
                statisticName: String, confidenceLevel: Double = 0.95, significantDigits: Int = 6,
                notes: [String] = []) {
        precondition(significantDigits >= 1 && significantDigits <= 17, "significant digits must be 1...17")
        self.title = title
        self.leftFields = leftFields
        self.rightFields = rightFields
        self.coefficients = coefficients
        self.statisticName = statisticName
        self.confidenceLevel = confidenceLevel
        self.significantDigits = significantDigits
        self.notes = notes
    }

    /// The summary as text lines joined by newlines (ending with one).
    public func rendered() -> String {
        let numberWidth = max(11, significantDigits + 7)
        let nameWidth = max(10, coefficients.map { $0.name.count }.max() ?? 0)
        let width = max(78, nameWidth + 6 * (numberWidth + 1))
        var lines: [String] = []
        lines.append(SummaryFormat.centered(title, width: width))
        lines.append(String(repeating: "=", count: width))
        let half = width / 2
        for row in 0..<max(leftFields.count, rightFields.count) {
            let left = row < leftFields.count ? headerCell(leftFields[row], width: half - 1) : String(repeating: " ", count: half - 1)
            let right = row < rightFields.count ? headerCell(rightFields[row], width: width - half) : ""
            lines.append(left + " " + right)
        }
        lines.append(String(repeating: "=", count: width))
        let alpha = (1 - confidenceLevel) / 2
        let headers = ["coef", "std err", statisticName, "P>|\(statisticName)|",
                       "[" + SummaryFormat.trimmed(alpha), SummaryFormat.trimmed(1 - alpha) + "]"]
        lines.append(SummaryFormat.padLeft("", nameWidth) + headers.map { " " + SummaryFormat.padLeft($0, numberWidth) }.joined())
        lines.append(String(repeating: "-", count: width))
        for c in coefficients {
            let cells = [SummaryFormat.significant(c.estimate, digits: significantDigits),
                         SummaryFormat.significant(c.standardError, digits: significantDigits),
                         SummaryFormat.fixed(c.statistic, decimals: 3),
                         SummaryFormat.pValue(c.pValue),
                         SummaryFormat.significant(c.confidenceLow, digits: significantDigits),
                         SummaryFormat.significant(c.confidenceHigh, digits: significantDigits)]
            lines.append(SummaryFormat.padRight(c.name, nameWidth) + cells.map { " " + SummaryFormat.padLeft($0, numberWidth) }.joined())
        }
        lines.append(String(repeating: "=", count: width))
        if !notes.isEmpty {
            lines.append("Notes:")
            for (i, note) in notes.enumerated() { lines.append("[\(i + 1)] \(note)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func headerCell(_ field: Field, width: Int) -> String {
        let label = field.label + ":"
        let space = max(1, width - label.count - field.value.count)
        return label + String(repeating: " ", count: space) + field.value
    }
}
