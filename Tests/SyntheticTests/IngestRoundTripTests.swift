import Foundation
import Ingest
import Testing
@testable import Synthetic

/// The project's reader (Ingest's ExportLoader) on generated exports: messy exports load to the same data as
/// clean ones, and with `--bad-rows` the rejects are exactly the planted rows, with rows read = used + rejected.
@Suite struct IngestRoundTripTests {
    static let clean = SyntheticConfig(customers: 800, seed: 12, start: SyntheticConfig.defaultEnd.adding(days: -240),
                                       end: SyntheticConfig.defaultEnd)

    static func engagementTotals(_ exports: LoadedExports) throws -> [String: [Int32]] {
        var sums: [String: [Int32]] = [:]
        try exports.engagement.forEachRow { r in
            let key = "\(exports.customers.ids[Int(r.customer)])|\(r.day)"
            sums[key] = zip(sums[key] ?? [0, 0, 0, 0], [r.likes, r.shares, r.comments, r.dms]).map { $0 + $1 }
        }
        return sums
    }

    @Test func messyExportsLoadToTheSameData() throws {
        var messy = Self.clean
        messy.messy = true
        let a = try ExportLoader().load(ExportPaths(dataDirectory: try generate(Self.clean, name: "ingest-clean")))
        let b = try ExportLoader().load(ExportPaths(dataDirectory: try generate(messy, name: "ingest-messy")))
        #expect(a.customers.ids == b.customers.ids)
        #expect(a.customers.signup == b.customers.signup)
        #expect(a.customers.churn == b.customers.churn)
        #expect(a.customers.numericAttributes.map(\.values) == b.customers.numericAttributes.map(\.values))
        #expect(a.customers.categoricalAttributes.map(\.name).sorted() == ["plan", "region"])
        for name in ["plan", "region"] {
            #expect(a.customers.categoricalAttributes.first { $0.name == name }?.values
                    == b.customers.categoricalAttributes.first { $0.name == name }?.values)
        }
        func key(_ r: NPSResponse) -> String { "\(r.customer)|\(r.day)|\(r.score)" }
        #expect(a.nps.map(key).sorted() == b.nps.map(key).sorted())
        #expect(try Self.engagementTotals(a) == Self.engagementTotals(b))
    }

    @Test(arguments: [false, true])
    func rejectsAreExactlyThePlantedRows(messy: Bool) throws {
        var config = Self.clean
        config.messy = messy
        config.badRows = 12
        let dir = try generate(config, name: "ingest-bad")
        let rejectsPath = dir + "/rejects.csv"
        let exports = try ExportLoader(policy: .skip(rejectsPath: rejectsPath)).load(ExportPaths(dataDirectory: dir))
        let accounting = try exports.completeAccounting()
        let truth = try GroundTruth.load(from: dir)
        #expect(accounting.allSatisfy { $0.isBalanced })
        #expect(accounting.map(\.rejected) == [0, 6, 6], "\(accounting)")
        #expect(accounting[1].used == truth.summary!.rows.npsResponses)
        #expect(accounting[2].used == truth.summary!.rows.engagement)
        let rejects = ParsedCSV(try bytes(rejectsPath))
        let found = Set(rejects.records.map { r in
            "\(URL(fileURLWithPath: r.fields[rejects.column("source_file")]).lastPathComponent):\(r.fields[rejects.column("line")])"
        })
        #expect(found == Set(truth.badRows.map { "\($0.file):\($0.line)" }))
    }
}
