import Foundation
import Support

/// Free-text comments on about one answer in eight, chosen by the score's class; some need CSV quoting
/// (commas, quotes) so that the reader is exercised too.
enum SecondWorldComments {
    private static let bank: [[String]] = [
        ["too expensive for what it does", "support took days to answer, again", "\"fine\" until the last update"],
        ["ok", "does the job", "some features are hard to find"],
        ["love it", "great team, fast support", "the best tool we use"],
    ]

    /// An index into the comments for this score (−1 for none), from a hash of `key`.
    static func pick(score: Int, key: UInt64) -> Int {
        let hash = SplitMix64.mix(key &+ 0xC0_33E7)
        guard hash % 8 == 0 else { return -1 }
        let group = score <= 6 ? 0 : score <= 8 ? 1 : 2
        return group * 3 + Int((hash >> 8) % 3)
    }

    /// The comment as a CSV field (quoted when it holds a comma or a quote); empty for none.
    static func csvField(_ index: Int) -> String {
        guard index >= 0 else { return "" }
        let text = bank[index / 3][index % 3]
        guard text.contains(",") || text.contains("\"") else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
