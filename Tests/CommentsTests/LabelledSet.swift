import Foundation
@testable import Comments

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
        return parseCSV(text).dropFirst().enumerated().map { i, f in
            LabelledComment(row: i, text: f[0], language: CommentLanguage(rawValue: f[1])!,
                            sentiment: Sentiment(rawValue: f[2])!,
                            themes: Set(f[3].split(separator: ";").map(String.init)))
        }
    }()

    static var dev: ArraySlice<LabelledComment> { all[..<devCount] }
    static var test: ArraySlice<LabelledComment> { all[devCount...] }
    static var devCount: Int { all.count * 6 / 10 }

    /// RFC 4180 fields (quoted fields with doubled quotes), one array per line.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, chars = Array(text), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" && i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 }
                else if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else if c != "\r" { field.append(c) }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        chars = []
        return rows
    }
}
