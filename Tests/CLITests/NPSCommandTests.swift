import Foundation
import Testing
import TestSupport

/// `churncast nps` on a tiny export whose counts were chosen by hand, against figures worked out from the formulas
/// of SPEC §0 and Rocks (2016) outside the code (Python, `statistics.NormalDist`, z = 1.959964):
///
/// - 2026-Q1: 10 answers (C010's two answers on one day, 4 and 6, count once with their mean 5), 5 promoters,
///   3 passives, 2 detractors: NPS +30, SE = 100 √((0.5 + 0.2 − 0.09) / 10) = 24.698, margin ±48.41; adjusted Wald
///   (n' = 13, p' = 5.75/13, d' = 2.75/13): centre 23.077, SE' 21.494, interval −19.05…+65.20.
/// - 2026-Q2: 10 answers, 4 / 2 / 4: NPS 0, margin ±55.44, interval −46.47…+46.47; change −30 (adjusted
///   difference −23.08, SE 32.00, z −0.721, p 0.471), not real.
/// - By plan in 2026-Q2: pro 2 / 2 / 4, NPS −25; basic 2 / 0 / 0; pro against the rest: difference −125,
///   adjusted z −1.424, p 0.154.
@Suite struct NPSCommandTests {
    let temporary = TemporaryDirectory("cc-nps")

    func writeExport() throws -> String {
        let dir = temporary.folder("data")
        var customers = "customer_id,signup_date,churn_date,plan\n"
        for i in 1...20 { customers += "C\(String(format: "%03d", i)),2025-01-01,,\(i <= 10 ? "basic" : "pro")\n" }
        var nps = "customer_id,date,score,comment\n"
        let q1 = [10, 9, 9, 10, 9, 7, 8, 7, 3]
        for (i, s) in q1.enumerated() { nps += "C\(String(format: "%03d", i + 1)),2026-02-\(String(format: "%02d", i + 1)),\(s),\n" }
        nps += "C010,2026-03-15,4,\"zu teuer\"\nC010,2026-03-15,6,\n"
        let q2 = [9, 10, 7, 8, 0, 6, 4, 2]
        for (i, s) in q2.enumerated() { nps += "C0\(i + 11),2026-05-\(String(format: "%02d", i + 1)),\(s),\n" }
        nps += "C001,2026-06-30,10,\nC002,2026-04-01,10,\n"
        try customers.write(toFile: dir + "/customers.csv", atomically: false, encoding: .utf8)
        try nps.write(toFile: dir + "/nps_responses.csv", atomically: false, encoding: .utf8)
        try "customer_id,date,likes,shares,comments,dms\nC001,2026-01-05,1,0,0,0\n"
            .write(toFile: dir + "/engagement.csv", atomically: false, encoding: .utf8)
        return dir
    }

    @Test func tableForPeople() throws {
        let r = try CLIRunner.run(["nps", "--data", try writeExport()])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let q1 = try #require(lines.first { $0.contains("2026-Q1") })
        for text in ["10", "50%", "30%", "20%", "+30.0", "48.4", "-19.1…+65.2"] { #expect(q1.contains(text), "\(q1)") }
        let q2 = try #require(lines.first { $0.contains("2026-Q2") })
        for text in ["+0.0", "55.4", "-46.5…+46.5", "-30.0 ", "0.471"] { #expect(q2.contains(text), "\(q2)") }
    }

    @Test func jsonBySegment() throws {
        let r = try CLIRunner.run(["nps", "--data", try writeExport(), "--by", "plan", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let periods = try #require(root["periods"] as? [[String: Any]])
        #expect(periods.count == 2)
        func group(_ p: Int, _ name: String) throws -> [String: Any] {
            let groups = try #require(periods[p]["groups"] as? [[String: Any]])
            return try #require(groups.first { $0["group"] as? String == name })
        }
        func number(_ d: [String: Any], _ keys: String...) -> Double? {
            for k in keys { if let v = d[k] as? Double { return v } }
            return nil
        }
        let q1 = try group(0, "all")
        #expect(q1["respondents"] as? Int == 10)
        #expect(abs((number(q1, "nps") ?? .nan) - 30) < 1e-9)
        #expect(abs((number(q1, "margin") ?? .nan) - 48.407539501852554) < 1e-6)
        #expect(abs((number(q1, "intervalLow", "interval_low") ?? .nan) - -19.050615376363655) < 1e-6)
        #expect(abs((number(q1, "intervalHigh", "interval_high") ?? .nan) - 65.20446153020981) < 1e-6)
        let q2 = try group(1, "all")
        let change = try #require((q2["changeFromPrevious"] ?? q2["change_from_previous"]) as? [String: Any])
        #expect(abs((number(change, "difference") ?? .nan) - -30) < 1e-9)
        #expect(abs((number(change, "pValue", "p_value") ?? .nan) - 0.4708416819906316) < 1e-6)
        #expect((change["isStatisticallyReal"] ?? change["is_statistically_real"]) as? Bool == false)
        let pro = try group(1, "pro")
        #expect(abs((number(pro, "nps") ?? .nan) - -25) < 1e-9)
        let rest = try #require((pro["versusRest"] ?? pro["versus_rest"]) as? [String: Any])
        #expect(abs((number(rest, "difference") ?? .nan) - -125) < 1e-9)
        #expect(abs((number(rest, "pValue", "p_value") ?? .nan) - 0.1544964043255499) < 1e-6)
    }

    @Test func unknownSegmentIsBadInput() throws {
        let r = try CLIRunner.run(["nps", "--data", try writeExport(), "--by", "region"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("--by region") && r.stdout.isEmpty)
    }
}

/// `nps --help` and `comments --help` meet the rules every command's help meets (`HelpTests`).
@Suite struct NewCommandsHelpTests {
    @Test(arguments: [["nps"], ["comments"]])
    func helpShowsAnExampleInEightyColumns(_ command: [String]) throws {
        try HelpTests().helpShowsAnExampleInEightyColumns(command)
    }
}
