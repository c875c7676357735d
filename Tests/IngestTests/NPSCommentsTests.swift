import Testing
@testable import Ingest
import TestSupport

/// The loaders keep each response's comment (one read of nps_responses.csv serves the models, the report and
/// `churncast comments`): texts worked out by hand from the CSV below, the same on one thread and on two
/// (`NPSPrereader`), and the same when the file is read without a customer list (`NPSAnswers.read`).
@Suite struct NPSCommentsTests {
    static let nps = "customer_id,date,score,comment\n"
        + "C1,2024-02-01,9,\"fine, thanks\"\n"         // a comma inside quotes
        + "C2,2024-03-01,3,\"said \"\"never again\"\"\"\n"  // doubled quotes made single
        + "C1,2024-04-01,7,\n"                          // no comment
        + "C2,2024-05-01,8,\"   \"\n"                   // spaces only: no text
        + "C2,2024-06-01,10,Grüße aus Köln\n"           // UTF-8
    static let expected = ["fine, thanks", "said \"never again\"", "", "   ", "Grüße aus Köln"]

    static func paths(nps: String = nps) -> ExportPaths {
        writeExports(customers: "customer_id,signup_date,churn_date\nC1,2023-01-01,\nC2,2023-02-01,\n",
                     nps: nps, engagement: "customer_id,date,likes,shares,comments,dms\nC1,2024-01-05,1,0,0,0\n")
    }

    @Test(arguments: [1, 2])
    func loaderKeepsEachComment(threads: Int) throws {
        let exports = try ExportLoader(threads: threads).load(Self.paths())
        #expect(exports.npsReadAlongside == (threads == 2))
        #expect(exports.npsComments.count == 5)
        #expect((0..<5).map { exports.npsComments[$0] } == Self.expected)
        #expect((0..<5).map { exports.npsComments.hasText($0) } == [true, true, false, false, true])
        let answers = exports.answers.list(commentsOnly: true)
        #expect(answers.map(\.customerID) == ["C1", "C2", "C2"])
        #expect(answers.map(\.score) == [9, 3, 10])
        #expect(answers.map(\.comment) == ["fine, thanks", "said \"never again\"", "Grüße aus Köln"])
    }

    @Test func withoutACommentColumnEveryCommentIsEmpty() throws {
        let exports = try ExportLoader().load(Self.paths(nps: "customer_id,date,score\nC1,2024-02-01,9\n"))
        #expect(exports.npsComments.count == 0)
        #expect(exports.npsComments[0] == "" && !exports.npsComments.hasText(0))
        #expect(exports.answers.list() == [NPSAnswers.Answer(customerID: "C1", day: day("2024-02-01"), score: 9, comment: "")])
    }

    /// Without a customer list the ids are kept as written (in order of first appearance); the answers are those
    /// of the loader.
    @Test func readWithoutCustomerListGivesTheSameAnswers() throws {
        let alone = try NPSAnswers.read(path: Self.paths().nps)
        #expect(alone.customerIDs == ["C1", "C2"])
        #expect(alone.list() == (try ExportLoader().load(Self.paths()).answers.list()))
        #expect(NPSComments(Self.expected).withTexts { text in (0..<5).map(text) } == Self.expected)
    }
}
