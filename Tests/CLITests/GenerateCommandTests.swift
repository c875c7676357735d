import Foundation
import Testing
import ChurnCast
import TestSupport
import Synthetic
import Ingest

/// `churncast generate` end to end: runs the built executable (CLIRunner) and checks exit codes, stdout and stderr.
@Suite struct GenerateCommandTests {
    static func churncast(_ arguments: [String]) throws -> CLIRunner.Outcome { try CLIRunner.run(arguments) }

    /// A folder that does not exist yet (the command creates it); removed when the test process exits.
    static func folder() -> String { TemporaryDirectory.shared.folder("cc-generate-cli") + "/base" }

    @Test func helpShowsAnExample() throws {
        let r = try Self.churncast(["generate", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Example:"))
        #expect(r.stdout.contains("churncast generate --count 4000 --seed 42 --out datasets/sample"))
        #expect(r.stdout.contains("--from") && !r.stdout.contains("--start") && !r.stdout.contains("--force"))
        #expect(r.stdout.contains("--bad-rows"))
    }

    @Test func generatesPrintsSummaryAndReplacesItsOwnBase() throws {
        let dir = Self.folder()
        let first = try Self.churncast(["generate", "--count", "300", "--seed", "9", "--out", dir,
                                        "--from", "2025-10-01", "--to", "2026-09-30"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Wrote 300 customers to \(dir) (seed 9, 2025-10-01 to 2026-09-30)"))
        #expect(first.stdout.contains("engagement.csv") && first.stdout.contains("2026Q2"))
        #expect(first.stderr.isEmpty)
        for f in ["customers.csv", "nps_responses.csv", "engagement.csv", "ground_truth.json"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/" + f))
        }
        // The one rule for outputs: replaced (atomically), no --force needed.
        let again = try Self.churncast(["generate", "--count", "200", "--out", dir, "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.isEmpty)
        let summary = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as! [String: Any]
        #expect(summary["customers"] as? Int == 200)
    }

    @Test func oldOptionNamesStillWorkWithOneWarningEach() throws {
        let dir = Self.folder()
        let r = try Self.churncast(["generate", "--customers", "50", "--start", "2025-10-01", "--end", "2026-03-31",
                                    "--out", dir, "--force"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Wrote 50 customers to \(dir) (seed 42, 2025-10-01 to 2026-03-31)"))
        for line in ["churncast: warning: --customers is deprecated; use --count",
                     "churncast: warning: --start is deprecated; use --from",
                     "churncast: warning: --end is deprecated; use --to",
                     "churncast: warning: --force is no longer needed: outputs are always replaced (atomically)"] {
            #expect(r.stderr.components(separatedBy: line).count == 2, "once: \(line) in \(r.stderr)")
            #expect(!r.stdout.contains(line))
        }
    }

    @Test func aFolderOfOtherExportsIsNeverReplaced() throws {
        let dir = TemporaryDirectory.shared.folder("cc-generate-real")
        let real = "customer_id,signup_date,churn_date\nA1,2024-01-01,\n"
        try real.write(toFile: dir + "/customers.csv", atomically: false, encoding: .utf8)
        let r = try Self.churncast(["generate", "--count", "10", "--out", dir])
        #expect(r.status == 73)
        #expect(r.stderr.contains("customers.csv: already exists (generate replaces only a base it wrote itself"))
        #expect(try String(contentsOfFile: dir + "/customers.csv", encoding: .utf8) == real)
    }

    /// (A date that is not one is pinned in the bad-input corpus, `generate-from-not-a-date`.)
    @Test func badArgumentsAreUsageErrors() throws {
        let dir = Self.folder()
        let cases: [([String], String)] = [
            (["--count", "0"], "customers: expected 1 to 50000000, found 0"),
            (["--count", "5", "--shock", "plan=gold,date=2025-06-30,size=-1"], "shock.plan: expected one of basic, pro, enterprise, found gold"),
            (["--count", "5", "--shock", "basic"], "--shock: expected plan=NAME,date=YYYY-MM-DD,size=NUMBER"),
            (["--count", "5", "--bad-rows", "9"], "badRows: expected 0 to the number of customers (5), found 9"),
            ([], "give the number of customers: --count N"),
            (["--count", "5", "--customers", "5"], "give --count, not --customers as well"),
        ]
        for (arguments, message) in cases {
            let r = try Self.churncast(["generate", "--out", dir] + arguments)
            #expect(r.status == 64, "\(arguments)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/customers.csv"))
    }

    /// `--kind shop` writes what `ShopGenerator` writes for the same configuration (the job passes the options
    /// through); a second run with `--survey-share 0 --no-signup-dates` replaces the base and leaves no survey.
    @Test func shopKindWritesTheShopGeneratorsBase() throws {
        let dir = Self.folder()
        let r = try Self.churncast(["generate", "--kind", "shop", "--count", "300", "--seed", "5", "--out", dir,
                                    "--from", "2025-01-01", "--to", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Wrote a shop base of 300 customers to \(dir) (seed 5, 2025-01-01 to 2026-06-30)"))
        let reference = TemporaryDirectory.shared.folder("cc-generate-shop-reference")
        let config = ShopConfig(customers: 300, seed: 5, start: Day(year: 2025, month: 1, day: 1)!,
                                end: Day(year: 2026, month: 6, day: 30)!)
        try ShopGenerator.write(config, to: reference)
        for f in ShopGenerator.files(config) {
            #expect(FileManager.default.contents(atPath: dir + "/" + f) == FileManager.default.contents(atPath: reference + "/" + f), "\(f)")
        }
        let again = try Self.churncast(["generate", "--kind", "shop", "--count", "200", "--out", dir,
                                        "--survey-share", "0", "--no-signup-dates"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/nps_responses.csv"))
        let header = try String(contentsOfFile: dir + "/customers.csv", encoding: .utf8).prefix { $0 != "\n" }
        #expect(header == "customer_id,segment,acquisition,country")
        #expect(again.stdout.contains("2023-10-01 to 2026-09-30"))
    }
}
