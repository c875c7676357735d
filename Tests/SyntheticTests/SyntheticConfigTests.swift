import Foundation
import Ingest
import Support
import Testing
@testable import Synthetic

@Suite struct SyntheticConfigTests {
    @Test func defaultsAreValid() throws {
        try SyntheticConfig(customers: 10, seed: 1).validate()
        try PlantedModel.standard.validate()
    }

    @Test func rejectsOutOfRangeValuesNamingThem() {
        func field(_ c: SyntheticConfig) -> String? {
            do { try c.validate(); return nil } catch let e as SyntheticError {
                if case let .invalidConfig(f, _, _) = e { return f }
                return nil
            } catch { return nil }
        }
        #expect(field(SyntheticConfig(customers: 0, seed: 1)) == "customers")
        #expect(field(SyntheticConfig(customers: 5, seed: 1, start: Day(year: 2026, month: 1, day: 1)!,
                                      end: Day(year: 2025, month: 1, day: 1)!)) == "end")
        #expect(field(SyntheticConfig(customers: 5, seed: 1, responseRate: 0)) == "responseRate")
        #expect(field(SyntheticConfig(customers: 5, seed: 1, badRows: 6)) == "badRows")
        var model = PlantedModel.standard
        model.satisfaction.persistence = 1
        #expect(field(SyntheticConfig(customers: 5, seed: 1, model: model)) == "model.satisfaction.persistence")
        let shock = SatisfactionShock(segment: .plan, level: "gold", date: Day(year: 2025, month: 6, day: 30)!, size: -1)
        #expect(field(SyntheticConfig(customers: 5, seed: 1, shock: shock)) == "shock.plan")
        let late = SatisfactionShock(segment: .plan, level: "basic", date: Day(year: 2030, month: 1, day: 1)!, size: -1)
        #expect(field(SyntheticConfig(customers: 5, seed: 1, shock: late)) == "shock.date")
    }

    @Test func errorMessageSaysExpectedAndFound() {
        let e = SyntheticError.invalidConfig(field: "customers", expected: "1 to 50000000", found: "0")
        #expect(e.description == "customers: expected 1 to 50000000, found 0")
        #expect(e.exitCode == .usage)
    }

    @Test func parsesShockSpecification() throws {
        let s = try SatisfactionShock(parsing: "plan=basic,date=2025-06-30,size=-1.0")
        #expect(s == SatisfactionShock(segment: .plan, level: "basic", date: Day(year: 2025, month: 6, day: 30)!, size: -1))
        let r = try SatisfactionShock(parsing: "region=eu, size=0.5, date=2026-01-15")
        #expect(r.segment == .region && r.level == "eu" && r.size == 0.5)
        // Errors are about the `shock` parameter, which the command line names by its flag (`--shock`).
        #expect(throws: InvalidParameter(.shock, value: "2025-02-30", expected: "a date YYYY-MM-DD after date=")) {
            try SatisfactionShock(parsing: "plan=basic,date=2025-02-30,size=1")
        }
        #expect(throws: InvalidParameter.self) { try SatisfactionShock(parsing: "plan=basic,size=1") }
        #expect(throws: InvalidParameter.self) { try SatisfactionShock(parsing: "tier=gold,date=2025-01-01,size=1") }
    }

    /// Dates are written as YYYY-MM-DD and a 64-bit seed survives the JSON round trip exactly.
    @Test func codableRoundTrip() throws {
        let config = SyntheticConfig(customers: 12, seed: UInt64.max - 12345, messy: true, badRows: 3,
                                     shock: try SatisfactionShock(parsing: "region=uk,date=2025-03-01,size=0.7"))
        let data = try JSONEncoder().encode(config)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"start\":\"2024-10-01\""))
        #expect(try JSONDecoder().decode(SyntheticConfig.self, from: data) == config)
    }

    @Test func calendarWeeksAndQuarters() {
        let c = SyntheticCalendar(start: Day(year: 2024, month: 10, day: 1)!, end: Day(year: 2026, month: 9, day: 30)!)
        #expect(c.dayCount == 730)
        #expect(c.weekCount == 105)  // 729 / 7 + 1
        #expect(c.week(of: c.start.adding(days: -1)) == -1)
        #expect(c.week(of: c.start.adding(days: -7)) == -1)
        #expect(c.week(of: c.start.adding(days: -8)) == -2)
        #expect(c.week(of: c.start.adding(days: 13)) == 1)
        #expect(c.quarters.map(\.label) == ["2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3"])
        #expect(c.quarters[1].start.description == "2025-01-01" && c.quarters[1].end.description == "2025-03-31")
    }

    @Test func customerIDsRoundTrip() {
        #expect(CustomerID.text(0, width: 6) == "C000001")
        #expect(CustomerID.text(999_999, width: CustomerID.width(customers: 1_000_000)) == "C1000000")
        #expect(CustomerID.index(of: "C000123") == 122)
        #expect(CustomerID.index(of: "X000123") == nil)
        #expect(CustomerID.index(of: "C0") == nil)
    }
}
