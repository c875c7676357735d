/// One row of a coefficient table: the estimate of a term with its standard error, test statistic (t or z),
/// two-sided p-value and confidence interval.
///
/// Encodes to JSON with the keys `name, estimate, std_error, statistic, p_value, ci_low, ci_high`; a value that is
/// not finite (e.g. the standard error of an exact fit's undefined statistic) is written as `null`.
public struct CoefficientEstimate: Codable, Equatable, Sendable {
    public let name: String
    public let estimate: Double
    public let standardError: Double
    public let statistic: Double
    public let pValue: Double
    public let confidenceLow: Double
    public let confidenceHigh: Double

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

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeFinite(estimate, forKey: .estimate)
        try c.encodeFinite(standardError, forKey: .standardError)
        try c.encodeFinite(statistic, forKey: .statistic)
        try c.encodeFinite(pValue, forKey: .pValue)
        try c.encodeFinite(confidenceLow, forKey: .confidenceLow)
        try c.encodeFinite(confidenceHigh, forKey: .confidenceHigh)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        estimate = try c.decodeFinite(forKey: .estimate)
        standardError = try c.decodeFinite(forKey: .standardError)
        statistic = try c.decodeFinite(forKey: .statistic)
        pValue = try c.decodeFinite(forKey: .pValue)
        confidenceLow = try c.decodeFinite(forKey: .confidenceLow)
        confidenceHigh = try c.decodeFinite(forKey: .confidenceHigh)
    }
}
