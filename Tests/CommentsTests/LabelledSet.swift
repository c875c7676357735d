import Foundation
@testable import Comments
import TestSupport

/// The hand-labelled comments (Fixtures/labelled-comments.csv): written by a person before the analyzer existed,
/// labelled as a reader takes them. The first 60% of rows ("dev") were used to tune the lexicons; the remaining
/// 40% ("test") were not looked at while tuning, so their figures are the ones to quote.
struct LabelledComment {
    var row: Int
    var text: String
    var language: CommentLanguage
    var sentiment: Sentiment
    var themes: Set<String>
}

enum LabelledSet {
    static let all: [LabelledComment] = {
        let path = Bundle.module.path(forResource: "Fixtures/labelled-comments", ofType: "csv")!
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        return CSVFields.parse(text).dropFirst().enumerated().map { i, f in
            LabelledComment(row: i, text: f[0], language: CommentLanguage(rawValue: f[1])!,
                            sentiment: Sentiment(rawValue: f[2])!,
                            themes: Set(f[3].split(separator: ";").map(String.init)))
        }
    }()

    static var dev: ArraySlice<LabelledComment> { all[..<devCount] }
    static var test: ArraySlice<LabelledComment> { all[devCount...] }
    static var devCount: Int { all.count * 6 / 10 }
}
