import Testing
@testable import Ingest

/// SPEC section 1: no result may depend on the order of rows. The same rows shuffled give the same customers,
/// responses and engagement (compared as multisets keyed by customer id), the same accounting and the same rejected
/// rows — including duplicates and rows of rejected customers under `.skip`.
@Suite struct RowOrderTests {
    struct Base {
        var customers: [String] = []
        var nps: [String] = []
        var engagement: [String] = []
    }

    /// Random rows, about one in ten bad (bad dates, scores, counts, unknown or duplicate ids).
    static func randomBase(seed: UInt64) -> Base {
        var g = SplitMix(seed: seed)
        func pick<T>(_ xs: [T]) -> T { xs[Int(g.next() % UInt64(xs.count))] }
        var b = Base()
        for i in 0..<60 {
            let id = g.next() % 10 == 0 ? "C\(i / 2)" : "C\(i)"  // some duplicates
            let signup = pick(["2024-01-05", "2024-02-10", "2024-02-30", "2024-03-01T10:00:00Z"])
            let churn = pick(["", "", "2024-06-01", "2023-01-01"])
            let plan = pick(["pro", "basic", "", "\"team, big\""])
            b.customers.append("\(id),\(signup),\(churn),\(plan),\(pick(["1", "2.5", ""]))")
        }
        for _ in 0..<150 {
            let id = "C\(g.next() % 70)"
            b.nps.append("\(id),\(pick(["2024-04-01", "2024-05-02T09:00:00-07:00", "2024-13-01"])),"
                + "\(pick(["0", "7", "10", "11", "x"])),\(pick(["", "\"ok, \"\"fine\"\"\""]))")
        }
        for _ in 0..<300 {
            let id = "C\(g.next() % 70)"
            b.engagement.append("\(id),\(pick(["2024-04-01", "2024-04-02", "2024-02-30"])),\(pick(["0", "3", "-1"])),"
                + "\(g.next() % 5),\(pick(["1", "2", "1.5"])),\(g.next() % 3)")
        }
        return b
    }

    struct Loaded: Equatable {
        var customers: [String: String]
        var nps: [String: Int]
        var engagement: [String: Int]
        var accounting: [[Int]]
        var rejectedRaw: [String: Int]
    }

    static func load(_ b: Base) throws -> Loaded {
        let paths = writeExports(
            customers: (["customer_id,signup_date,churn_date,plan,seats"] + b.customers).joined(separator: "\n"),
            nps: (["customer_id,date,score,comment"] + b.nps).joined(separator: "\n"),
            engagement: (["customer_id,date,likes,shares,comments,dms"] + b.engagement).joined(separator: "\n"))
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        let e = try ExportLoader(policy: .skip(rejectsPath: rejectsPath)).load(paths)
        let c = e.customers
        var customers: [String: String] = [:]
        for i in 0..<c.count {
            customers[c.ids[i]] = "\(c.signup[i]) \(String(describing: c.churn[i])) "
                + c.numericAttributes.map { "\($0.name)=\($0.values[i])" }.joined(separator: " ")
                + c.categoricalAttributes.map { "\($0.name)=\($0.values[i])" }.joined(separator: " ")
        }
        var nps: [String: Int] = [:]
        for r in e.nps { nps["\(c.ids[Int(r.customer)]) \(r.day) \(r.score)", default: 0] += 1 }
        var engagement: [String: Int] = [:]
        try e.engagement.forEachRow { r in
            engagement["\(c.ids[Int(r.customer)]) \(r.day) \(r.likes) \(r.shares) \(r.comments) \(r.dms)", default: 0] += 1
        }
        var raw: [String: Int] = [:]
        for row in try CSVTable.read(path: rejectsPath).rows { raw[row[3], default: 0] += 1 }
        return Loaded(customers: customers, nps: nps, engagement: engagement,
                      accounting: e.accounting.map { [$0.read, $0.used, $0.rejected] }, rejectedRaw: raw)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func shuffledRowsGiveTheSameResult(seed: UInt64) throws {
        let base = Self.randomBase(seed: seed)
        var g = SplitMix(seed: seed &+ 100)
        var shuffled = base
        shuffled.customers.shuffle(using: &g)
        shuffled.nps.shuffle(using: &g)
        shuffled.engagement.shuffle(using: &g)
        let a = try Self.load(base), b = try Self.load(shuffled)
        #expect(a == b)
        // The data must exercise both outcomes, or the comparison proves little.
        #expect(a.accounting.allSatisfy { $0[1] > 0 && $0[2] > 0 && $0[0] == $0[1] + $0[2] })
    }
}
