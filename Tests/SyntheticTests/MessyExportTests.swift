import Foundation
import Ingest
import Testing
@testable import Synthetic

/// `--messy` writes every listed quirk, and the messy exports hold exactly the same data as the clean ones.
@Suite struct MessyExportTests {
    static let clean = SyntheticConfig(customers: 1_000, seed: 31, start: SyntheticConfig.defaultEnd.adding(days: -364),
                                       end: SyntheticConfig.defaultEnd)
    static let messyConfig: SyntheticConfig = { var c = clean; c.messy = true; return c }()
    static let cleanDir: String = try! generate(clean, name: "clean")
    static let messyDir: String = try! generate(messyConfig, name: "messy")

    @Test func everyFileHasBOMAndCRLFAndNoFinalNewline() throws {
        for file in [ExportLayout.customersFile, ExportLayout.npsFile, ExportLayout.engagementFile] {
            let b = try bytes(Self.messyDir + "/" + file)
            #expect(Array(b.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file) has no BOM")
            #expect(b.last != 10, "\(file) ends with a line break")
            // Every record ends in CR LF: count the line breaks outside quotes and those after a CR.
            var inQuotes = false, breaks = 0, crlf = 0
            for (i, c) in b.enumerated() {
                if c == UInt8(ascii: "\"") { inQuotes.toggle() }
                if c == 10 && !inQuotes { breaks += 1; if i > 0 && b[i - 1] == 13 { crlf += 1 } }
            }
            #expect(breaks > 0 && breaks == crlf, "\(file): \(crlf) of \(breaks) record ends are CR LF")
        }
        let cleanBytes = try bytes(Self.cleanDir + "/customers.csv")
        #expect(!cleanBytes.contains(13) && cleanBytes.last == 10 && cleanBytes.first == UInt8(ascii: "c"))
    }

    @Test func columnsInAnotherOrderWithExtraColumns() throws {
        #expect(try readExport(Self.messyDir, ExportLayout.customersFile).csv.header
            == ["region", "monthly_fee", "churn_date", "customer_id", "signup_date", "plan"])
        #expect(try readExport(Self.messyDir, ExportLayout.npsFile).csv.header
            == ["date", "score", "channel", "customer_id", "comment"])
        #expect(try readExport(Self.messyDir, ExportLayout.engagementFile).csv.header
            == ["date", "customer_id", "platform", "dms", "comments", "shares", "likes"])
        let raw = String(decoding: try bytes(Self.messyDir + "/customers.csv"), as: UTF8.self)
        #expect(raw.contains(",\"C000001\","), "ids are quoted")
    }

    /// Dates are timestamps like 2025-11-03T17:42:09+05:30 with several offsets (and Z).
    @Test func datesAreISOTimestampsWithOffsets() throws {
        var offsets = Set<String>()
        for (file, column) in [(ExportLayout.npsFile, "date"), (ExportLayout.engagementFile, "date"),
                               (ExportLayout.customersFile, "signup_date")] {
            for r in try readExport(Self.messyDir, file).rows {
                let v = Array(r[column]!.utf8)
                #expect(v.count == 20 || v.count == 25, "\(file) \(column): \(r[column]!)")
                #expect(v[10] == UInt8(ascii: "T") && v[13] == UInt8(ascii: ":") && v[16] == UInt8(ascii: ":"))
                #expect(day(r[column]!) != nil)
                offsets.insert(String(decoding: v[19...], as: UTF8.self))
            }
        }
        #expect(offsets.contains("Z") && offsets.contains("+05:30") && offsets.contains("-08:00"))
        #expect(offsets.allSatisfy { $0 == "Z" || ($0.count == 6 && ($0.first == "+" || $0.first == "-")) })
    }

    @Test func commentsNeedQuoting() throws {
        let comments = try readExport(Self.cleanDir, ExportLayout.npsFile).rows.map { $0["comment"]! }
        #expect(comments.contains { $0.contains(",") })
        #expect(comments.contains { $0.contains("\"") })
        #expect(comments.contains { $0.contains("\n") })
        #expect(comments.contains { $0.unicodeScalars.contains { $0.value > 127 } })
    }

    @Test func sameCustomersAndResponses() throws {
        func customers(_ dir: String) throws -> [String: [String]] {
            var out: [String: [String]] = [:]
            for r in try readExport(dir, ExportLayout.customersFile).rows {
                out[r["customer_id"]!] = [day(r["signup_date"]!)!.description, r["churn_date"]!.isEmpty ? "" : day(r["churn_date"]!)!.description,
                                          r["plan"]!, r["monthly_fee"]!, r["region"]!]
            }
            return out
        }
        #expect(try customers(Self.cleanDir) == customers(Self.messyDir))
        func responses(_ dir: String) throws -> [String] {
            try readExport(dir, ExportLayout.npsFile).rows.map {
                [$0["customer_id"]!, day($0["date"]!)!.description, $0["score"]!, $0["comment"]!].joined(separator: "|")
            }.sorted()
        }
        let a = try responses(Self.cleanDir)
        #expect(a.count > 500)
        #expect(a == (try responses(Self.messyDir)))
    }

    /// Split rows: some customer-days appear twice in the messy file, and the counts per customer-day add up to
    /// the clean file's.
    @Test func engagementAddsUp() throws {
        func totals(_ dir: String) throws -> (sums: [String: [Int]], rows: Int) {
            var out: [String: [Int]] = [:]
            let rows = try readExport(dir, ExportLayout.engagementFile).rows
            for r in rows {
                let key = r["customer_id"]! + "|" + day(r["date"]!)!.description
                let v = ["likes", "shares", "comments", "dms"].map { Int(r[$0]!)! }
                out[key] = zip(out[key] ?? [0, 0, 0, 0], v).map { $0 + $1 }
            }
            return (out, rows.count)
        }
        let c = try totals(Self.cleanDir), m = try totals(Self.messyDir)
        #expect(c.sums == m.sums)
        #expect(c.rows == c.sums.count, "the clean file has one row per customer-day")
        #expect(m.rows > m.sums.count, "the messy file splits some customer-days")
    }

    @Test func quirksAreListedInGroundTruth() throws {
        let truth = try GroundTruth.load(from: Self.messyDir)
        #expect(truth.quirks == ExportLayout.cleanQuirks + ExportLayout.messyQuirks)
        #expect(try GroundTruth.load(from: Self.cleanDir).quirks == ExportLayout.cleanQuirks)
    }
}
