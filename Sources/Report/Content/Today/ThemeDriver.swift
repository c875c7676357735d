extension ReportContent {
    /// A theme as a key driver of detraction: the detractor share among answers whose comment mentions it,
    /// against the share among the other commented answers.
    public struct ThemeDriver: Codable, Equatable, Sendable {
        public var theme: String
        public var mentions: Int
        public var detractorShareWith: Double
        public var detractorShareWithout: Double
        /// Two-sided p-value of "no difference", when tested.
        public var pValue: Double?

        public init(theme: String, mentions: Int, detractorShareWith: Double, detractorShareWithout: Double,
                    pValue: Double? = nil) {
            self.theme = theme
            self.mentions = mentions
            self.detractorShareWith = detractorShareWith
            self.detractorShareWithout = detractorShareWithout
            self.pValue = pValue
        }

        /// With minus without, in percentage points.
        public var differenceInPoints: Double { (detractorShareWith - detractorShareWithout) * 100 }
    }
}
