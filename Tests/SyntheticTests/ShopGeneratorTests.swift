import Foundation
import Testing
import Ingest
import Support
@testable import Synthetic

/// The shop generator: deterministic bytes, the exports' shape, and a planted truth that agrees with the orders
/// written (checked through the CSV files, read by the tests' own parser).
@Suite struct ShopGeneratorTests {
    /// 1,200 customers over one year in chunks of 128, so one and two threads split the work differently.
    static let config = ShopConfig(customers: 1_200, seed: 7, start: Day(year: 2025, month: 10, day: 1)!,
                                   end: SyntheticConfig.defaultEnd)

    static func generateShop(_ config: ShopConfig, threads: Int = 2, chunkSize: Int = 128,
                             name: String = "shop") throws -> String {
        let dir = temporaryDirectory(name)
        var generator = try ShopGenerator(config)
        generator.chunkSize = chunkSize
        try generator.write(to: dir, threads: threads)
        return dir
    }

    @Test func sameSeedGivesByteIdenticalFiles() throws {
        let a = try Self.generateShop(Self.config, threads: 1, name: "shop-a")
        let b = try Self.generateShop(Self.config, threads: 2, name: "shop-b")
        for file in ShopGenerator.files(Self.config) {
            let x = try bytes(a + "/" + file), y = try bytes(b + "/" + file)
            #expect(!x.isEmpty)
            #expect(x == y, "\(file) differs")
        }
        var other = Self.config
        other.seed = 8
        let c = try Self.generateShop(other, name: "shop-c")
        for file in [ExportLayout.customersFile, ShopGenerator.ordersFile, ExportLayout.npsFile] {
            #expect(try bytes(a + "/" + file) != bytes(c + "/" + file), "\(file) is the same for two seeds")
        }
    }

    /// The survey share changes the responses, never the orders (each has its own random stream).
    @Test func surveyShareDoesNotChangeOrders() throws {
        var silent = Self.config
        silent.surveyShare = 0
        silent.signupDates = false
        let a = try Self.generateShop(Self.config, name: "shop-survey")
        let b = try Self.generateShop(silent, name: "shop-silent")
        #expect(try bytes(a + "/orders.csv") == bytes(b + "/orders.csv"))
        #expect(!FileManager.default.fileExists(atPath: b + "/nps_responses.csv"))
        #expect(ShopGenerator.files(silent) == ["customers.csv", "orders.csv", "shop_truth.csv", "shop_truth.json"])
        #expect(try readExport(b, "customers.csv").csv.header == ["customer_id", "segment", "acquisition", "country"])
    }

    /// SPEC §1 for a shop: no churn_date, one row per customer and day, revenue with two decimals, every order
    /// row's customer in customers.csv, scores 0–10 after an order of the same customer.
    @Test func exportsHaveTheShopLayout() throws {
        let dir = try Self.generateShop(Self.config, name: "shop-layout")
        let customers = try readExport(dir, "customers.csv")
        #expect(customers.csv.header == ["customer_id", "signup_date", "segment", "acquisition", "country"])
        #expect(customers.rows.count == Self.config.customers)
        let signup = Dictionary(uniqueKeysWithValues: customers.rows.map { ($0["customer_id"]!, day($0["signup_date"]!)!) })
        let orders = try readExport(dir, "orders.csv")
        #expect(orders.csv.header == ["customer_id", "date", "orders", "units", "revenue"])
        var seen = Set<String>(), firstOrder: [String: Day] = [:]
        for r in orders.rows {
            let id = r["customer_id"]!, d = day(r["date"]!)!
            #expect(seen.insert(id + r["date"]!).inserted, "two rows for \(id) on \(d)")
            firstOrder[id] = min(firstOrder[id] ?? d, d)
            let n = Int(r["orders"]!)!, units = Int(r["units"]!)!, revenue = r["revenue"]!
            #expect(n >= 1 && units >= n)
            #expect(revenue.split(separator: ".").last?.count == 2 && Double(revenue)! >= Double(n))
            #expect(d >= Self.config.start && d <= Self.config.end)
        }
        #expect(firstOrder == signup, "the first order is the signup day of every customer")
        let nps = try readExport(dir, "nps_responses.csv")
        #expect(nps.csv.header == ["customer_id", "date", "score", "comment"])
        #expect(nps.rows.count > 100)
        for r in nps.rows {
            #expect((0...10).contains(Int(r["score"]!)!))
            #expect(day(r["date"]!)! > signup[r["customer_id"]!]!)
        }
    }

    /// A customer with an order after T was alive at T; one not alive at T never orders again; the replayed
    /// truth equals the written one, and shop_truth.json loads back.
    @Test func truthAgreesWithTheOrders() throws {
        let dir = try Self.generateShop(Self.config, name: "shop-truth")
        let truth = try readExport(dir, "shop_truth.csv")
        let orders = try readExport(dir, "orders.csv").rows
        var lastOrder: [String: Day] = [:]
        var orderDays: [String: [Day]] = [:]
        for r in orders {
            let d = day(r["date"]!)!
            lastOrder[r["customer_id"]!] = max(lastOrder[r["customer_id"]!] ?? d, d)
            orderDays[r["customer_id"]!, default: []].append(d)
        }
        let ends = ShopSimulator.quarterEnds(start: Self.config.start, end: Self.config.end)
        #expect(ends.map(\.label) == ["2025Q4", "2026Q1", "2026Q2", "2026Q3"])
        var checked = 0
        for row in truth.rows {
            let id = row["customer_id"]!
            if let inactive = row["inactive_day"].flatMap(day) {
                #expect(lastOrder[id]! <= inactive, "\(id) ordered after becoming inactive")
            }
            for q in ends {
                let alive = row["alive_\(q.label)"] == "1"
                let days = orderDays[id]!
                if days.contains(where: { $0 <= q.end }) && days.contains(where: { $0 > q.end }) {
                    #expect(alive, "\(id) ordered after \(q.end) but was not alive then")
                    checked += 1
                }
                if !alive, let p = row["p_no_order_\(q.label)"], !p.isEmpty {
                    #expect(p == "1" && row["expected_orders_\(q.label)"] == "0")
                }
            }
        }
        #expect(checked > 500)
        let loaded = try ShopGroundTruth.load(from: dir)
        #expect(loaded.config == Self.config)
        for i in [0, 1, 599, 1_199] {
            let c = loaded.customer(i), row = truth.rows[i]
            #expect(row["first_order"].flatMap(day) == c.profile.firstOrder)
            #expect(row["inactive_day"].flatMap(day) == c.inactiveDay)
            #expect(orderDays[row["customer_id"]!]!.count <= c.orders)
        }
    }

    @Test func refusesBadConfigurationAndExistingFiles() throws {
        var bad = Self.config
        bad.surveyShare = 1.5
        #expect(throws: SyntheticError.invalidConfig(field: "surveyShare", expected: "0 to 1", found: "1.5")) {
            try ShopGenerator(bad)
        }
        bad = Self.config
        bad.model.monthFactors = [1, 2]
        #expect(throws: SyntheticError.self) { try ShopGenerator(bad) }
        let dir = try Self.generateShop(ShopConfig(customers: 10, seed: 1), name: "shop-force")
        let err = #expect(throws: FileError.self) { try ShopGenerator.write(ShopConfig(customers: 12, seed: 2), to: dir) }
        #expect(err?.exitCode == .cannotCreate)
        try ShopGenerator.write(ShopConfig(customers: 12, seed: 2), to: dir, overwrite: true)
        #expect(try readExport(dir, "customers.csv").rows.count == 12)
    }

    @Test func configRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(Self.config)
        #expect(try JSONDecoder().decode(ShopConfig.self, from: data) == Self.config)
        let minimal = #"{"customers": 5, "seed": 3, "start": "2025-01-01", "end": "2025-12-31"}"#
        let decoded = try JSONDecoder().decode(ShopConfig.self, from: Data(minimal.utf8))
        #expect(decoded == ShopConfig(customers: 5, seed: 3, start: Day(year: 2025, month: 1, day: 1)!,
                                      end: Day(year: 2025, month: 12, day: 31)!))
    }
}

/// The fixed-decimal writer of the truth table, against hand-written expectations.
@Suite struct ShopFormattingTests {
    @Test func fixedDecimals() {
        func text(_ v: Double, _ digits: Int) -> String {
            var b = ExportBuffer(crlf: false)
            b.fixed(v, digits: digits)
            return String(decoding: b.bytes, as: UTF8.self)
        }
        #expect(text(0.07149, 4) == "0.0715")
        #expect(text(1, 6) == "1.000000")
        #expect(text(0.0000004, 6) == "0.000000")
        #expect(text(12.5, 0) == "13")
        #expect(text(3.14159, 2) == "3.14")
    }

    @Test func summaryTableNamesEveryFile() throws {
        let dir = temporaryDirectory("shop-table")
        let config = ShopConfig(customers: 50, seed: 3)
        let summary = try ShopGenerator.write(config, to: dir)
        let table = summary.table(directory: dir, config: config)
        for file in ShopGenerator.files(config) { #expect(table.contains(file)) }
        #expect(table.contains("2026Q1"))
    }
}
