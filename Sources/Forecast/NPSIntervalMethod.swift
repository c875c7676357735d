/// How an NPS interval (and a test on NPS) treats the sample: as observed, or with the adjusted-Wald
/// pseudo-answers of Rocks (2016) that keep small and one-sided samples from claiming no spread.
public enum NPSIntervalMethod: String, Codable, Sendable, CaseIterable {
    /// The observed shares: NPS ± z · SE.
    case wald
    /// ¾ promoter, 1½ passives and ¾ detractor added (3 answers in all) before the Wald arithmetic.
    case adjustedWald
}
