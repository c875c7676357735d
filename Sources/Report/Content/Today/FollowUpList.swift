extension ReportContent {
    /// The detractors who answered in the last days (30 by default), with their comment, to follow up.
    public struct FollowUpList: Codable, Equatable, Sendable {
        /// How many days back the list goes.
        public var windowDays: Int
        /// The detractors' answers, newest first.
        public var responses: [Response]
        /// All detractor answers in the window (the page lists at most `ReportTables.maxFollowUps`).
        public var total: Int

        public init(windowDays: Int, responses: [Response], total: Int) {
            self.windowDays = windowDays
            self.responses = responses
            self.total = total
        }
    }
}
