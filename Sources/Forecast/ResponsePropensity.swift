/// Each customer's probability of answering the survey in the next period, from their own response history
/// shrunk toward the base rate (a beta–binomial posterior mean):
///
/// ```
/// P(respondᵢ) = min(1, (a · r̄ + responsesᵢ) / (a + periodsᵢ))       r̄ = Σ responses / Σ periods
/// ```
///
/// `periodsᵢ` is how many periods (of the forecast horizon) the customer has been observed in the look-back
/// window, fractional for a customer who joined part way; `a` (`priorPeriods`) is how many periods of history
/// count as much as the base rate. A new customer gets r̄; one observed for many periods gets about their own rate.
/// Counting responses (not periods with a response) keeps the estimate on the scale of the NPS, which counts
/// responses.
public struct ResponsePropensity: Codable, Sendable, Equatable {
    /// Responses per customer-period over everyone given to `fit`.
    public var baseRate: Double
    public var priorPeriods: Double

    public struct Configuration: Codable, Sendable, Equatable {
        /// Weight of the base rate, in periods of history. Default 2: a customer needs two periods of their own
        /// history to count as much as the base rate.
        public var priorPeriods: Double

        public init(priorPeriods: Double = 2) { self.priorPeriods = priorPeriods }

        public func validate() throws {
            guard priorPeriods > 0 && priorPeriods.isFinite else {
                throw ForecastError.invalidConfiguration(field: "priorPeriods", expected: "a positive number",
                                                         found: String(priorPeriods))
            }
        }
    }

    /// Estimates the base rate from every customer's history (responses and periods observed, one entry each).
    public static func fit(responses: [Int], periods: [Double], configuration: Configuration = Configuration())
        throws -> ResponsePropensity {
        precondition(responses.count == periods.count, "responses and periods differ in length")
        try configuration.validate()
        var total = 0, exposure = 0.0
        for i in responses.indices {
            precondition(responses[i] >= 0 && periods[i] >= 0, "responses and periods must be non-negative")
            total += responses[i]
            exposure += periods[i]
        }
        guard exposure > 0 else { throw ForecastError.noHistory(what: "survey responses") }
        return ResponsePropensity(baseRate: Double(total) / exposure, priorPeriods: configuration.priorPeriods)
    }

    public init(baseRate: Double, priorPeriods: Double) {
        self.baseRate = baseRate
        self.priorPeriods = priorPeriods
    }

    /// The shrunk probability of at least one response next period for a customer with this history.
    public func probability(responses: Int, periods: Double) -> Double {
        min(1, (priorPeriods * baseRate + Double(responses)) / (priorPeriods + periods))
    }
}
