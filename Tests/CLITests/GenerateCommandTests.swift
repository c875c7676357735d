import Foundation
import Testing
import ChurnCast

/// `churncast generate` end to end: runs the built executable and checks exit codes, stdout and stderr.
@Suite struct GenerateCommandTests {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// The `churncast` executable next to the test bundle (built by `swift build` / `swift test`).
    static let executable: String = {
        // The test binary is .build/<triple>/debug/ChurnCastPackageTests.xctest (a bundle folder on macOS).
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("churncast").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("churncast").path
    }()

    static func churncast(_ arguments: [String]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                   stderr: String(decoding: e, as: UTF8.self))
    }

    static func folder() -> String {
        NSTemporaryDirectory() + "cc-generate-cli-\(UUID().uuidString)/base"
    }

    @Test func helpShowsAnExample() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "build churncast first")
        let r = try Self.churncast(["generate", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Example:"))
        #expect(r.stdout.contains("churncast generate --customers 4000 --seed 42 --out datasets/sample"))
        #expect(r.stdout.contains("--bad-rows"))
    }

    @Test func generatesPrintsSummaryAndRefusesToOverwrite() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "build churncast first")
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
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "build churncast first")
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
