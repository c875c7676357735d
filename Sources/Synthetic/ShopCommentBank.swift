/// Free-text comments of shop NPS responses, chosen by the score's category, in English and German (the
/// languages ChurnCast analyses); some hold commas, quotes or line breaks so that the export exercises quoting.
public enum ShopCommentBank {
    public static let promoter: [String] = [
        "Fast delivery, great quality",
        "Always arrives on time, love the packaging",
        "Schnelle Lieferung, alles bestens!",
        "Great prices, I order here every month",
        "The \"next day\" delivery really is next day",
    ]
    public static let passive: [String] = [
        "Good products, but shipping costs are high",
        "OK, delivery took a few days longer than promised",
        "Ganz gut, aber der Versand dauert",
        "Fine.\nThe app could be easier to use.",
    ]
    public static let detractor: [String] = [
        "Parcel arrived damaged, still waiting for a refund",
        "Delivery was late twice, customer service did not answer",
        "Lieferung kam beschädigt an, sehr ärgerlich",
        "Wrong item sent, \"return label\" never came",
        "Too expensive, I buy elsewhere now",
    ]

    /// The comments for a score: 9–10 promoter, 7–8 passive, 0–6 detractor.
    public static func comments(forScore score: Int) -> [String] {
        score >= 9 ? promoter : (score >= 7 ? passive : detractor)
    }

    /// The CSV fields of `comments(forScore:)`, indexed by category (0 detractor, 1 passive, 2 promoter).
    static let fields: [[(bytes: [UInt8], newlines: Int)]] = [detractor, passive, promoter].map { list in
        list.map { s in
            let b = Array(CommentBank.csvField(s).utf8)
            return (b, b.filter { $0 == 10 }.count)
        }
    }

    @inline(__always)
    static func field(score: Int, _ i: Int) -> (bytes: [UInt8], newlines: Int) {
        fields[score >= 9 ? 2 : (score >= 7 ? 1 : 0)][i]
    }
}
