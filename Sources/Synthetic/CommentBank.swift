/// Free-text survey comments, chosen by the score's category. Many hold commas, double quotes, line breaks or
/// non-ASCII letters, so that every export exercises RFC 4180 quoting.
public enum CommentBank {
    public static let promoter: [String] = [
        "Love it",
        "Great support, fast answers, fair price.",
        "Does exactly what we need.",
        "The \"smart reports\" feature saved us hours",
        "Onboarding was smooth.\nThe team knew our setup.",
        "Très bien, merci !",
        "10/10 would recommend, already did to two friends",
    ]
    public static let passive: [String] = [
        "Fine overall, but the app is slow at times",
        "Good value; the \"premium\" add-on is not worth it",
        "OK",
        "Does the job.\nReporting could be better,\nexports too.",
        "Price went up, features did not",
    ]
    public static let detractor: [String] = [
        "Billing was wrong twice, support said \"we'll call back\" and never did",
        "Too expensive",
        "Cancelled the integration.\nNobody answered my tickets.",
        "App crashes, \"sync failed\" every morning",
        "Switching to a competitor, sorry",
        "Ça ne marche pas, désolé",
    ]

    /// The comments for a score: 9–10 promoter, 7–8 passive, 0–6 detractor.
    public static func comments(forScore score: Int) -> [String] {
        score >= 9 ? promoter : (score >= 7 ? passive : detractor)
    }

    /// The RFC 4180 field for `text`: quoted, with inner quotes doubled, when it holds a comma, quote or line break.
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingAllQuotes() + "\""
    }

    /// Encoded fields and their '\n' counts, indexed like the arrays above.
    struct Encoded {
        let promoter: [(bytes: [UInt8], newlines: Int)]
        let passive: [(bytes: [UInt8], newlines: Int)]
        let detractor: [(bytes: [UInt8], newlines: Int)]

        init() {
            func enc(_ list: [String]) -> [(bytes: [UInt8], newlines: Int)] {
                list.map { s in
                    let b = Array(CommentBank.csvField(s).utf8)
                    return (b, b.filter { $0 == 10 }.count)
                }
            }
            promoter = enc(CommentBank.promoter)
            passive = enc(CommentBank.passive)
            detractor = enc(CommentBank.detractor)
        }

        func list(forScore score: Int) -> [(bytes: [UInt8], newlines: Int)] {
            score >= 9 ? promoter : (score >= 7 ? passive : detractor)
        }
    }
}

extension String {
    func replacingAllQuotes() -> String {
        var out = ""
        for c in self {
            if c == "\"" { out += "\"\"" } else { out.append(c) }
        }
        return out
    }
}
