import Foundation
import Testing
import ChurnCast
import TestSupport
import Synthetic

/// `churncast generate` end to end: runs the built executable (CLIRunner) and checks exit codes, stdout and stderr.
@Suite struct GenerateCommandTests {
    static func churncast(_ arguments: [String]) throws -> CLIRunner.Outcome { try CLIRunner.run(arguments) }

    /// A folder that does not exist yet (the command creates it); removed when the test process exits.
    static func folder() -> String { TemporaryDirectory.shared.folder("cc-generate-cli") + "/base" }

    @Test func helpShowsAnExample() throws {
        let r = try Self.churncast(["generate", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Example:"))
        #expect(r.stdout.contains("churncast generate --customers 4000 --seed 42 --out datasets/sample"))
        #expect(r.stdout.contains("--bad-rows"))
    }

    @Test func generatesPrintsSummaryAndRefusesToOverwrite() throws {
        let dir = Self.folder()
        let first = try Self.churncast(["generate", "--customers", "300", "--seed", "9", "--out", dir,
                                        "--start", "2025-10-01", "--end", "2026-09-30"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Wrote 300 customers to \(dir) (seed 9, 2025-10-01 to 2026-09-30)"))
        #expect(first.stdout.contains("engagement.csv") && first.stdout.contains("2026Q2"))
        #expect(first.stderr.isEmpty)
        for f in ["customers.csv", "nps_responses.csv", "engagement.csv", "ground_truth.json"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/" + f))
        }
        let again = try Self.churncast(["generate", "--customers", "300", "--out", dir])
        #expect(again.status == 73)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains("already exists (pass --force to replace it)"))
        let forced = try Self.churncast(["generate", "--customers", "200", "--out", dir, "--force", "--json"])
        #expect(forced.status == 0)
        let summary = try JSONDecoder().decode(GenerationSummary.self, from: Data(forced.stdout.utf8))
        #expect(summary.customers == 200 && summary.rows.customers == 200)
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let dir = Self.folder()
        let cases: [([String], String)] = [
            (["--customers", "0"], "customers: expected 1 to 50000000, found 0"),
            (["--customers", "5", "--start", "2025-02-30"], "--start: expected a date YYYY-MM-DD, found 2025-02-30"),
            (["--customers", "5", "--shock", "plan=gold,date=2025-06-30,size=-1"], "shock.plan: expected one of basic, pro, enterprise, found gold"),
            (["--customers", "5", "--shock", "basic"], "--shock: expected plan=NAME,date=YYYY-MM-DD,size=NUMBER"),
            (["--customers", "5", "--bad-rows", "9"], "badRows: expected 0 to the number of customers (5), found 9"),
        ]
        for (arguments, message) in cases {
            let r = try Self.churncast(["generate", "--out", dir] + arguments)
            #expect(r.status == 64, "\(arguments)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/customers.csv"))
    }
}
