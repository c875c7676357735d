extension ReportContent {
    /// A point of a ROC curve: the share of non-churners flagged (false positive rate) against the share of
    /// churners flagged (true positive rate), at one probability threshold.
    public struct ROCPoint: Codable, Equatable, Sendable {
        public var fpr: Double
        public var tpr: Double

        public init(fpr: Double, tpr: Double) {
            self.fpr = fpr
            self.tpr = tpr
        }
    }

    /// A point of a precision–recall curve: the share of churners flagged (recall) against the share of flagged
    /// customers who churned (precision), at one probability threshold.
    public struct PRPoint: Codable, Equatable, Sendable {
        public var recall: Double
        public var precision: Double

        public init(recall: Double, precision: Double) {
            self.recall = recall
            self.precision = precision
        }
    }
}
