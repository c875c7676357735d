import Testing
import Foundation
import TestSupport

/// `churncast features` end to end: the exports of the Features fixture (Tests/FeaturesTests, whose features are
/// worked out by hand there) written as messy CSV, and the table, summary and exit codes that come out.
@Suite final class FeaturesCommandTests {
    let temporary = TemporaryDirectory("cc-features-cli")
    var dir: String { temporary.path }

    init() throws {
        try write("customers.csv", """
            customer_id,signup_date,churn_date,plan,seats
            A,2023-06-30,,pro,10
            B,2024-01-01,,basic,
            C,2022-01-01,2024-06-30,enterprise,100
            D,2024-07-01,,enterprise,100
            E,2024-03-01,2024-09-28,pro,4
            F,2020-01-01,2024-09-29,,2

            """)
        // A's two responses of 2024-04-15 (one as a timestamp) count as one of 9; a quoted comment with a comma.
        try write("nps_responses.csv", #"""
            customer_id,date,score,comment
            A,2024-04-15,10,"Great, ""really"""
            A,2024-01-15,6,
            A,2024-08-01,3,slow
            A,2024-04-15T18:00:00+02:00,8,
            A,2024-10-15,5,
            C,2024-05-01,2,
            E,2024-06-30,10,
            F,2021-01-01,0,

            """#)
        try write("engagement.csv", """
            customer_id,date,likes,shares,comments,dms
            A,2024-06-30,2,0,0,0
            A,2024-06-10,1,1,0,0
            A,2024-05-01,0,0,4,0
            A,2024-04-01,0,0,0,5
            A,2024-07-05,100,0,0,0
            A,2024-06-10,3,0,0,0
            C,2024-06-20,9,0,0,0
            D,2024-07-02,0,1,0,0
            E,2024-05-31,7,0,0,0
            E,2024-06-01,0,2,0,0
            F,2023-01-01,1,0,0,0

            """)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
    }

    func lines(_ name: String) throws -> [Substring] {
        try String(contentsOfFile: dir + "/" + name, encoding: .utf8).split(separator: "\n")
    }

    @Test func writesTheHandComputedTable() throws {
        let r = try CLIRunner.run(["features", "--data", dir, "--as-of", "2024-06-30", "--out", dir + "/f.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        // Customer C's empty seats count as a missing value, said once (SPEC section 1, "Missing values").
        #expect(r.stderr == "churncast: \(dir)/customers.csv: seats: 1 missing value (empty)\n")
        let csv = try lines("f.csv")
        #expect(csv.count == 5)
        #expect(csv[0].hasPrefix("customer_id,as_of,tenure_days,nps_count,"))
        #expect(csv[0].hasSuffix(",seats,seats_missing,churned,next_score"))
        // Values from the hand-computed table of SnapshotBuilderFixtureTests (plan has only rare levels here: the
        // default rare-level threshold is 20 customers, so it adds no column).
        // A commented on 2024-04-15 ("Great, ""really""") and after T ("slow", which must not count): has commented
        // 1 and the sentiment `churncast comments` gives the 2024-04-15 comment.
        let comments = try CLIRunner.run(["comments", "--data", dir, "--out", "-"])
        let great = comments.stdout.split(separator: "\n").first { $0.hasPrefix("A,2024-04-15,10,") }
        let sentiment = great.map { String($0.split(separator: ",")[5]) } ?? "?"
        #expect(Double(sentiment).map { $0 > 0 } == true, "\(comments.stdout)")
        // The shrunk NPS columns as SnapshotBuilderFixtureTests works them out (m 5.4, k 81/286).
        #expect(csv[1] == "A,2024-06-30,366,2,9,7.5,76,2.967032967032967,3,1,0,0,7.239509954058192,3.1324250681198906,5.925574272588055,1.994535519125683,1,\(sentiment),6,1,0,0,6,1,4,0,0.5555555555555556,0,0,10,0,0,3")
        #expect(csv[2] == "B,2024-06-30,181,0,0,0,730,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,365,1,4,1,0,")
        #expect(csv[3].hasPrefix("E,") && csv[3].hasSuffix(",1,"))
        #expect(r.stdout.contains("4 rows × 29 features"))
        #expect(r.stdout.contains("engagement.csv: 11 rows read = 11 used + 0 rejected"))
    }

    @Test func quarterRangeAndJSONSummary() throws {
        let r = try CLIRunner.run(["features", "--data", dir, "--from", "2024-01-01", "--to", "2024-09-30",
                                   "--every", "quarter", "--out", dir + "/q.csv", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let snapshots = json["snapshots"] as! [[String: Any]]
        #expect(snapshots.map { $0["as_of"] as! String } == ["2024-03-31", "2024-06-30", "2024-09-30"])
        #expect(snapshots.map { $0["rows"] as! Int } == [5, 4, 3])
        #expect(snapshots.map { $0["labels_complete"] as! Bool } == [true, true, false])
        #expect(try lines("q.csv").count == 1 + 12)
    }

    /// The fixture's exports run from 2020-01-01 (the first signup) to 2024-10-15 (the last event): a quarter end
    /// after that is refused, `latest` is that day.
    @Test func asOfOutsideTheExportsIsRefusedAndLatestIsTheirLastDate() throws {
        let after = try CLIRunner.run(["features", "--data", dir, "--from", "2024-01-01", "--to", "2024-12-31",
                                       "--out", dir + "/late.csv"])
        #expect(after.status == 65)
        #expect(after.stderr.contains("as-of date 2024-12-31 is after the last date in the exports: the exports run "
                                      + "from 2020-01-01 to 2024-10-15"))
        #expect(after.stdout.isEmpty && !FileManager.default.fileExists(atPath: dir + "/late.csv"))
        let before = try CLIRunner.run(["features", "--data", dir, "--as-of", "2019-12-31", "--out", dir + "/early.csv"])
        #expect(before.status == 65)
        #expect(before.stderr.contains("as-of date 2019-12-31 is before the first date in the exports"))
        let latest = try CLIRunner.run(["features", "--data", dir, "--as-of", "latest", "--out", "-", "--json"])
        #expect(latest.status == 0, "\(latest.stderr)")
        #expect(latest.stdout.hasPrefix("customer_id,as_of,"))
        #expect(latest.stdout.contains(",2024-10-15,"))
        #expect(latest.stderr.contains("\"as_of\" : \"2024-10-15\""))
    }

    @Test func describePrintsTheDictionary() throws {
        let text = try CLIRunner.run(["features", "--describe"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("engagement_trend"))
        let json = try CLIRunner.run(["features", "--describe", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: String]]
        #expect(entries.first?["name"] == "tenure_days")
        #expect(entries.allSatisfy { $0["meaning"] != nil && $0["window"] != nil && $0["when_missing"] != nil })
    }

    @Test func usageErrorsAre64() throws {
        for args in [["--as-of", "2024-06-30"],                                   // no --out
                     ["--as-of", "2024-06-31", "--out", "x.csv"],                 // impossible date
                     ["--as-of", "2024-06-30", "--from", "2024-01-01", "--to", "2024-12-31", "--out", "x.csv"],
                     ["--as-of", "2024-06-30", "--horizon", "0", "--out", "x.csv"],
                     ["--as-of", "2024-06-30", "--on-bad-rows", "skip", "--out", "x.csv"]] {  // no --rejects
            let r = try CLIRunner.run(["features", "--data", dir] + args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let r = try CLIRunner.run(["features", "--as-of", "2024-06-30", "--out", "x.csv"])
        #expect(r.status == 64 && r.stderr.contains("give --data DIR"))
    }

    @Test func missingExportIs66() throws {
        let r = try CLIRunner.run(["features", "--customers", dir + "/customers.csv", "--nps", dir + "/none.csv",
                                   "--engagement", dir + "/engagement.csv", "--as-of", "2024-06-30", "--out",
                                   dir + "/f.csv"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("none.csv"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/f.csv"))
    }

    @Test func badRowStopsOrIsSkippedAndCounted() throws {
        try write("engagement.csv", try String(contentsOfFile: dir + "/engagement.csv", encoding: .utf8)
                  + "E,2024-06-02,-3,0,0,0\n")
        let stop = try CLIRunner.run(["features", "--data", dir, "--as-of", "2024-06-30", "--out", dir + "/f.csv"])
        #expect(stop.status == 65)
        #expect(stop.stderr.contains("engagement.csv") && stop.stderr.contains("13"))  // line 13 of the file
        #expect(!FileManager.default.fileExists(atPath: dir + "/f.csv"))

        let skip = try CLIRunner.run(["features", "--data", dir, "--as-of", "2024-06-30", "--out", dir + "/f.csv",
                                      "--on-bad-rows", "skip", "--rejects", dir + "/rejects.csv"])
        #expect(skip.status == 0, "\(skip.stderr)")
        #expect(skip.stdout.contains("engagement.csv: 12 rows read = 11 used + 1 rejected"))
        #expect(try lines("rejects.csv").count == 2)
        #expect(try lines("f.csv")[1].hasPrefix("A,2024-06-30,366,2,9,"))
    }

    @Test func mappedColumnNames() throws {
        try write("nps_responses.csv", try String(contentsOfFile: dir + "/nps_responses.csv", encoding: .utf8)
                  .replacingOccurrences(of: "customer_id,date,score,comment", with: "Person ID,Response Timestamp,Score,comment"))
        let r = try CLIRunner.run(["features", "--data", dir, "--as-of", "2024-06-30", "--out", dir + "/f.csv",
                                   "--map", "nps.customer_id=Person ID,nps.date=Response Timestamp,nps.score=Score"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try lines("f.csv")[1].hasPrefix("A,2024-06-30,366,2,9,7.5,76,"))
    }
}
