/// Risk bands cut at fixed quantiles of the training predictions, stored in the model so a customer's band
/// does not depend on who else is scored: the riskiest 10% of training rows are "high", the next 20% "medium",
/// the rest "low".
public struct RiskBands: Codable, Equatable, Sendable {
    /// Probability at or above which a customer is "high" risk (the training predictions' 90th percentile).
    public var highFrom: Double
    /// Probability at or above which a customer is "medium" risk (the training predictions' 70th percentile).
    public var mediumFrom: Double

    public init(highFrom: Double, mediumFrom: Double) {
        self.highFrom = highFrom
        self.mediumFrom = mediumFrom
    }

    /// Cuts from training predictions.
    public init(trainingPredictions p: [Double]) {
        precondition(!p.isEmpty, "no predictions to cut bands from")
        let cuts = Self.cuts(p)
        self.init(highFrom: cuts.high, mediumFrom: cuts.medium)
    }

    public func band(_ probability: Double) -> RiskBand {
        probability >= highFrom ? .high : probability >= mediumFrom ? .medium : .low
    }
}
