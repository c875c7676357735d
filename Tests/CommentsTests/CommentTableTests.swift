import Foundation
import Testing
import Support
@testable import Comments

/// The comments table: the batch path (threads, word caches) gives what one-by-one analysis gives, and the CSV
/// is as specified.
@Suite final class CommentTableTests {
    let analyzer = try! CommentAnalyzer()
    let dir: String = {
        let d = NSTemporaryDirectory() + "cc-comments-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }()
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    @Test func batchEqualsOneByOne() {
        let texts = (0..<5000).map { LabelledSet.all[$0 % LabelledSet.all.count].text + ($0 % 3 == 0 ? "!" : "") }
        let one = texts.map(analyzer.analyze)
        #expect(analyzer.analyze(texts, threads: 1) == one)
        #expect(analyzer.analyze(texts, threads: 3) == one)
    }

    @Test func writesRowsForResponsesWithComments() throws {
        let responses = [
            CommentResponse(customerID: "C1", date: "2026-09-01", score: 9, comment: "Sehr gut, schnelle Lieferung"),
            CommentResponse(customerID: "C2", date: "2026-09-02", score: 2, comment: "  "),
            CommentResponse(customerID: "C3", date: "2026-09-03", score: nil, comment: "Invoice wrong, \"again\""),
            CommentResponse(customerID: "C4", date: "2026-09-04", score: 7, comment: "ok"),
        ]
        let path = dir + "/comments.csv"
        var written = 0
        try AtomicFile.write(to: path) { sink in
            written = try CommentTable.write(responses, analyzer: analyzer, to: &sink, threads: 2)
        }
        #expect(written == 3)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "customer_id,date,score,language,sentiment,sentiment_score,themes")
        for (line, r) in zip(lines.dropFirst(), [responses[0], responses[2], responses[3]]) {
            let a = analyzer.analyze(r.comment)
            let expected = [r.customerID, r.date, r.score.map(String.init) ?? "", a.language.rawValue,
                            a.sentiment.rawValue, a.sentimentScore == a.sentimentScore.rounded()
                                ? String(Int(a.sentimentScore)) : String(a.sentimentScore),
                            a.themes.joined(separator: ";")].joined(separator: ",")
            #expect(line == expected)
        }
        #expect(lines[1].hasPrefix("C1,2026-09-01,9,de,positive,"))
        #expect(lines[1].hasSuffix(",delivery"))
        #expect(lines[3] == "C4,2026-09-04,7,unknown,neutral,0.128,")  // "ok" 0.5 → 0.5/√15.25 = 0.1280
    }
}
