extension ReportContent {
    /// NPS per segment (one level of a customer attribute) in one period, each tested against the rest.
    public struct SegmentNPSTable: Codable, Equatable, Sendable {
        /// The attribute, e.g. "plan".
        public var attribute: String
        /// The period the NPS is of, e.g. "Q3 2026".
        public var period: String
        public var rows: [SegmentNPS]

        public init(attribute: String, period: String, rows: [SegmentNPS]) {
            self.attribute = attribute
            self.period = period
            self.rows = rows
        }
    }
}
