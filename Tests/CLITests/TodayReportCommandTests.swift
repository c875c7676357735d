import Foundation
import Testing
import TestSupport

/// `churncast report` for the latest date of a generated base (2026-09-30, whose 90-day outcome runs past the
/// data): it succeeds, opens with the business today, dates the evaluation on the latest complete quarter, and
/// writes the side files. Its figures are checked against counts made here from the exports themselves: the
/// Q3 2026 NPS (same-day answers of a customer merged into their mean, SPEC §1), the active customers, the
/// customers in the high band and the answers with a comment.
@Suite struct TodayReportCommandTests {
    let temporary = TemporaryDirectory("cc-today")

    /// The records of a file (`CSVFields`).
    static func records(_ path: String) throws -> [[String]] {
        CSVFields.parse(try String(contentsOfFile: path, encoding: .utf8))
    }

    /// The NPS of the answers dated in [first, last] (strings compare as dates), same-day answers merged.
    static func nps(_ nps: [[String]], from first: String, to last: String) -> (nps: Double, answers: Int) {
        var byDay: [String: (sum: Int, count: Int)] = [:]
        for r in nps.dropFirst() where r[1] >= first && r[1] <= last {
            byDay[r[0] + " " + r[1], default: (0, 0)].sum += Int(r[2])!
            byDay[r[0] + " " + r[1], default: (0, 0)].count += 1
        }
        var promoters = 0, detractors = 0
        for (sum, count) in byDay.values {
            let mean = Double(sum) / Double(count)
            if mean >= 9 { promoters += 1 } else if mean < 7 { detractors += 1 }
        }
        return (100 * Double(promoters - detractors) / Double(byDay.count), byDay.count)
    }

    /// "+12.3" or "−4.5" (a true minus), as the page writes NPS; "1,234" for counts.
    static func signed(_ x: Double) -> String {
        let text = String(format: "%.1f", abs(x))
        return text == "0.0" ? text : (x < 0 ? "\u{2212}" : "+") + text
    }
    static func count(_ n: Int) -> String {
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.groupingSeparator = ","
        f.usesGroupingSeparator = true
        return f.string(from: NSNumber(value: n))!
    }

    /// The headline card with this label, as (value, detail).
    static func card(_ html: String, _ label: String) -> (value: String, detail: String)? {
        guard let r = html.range(of: "<div class=\"label\">\(label)</div><div class=\"value\">") else { return nil }
        let rest = html[r.upperBound...]
        guard let v = rest.range(of: "</div><div class=\"detail\">"),
              let d = rest[v.upperBound...].range(of: "</div>") else { return nil }
        return (String(rest[..<v.lowerBound]), String(rest[v.upperBound..<d.lowerBound]))
    }

    @Test func reportForTheLatestDate() throws {
        let data = try GeneratedBase.folder(customers: 1500, seed: 7)
        let dir = temporary.path, model = dir + "/model.json", base = dir + "/out/today"
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        let train = try CLIRunner.run(["train", "--data", data, "--from", "2025-03-31", "--to", "2025-12-31",
                                       "--every", "quarter", "--model", model], timeLimit: 300)
        try #require(train.status == 0, "\(train.stderr)")
        let r = try CLIRunner.run(["report", "--model", model, "--data", data, "--as-of", "2026-09-30", "--by", "plan",
                                   "--value", "monthly_fee", "--out", base], timeLimit: 300)
        try #require(r.status == 0, "\(r.stderr)")
        for suffix in [".html", ".ipynb", "-scores.csv", "-forecast.json", "-evaluation.json", "-comments.csv",
                       "-customers-to-call.csv"] {
            #expect(FileManager.default.fileExists(atPath: base + suffix), "\(suffix) missing")
        }
        let html = try String(contentsOfFile: base + ".html", encoding: .utf8)
        #expect(html.contains("as of 2026-09-30"))
        #expect(html.contains("How good the models are (evaluated on 2026-06-30)"))

        // Q3 2026's NPS, counted here from nps_responses.csv.
        let answers = try Self.records(data + "/nps_responses.csv")
        let q3 = Self.nps(answers, from: "2026-07-01", to: "2026-09-30")
        let card = try #require(Self.card(html, "NPS, Q3 2026"))
        #expect(card.value == Self.signed(q3.nps))
        #expect(card.detail.contains("\(Self.count(q3.answers)) answers"), "\(card.detail)")

        // Active customers on 2026-09-30 (signed up by then, not churned by then), counted from customers.csv.
        let customers = try Self.records(data + "/customers.csv")
        let header = customers[0]
        let (signup, churn) = (header.firstIndex(of: "signup_date")!, header.firstIndex(of: "churn_date")!)
        let active = customers.dropFirst().filter { $0[signup] <= "2026-09-30" && ($0[churn].isEmpty || $0[churn] > "2026-09-30") }
        let toCall = try Self.records(base + "-customers-to-call.csv")
        #expect(toCall.count - 1 == active.count)
        #expect(Set(toCall.dropFirst().map { $0[1] }) == Set(active.map { $0[0] }))
        let high = toCall.dropFirst().filter { $0[3] == "high" }.count
        let atRisk = try #require(Self.card(html, "Customers at risk"))
        #expect(atRisk.value == Self.count(high))
        #expect(atRisk.detail.contains("of \(Self.count(active.count)) active"))

        // Revenue at risk: Σ churn probability × monthly_fee (from customers.csv) over the active customers.
        let fee = header.firstIndex(of: "monthly_fee")!
        let feeOf = Dictionary(uniqueKeysWithValues: customers.dropFirst().map { ($0[0], Double($0[fee]) ?? 0) })
        let expected = toCall.dropFirst().reduce(0.0) { $0 + Double($1[2])! * feeOf[$1[1]]! }
        let revenue = try #require(Self.card(html, "Revenue at risk"))
        #expect(revenue.value == Self.count(Int(expected.rounded())), "\(revenue.value) vs \(expected)")

        // One row of the comments file per answer with a comment.
        let commented = answers.dropFirst().filter { $0.count > 3 && !$0[3].trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(try Self.records(base + "-comments.csv").count - 1 == commented.count)
        #expect(commented.count > 0, "the generated base carries comments")
    }

    /// `--value` names a numeric customer column: any other is a usage error before any work, and nothing is written.
    @Test func valueMustBeANumericColumn() throws {
        let root = CLIRunner.repositoryRoot.path, out = temporary.folder("bad-value")
        let r = try CLIRunner.run(["report", "--model", root + "/models/sample-model.json", "--data",
                                   root + "/datasets/sample", "--as-of", "2026-09-30", "--value", "plan",
                                   "--out", out + "/r"])
        #expect(r.status == 64 && r.stdout.isEmpty)
        #expect(r.stderr.contains("--value: expected a numeric customer column") && r.stderr.contains("found plan")
                && r.stderr.contains("monthly_fee"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }
}
