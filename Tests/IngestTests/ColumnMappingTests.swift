import Foundation
import Testing
import Support
@testable import Ingest

@Suite struct ColumnMappingTests {
    @Test func commandLineEntries() throws {
        let m = try ColumnMapping.parse(commandLine: "nps.score=Score,nps.customer_id=\"Person ID\",date=\"When, exactly\"")
        #expect(m.columns[.nps] == ["score": "Score", "customer_id": "Person ID", "date": "When, exactly"])
        #expect(m.columns[.engagement] == ["date": "When, exactly"])
        #expect(m.columns[.customers] == nil)
        let quoted = try ColumnMapping.parse(commandLine: "customers.plan=\"Plan \"\"Tier\"\"\"")
        #expect(quoted.columns[.customers] == ["plan": "Plan \"Tier\""])
    }

    @Test func specificEntriesWinOverGeneralOnes() throws {
        let m = try ColumnMapping.parse(commandLine: ["nps.customer_id=Respondent", "customer_id=Person ID"])
        #expect(m.exportName(of: "customer_id", in: .nps) == "Respondent")
        #expect(m.exportName(of: "customer_id", in: .customers) == "Person ID")
    }

    @Test func commandLineErrorsAreUsageErrors() {
        let bad: [(String, String)] = [
            ("nps.scor=Score", "nps has no column \"scor\"; expected one of \"customer_id\", \"date\", \"score\", \"comment\""),
            ("survey.score=Score", "\"survey.score\": expected an export customers, nps or engagement before the dot, found \"survey\""),
            ("plan=Tier", "\"plan\" is not a column of any export; write customers.plan=... for an attribute"),
            ("nps.score", "\"nps.score\": expected column=Export Name after \"nps.score\""),
            ("nps.score=\"Score", "\"nps.score=\\\"Score\": expected a closing quote"),
            ("nps.score=,", "\"nps.score=,\": expected non-empty names on both sides of ="),
            ("nps.score=A,nps.date=A", "nps: export column \"A\" is mapped to both \"date\" and \"score\""),
        ]
        for (text, reason) in bad {
            let error = thrownError { _ = try ColumnMapping.parse(commandLine: text) } as? IngestError
            #expect(error == .invalidMapping(source: "--map", reason: reason), "\(text)")
            #expect(error?.exitCode == .usage)
        }
    }

    @Test func exampleConfigFileLoads() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let m = try ColumnMapping.load(configPath: repo.appendingPathComponent("datasets/churncast.example.json").path)
        #expect(m.exportName(of: "score", in: .nps) == "Score")
        #expect(m.exportName(of: "dms", in: .engagement) == "Direct Messages")
        #expect(m.exportName(of: "plan", in: .customers) == "Plan Tier")
    }

    @Test func configFileErrors() throws {
        let cases: [(String, String)] = [
            ("{\"columns\": {\"survey\": {}}}", "\"columns\" has a member \"survey\"; expected \"customers\", \"nps\" or \"engagement\""),
            ("{\"columns\": {\"nps\": {\"score\": 3}}}", "expected \"columns\".\"nps\" to map column names to export column names (strings)"),
            ("[1]", "expected a JSON object at the top level"),
            ("{\"columns\": ", "expected JSON, found text that does not parse"),
        ]
        for (text, reason) in cases {
            let path = TestFiles.write(text, name: "churncast.json")
            let error = thrownError { _ = try ColumnMapping.load(configPath: path) } as? IngestError
            #expect(error == .invalidMapping(source: path, reason: reason))
            #expect(error?.exitCode == .dataError)
        }
        #expect(thrownError { _ = try ColumnMapping.load(configPath: "/nonexistent/churncast.json") } as? FileError
                == .missing(path: "/nonexistent/churncast.json"))
        #expect(try ColumnMapping.load(configPath: TestFiles.write("{}", name: "c.json")) == .identity)
        // A key that is no setting is an error naming it and the known keys (ConfigFileKeys).
        let unknown = thrownError { _ = try ColumnMapping.load(configPath: TestFiles.write("{\"colums\": {}}", name: "u.json")) }
        #expect("\(unknown!)".contains("unknown key \"colums\" (known keys: \"columns\""))
    }

    @Test func commandLineOverridesConfigAndCodableRoundTrips() throws {
        let file = ColumnMapping([.nps: ["score": "Score", "date": "When"]])
        let merged = file.merging(try ColumnMapping.parse(commandLine: "nps.score=Rating"))
        #expect(merged.columns[.nps] == ["score": "Rating", "date": "When"])
        let data = try JSONEncoder().encode(merged)
        #expect(try JSONDecoder().decode(ColumnMapping.self, from: data) == merged)
    }
}
