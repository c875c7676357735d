import Foundation
import Ingest
import Testing
@testable import Synthetic

/// `--bad-rows N` plants exactly N invalid rows and lists each with its file, line and raw text: an independent
/// validation of every row (written here) finds exactly the listed rows and nothing else.
@Suite struct BadRowTests {
    /// The invalid rows of an export found by checking each rule of SPEC sections 1 and 6.
    static func invalidRows(_ dir: String, _ file: String, known: Set<String>) throws -> [Int: PlantedBadRow.Kind] {
        var out: [Int: PlantedBadRow.Kind] = [:]
        let (csv, rows) = try readExport(dir, file)
        for (record, r) in zip(csv.records, rows) {
            let text = r["date"]!
            if day(text) == nil { out[record.line] = .impossibleDate; continue }
            if !known.contains(r["customer_id"]!) { out[record.line] = .unknownCustomer; continue }
            if file == ExportLayout.npsFile {
                guard let s = Int(r["score"]!), (0...10).contains(s) else { out[record.line] = .scoreOutOfRange; continue }
            } else if !["likes", "shares", "comments", "dms"].allSatisfy({ Int(r[$0]!).map { $0 >= 0 } ?? false }) {
                out[record.line] = .negativeCount
            }
        }
        return out
    }

    @Test(arguments: [false, true])
    func listsExactlyThePlantedRows(messy: Bool) throws {
        let config = SyntheticConfig(customers: 800, seed: 5, start: SyntheticConfig.defaultEnd.adding(days: -200),
                                     end: SyntheticConfig.defaultEnd, messy: messy, badRows: 14)
        let dir = try generate(config, name: "bad")
        let truth = try GroundTruth.load(from: dir)
        #expect(truth.badRows.count == 14)
        #expect(truth.summary?.badRows == 14)
        let known = Set(try readExport(dir, ExportLayout.customersFile).rows.map { $0["customer_id"]! })
        for file in [ExportLayout.npsFile, ExportLayout.engagementFile] {
            let found = try Self.invalidRows(dir, file, known: known)
            let listed = truth.badRows.filter { $0.file == file }
            #expect(found == Dictionary(uniqueKeysWithValues: listed.map { ($0.line, $0.kind) }), "\(file)")
            // The raw text is what the file holds on that line.
            let lines = try bytes(dir + "/" + file).split(separator: 10, omittingEmptySubsequences: false)
            for row in listed {
                try #require(row.line <= lines.count)
                var line = Array(lines[row.line - 1])
                if line.last == 13 { line.removeLast() }
                #expect(String(decoding: line, as: UTF8.self) == row.raw)
            }
            // Valid rows are what the summary counts.
            let total = try readExport(dir, file).rows.count
            let valid = file == ExportLayout.npsFile ? truth.summary!.rows.npsResponses : truth.summary!.rows.engagement
            #expect(total == valid + listed.count)
        }
        #expect(Set(truth.badRows.map(\.kind)) == Set(PlantedBadRow.Kind.allCases))
    }

    /// Planting bad rows leaves every valid row as it was.
    @Test func validRowsUnchanged() throws {
        let base = SyntheticConfig(customers: 300, seed: 8, start: SyntheticConfig.defaultEnd.adding(days: -120),
                                   end: SyntheticConfig.defaultEnd)
        var withBad = base
        withBad.badRows = 6
        let a = try generate(base, name: "nobad"), b = try generate(withBad, name: "withbad")
        let truth = try GroundTruth.load(from: b)
        for file in [ExportLayout.npsFile, ExportLayout.engagementFile] {
            let planted = Set(truth.badRows.filter { $0.file == file }.map(\.raw))
            let left = try ParsedCSV(bytes(a + "/" + file)).records.map { $0.fields.joined(separator: ",") }
            let right = try ParsedCSV(bytes(b + "/" + file)).records.map { $0.fields.joined(separator: ",") }
                .filter { !planted.contains($0) }
            #expect(left == right)
        }
        #expect(try bytes(a + "/customers.csv") == bytes(b + "/customers.csv"))
    }
}
