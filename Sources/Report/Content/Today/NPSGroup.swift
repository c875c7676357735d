extension ReportContent {
    /// The NPS group of a 0–10 score: detractor 0–6, passive 7–8, promoter 9–10.
    public enum NPSGroup: String, Codable, Equatable, Sendable, CaseIterable {
        case promoter, passive, detractor

        public init(score: Int) {
            self = score >= 9 ? .promoter : (score >= 7 ? .passive : .detractor)
        }

        /// "Promoters", "Passives", "Detractors".
        public var plural: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() + "s" }
    }
}
