/// One row of a coefficient table: the estimate of a term with its standard error, test statistic (t or z),
/// two-sided p-value and confidence interval.
///
/// Encodes to JSON with the keys `name, estimate, std_error, statistic, p_value, ci_low, ci_high`; a value that is
/// not finite (e.g. the standard error of an exact fit's undefined statistic) is written as `null`.
public struct CoefficientEstimate: Codable, Equatable, Sendable {
    public let name: String
    @FiniteOrNull public private(set) var estimate: Double
    @FiniteOrNull public private(set) var standardError: Double
    @FiniteOrNull public private(set) var statistic: Double
    @FiniteOrNull public private(set) var pValue: Double
    @FiniteOrNull public private(set) var confidenceLow: Double
    @FiniteOrNull public private(set) var confidenceHigh: Double

    public init(name: String, estimate: Double, standardError: Double, statistic: Double, pValue: Double,
                confidenceLow: Double, confidenceHigh: Double) {
        self.name = name
        self.estimate = estimate
        self.standardError = standardError
        self.statistic = statistic
        self.pValue = pValue
        self.confidenceLow = confidenceLow
        self.confidenceHigh = confidenceHigh
    }

    enum CodingKeys: String, CodingKey {
        case name, estimate
        case standardError = "std_error"
        case statistic
        case pValue = "p_value"
        case confidenceLow = "ci_low"
        case confidenceHigh = "ci_high"
    }
}
