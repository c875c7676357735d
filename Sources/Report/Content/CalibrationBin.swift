extension ReportContent {
    /// One bin of the calibration table: customers whose predicted probability fell in the bin, their mean
    /// prediction and the share of them that churned. A well-calibrated model has the two close.
    public struct CalibrationBin: Codable, Equatable, Sendable {
        public var meanPredicted: Double
        public var observedRate: Double
        public var count: Int

        public init(meanPredicted: Double, observedRate: Double, count: Int) {
            self.meanPredicted = meanPredicted
            self.observedRate = observedRate
            self.count = count
        }
    }
}
