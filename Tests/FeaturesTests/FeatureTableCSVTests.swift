import Testing
import Foundation
import Features
import Ingest
import Support
import TestSupport

@Suite struct FeatureTableCSVTests {
    @Test func writesHeaderRowsAndEmptyNextScore() throws {
        let table = try SnapshotBuilder(Fixture.config).build(
            customers: Fixture.customers, nps: Fixture.nps, engagement: InMemoryEngagement(Fixture.engagement))
        let dir = TemporaryDirectory.shared.folder("cc-features")
        let path = dir + "/features.csv"
        try table.writeCSV(to: path)

        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 6 && lines[5] == "")  // header, 4 rows, final newline
        #expect(lines[0] == (["customer_id", "as_of"] + Fixture.expectedNames + ["churned", "next_score"])
            .joined(separator: ","))
        // A: the hand-computed features (the shrunk ones within an ulp or two of 23637/3265, 5748/1835, 19347/3265 and
        // 730/366), then churned 0 and next score 3; B: no next score.
        #expect(lines[1] == "A,2024-06-30,366,2,9,7.5,76,2.967032967032967,3,1,0,0,7.239509954058192,3.1324250681198906,5.925574272588055,1.994535519125683,1,0.5,6,1,0,0,6,1,4,0,0.5555555555555556,0,0,10,0,0,0,3")
        #expect(lines[2] == "B,2024-06-30,181,0,0,0,730,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,365,1,4,1,1,0,")
        // Every value reads back to the table's Double exactly.
        for (r, line) in lines[1...4].enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[0] == Substring(Fixture.customers.ids[Int(table.customerIndex[r])]))
            for j in 0..<table.featureCount { #expect(Double(fields[2 + j]) == table.value(row: r, feature: j)) }
            #expect(fields.last! == (table.nextScore[r].isNaN ? "" : Substring(String(Int(table.nextScore[r])))))
        }
    }

    @Test func refusesToReplaceWithoutOverwrite() throws {
        let table = try SnapshotBuilder(Fixture.config).build(
            customers: Fixture.customers, nps: [], engagement: InMemoryEngagement([]))
        let path = TemporaryDirectory.shared.folder("cc-features") + "/features.csv"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: FileError.self) { try table.writeCSV(to: path, overwrite: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    }
}
