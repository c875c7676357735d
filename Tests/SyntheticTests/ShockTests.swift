import Foundation
import Ingest
import Testing
@testable import Synthetic

/// `--shock plan=basic,date=2025-06-30,size=-1.0`: the basic plan's satisfaction drops by exactly 1 from the first
/// week starting on or after the date, everyone else is untouched, and the drop shows in the basic plan's NPS.
@Suite struct ShockTests {
    static let shockDate = Day.parse("2025-06-30")!
    static let plain = SyntheticConfig(customers: 1_500, seed: 21)
    static let shocked: SyntheticConfig = {
        var c = plain
        c.shock = SatisfactionShock(segment: .plan, level: "basic", date: shockDate, size: -1.0)
        return c
    }()

    @Test func shiftsOnlyTheSegmentFromTheDate() throws {
        let a = try GroundTruth(config: Self.plain), b = try GroundTruth(config: Self.shocked)
        // The calendar's weeks start on 2024-10-01 (a Tuesday); the first week starting on or after 2025-06-30
        // starts on 2025-07-01.
        let before = Day.parse("2025-06-30")!, after = Day.parse("2025-07-01")!
        var basic = 0
        for i in 0..<300 {
            let c = a.customer(i)
            #expect(c.profile == b.customer(i).profile)
            guard let sa = a.latentState(customer: i, at: before), let sb = b.latentState(customer: i, at: before),
                  let ta = a.latentState(customer: i, at: after), let tb = b.latentState(customer: i, at: after) else { continue }
            #expect(sa.satisfaction == sb.satisfaction)
            let drop = tb.satisfaction - ta.satisfaction
            if c.plan == "basic" {
                basic += 1
                #expect(abs(drop + 1) < 1e-12)
            } else {
                #expect(drop == 0)
            }
        }
        #expect(basic > 50)
    }

    /// Basic-plan NPS falls by more than 20 points after the shock (the planted slope 2 moves the mean score
    /// by 2), while the other plans' responses are identical with and without the shock.
    @Test func showsInNPS() throws {
        let a = try generate(Self.plain, name: "noshock"), b = try generate(Self.shocked, name: "shock")
        let sa = try #require(try GroundTruth.load(from: a).summary), sb = try #require(try GroundTruth.load(from: b).summary)
        #expect(sa.plans[0].nps! - sb.plans[0].nps! > 10)
        #expect(sa.plans[1] == sb.plans[1] && sa.plans[2] == sb.plans[2])
        func basicNPS(_ dir: String, after: Bool) throws -> Double {
            let customers = try readExport(dir, ExportLayout.customersFile).rows
            let plan = Dictionary(uniqueKeysWithValues: customers.map { ($0["customer_id"]!, $0["plan"]!) })
            let scores = try readExport(dir, ExportLayout.npsFile).rows.filter {
                plan[$0["customer_id"]!] == "basic" && (day($0["date"]!)! >= Day.parse("2025-10-01")!) == after
                    && day($0["date"]!)! >= Day.parse("2025-01-01")!
            }.map { Int($0["score"]!)! }
            return 100 * Double(scores.filter { $0 >= 9 }.count - scores.filter { $0 <= 6 }.count) / Double(scores.count)
        }
        let drop = try basicNPS(b, after: false) - basicNPS(b, after: true)
        let plainDrop = try basicNPS(a, after: false) - basicNPS(a, after: true)
        #expect(drop - plainDrop > 20, "shocked drop \(drop), plain drop \(plainDrop)")
    }
}
