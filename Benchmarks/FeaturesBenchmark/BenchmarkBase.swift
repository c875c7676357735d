import Ingest
import Support

/// A generated customer base of the benchmark's size, held in memory: customers who sign up over 2022–2024,
/// a third of whom churn, with engagement on random days while active and a few NPS responses each.
struct BenchmarkBase {
    var customers: CustomerTable
    var nps: [NPSResponse]
    var engagement: [EngagementRow]

    /// `engagementPerCustomer` is the mean number of engagement rows per customer.
    init(customers count: Int, engagementPerCustomer: Int, seed: UInt64) {
        var g = SplitMix64(seed: seed)
        let firstSignup = Day(year: 2022, month: 1, day: 1)!.index
        let historyStart = Day(year: 2023, month: 1, day: 1)!.index
        let end = Day(year: 2024, month: 12, day: 31)!.index
        var ids: [String] = [], signup: [Day] = [], churn: [Day?] = []
        var plan: [String] = [], region: [String] = [], seats: [Double] = []
        ids.reserveCapacity(count); signup.reserveCapacity(count); churn.reserveCapacity(count)
        let plans = ["basic", "basic", "pro", "pro", "pro", "team", "enterprise"]
        let regions = ["north", "south", "east", "west", "central", "islands"]
        nps = []
        engagement = []
        nps.reserveCapacity(count * 3)
        engagement.reserveCapacity(count * engagementPerCustomer)
        for c in 0..<count {
            ids.append("C\(1_000_000 + c)")
            let s = Int32(g.below(UInt64(end - 30 - firstSignup))) + firstSignup
            signup.append(Day(index: s))
            let churnDay: Int32? = g.below(3) == 0 ? s + 30 + Int32(g.below(UInt64(end - s - 29) + 60)) : nil
            churn.append(churnDay.map { Day(index: $0) })
            plan.append(plans[Int(g.below(UInt64(plans.count)))])
            region.append(g.below(100) == 0 ? "rare\(g.below(5000))" : regions[Int(g.below(UInt64(regions.count)))])
            seats.append(g.below(20) == 0 ? .nan : Double(1 + g.below(200)))
            let from = max(s, historyStart), to = min(churnDay ?? end, end)
            guard from < to else { continue }
            let span = UInt64(to - from + 1)
            let rows = Int(g.below(UInt64(2 * engagementPerCustomer + 1)))
            for _ in 0..<rows {
                engagement.append(EngagementRow(
                    customer: Int32(c), day: Day(index: from + Int32(g.below(span))),
                    likes: Int32(g.below(6)), shares: Int32(g.below(2)), comments: Int32(g.below(3)),
                    dms: Int32(g.below(2))))
            }
            for _ in 0..<Int(g.below(7)) {
                nps.append(NPSResponse(customer: Int32(c), day: Day(index: from + Int32(g.below(span))),
                                       score: Int8(g.below(11))))
            }
        }
        customers = CustomerTable(ids: ids, signup: signup, churn: churn,
                                  numericAttributes: [NamedColumn(name: "seats", values: seats)],
                                  categoricalAttributes: [NamedColumn(name: "plan", values: plan),
                                                          NamedColumn(name: "region", values: region)])
    }
}

/// The package's SplitMix64, seeded, so the benchmark data is the same on every run.
extension SplitMix64 {
    /// Uniform in 0..<n (n > 0), by multiply-shift.
    mutating func below(_ n: UInt64) -> UInt64 { next().multipliedFullWidth(by: n).high }
}
