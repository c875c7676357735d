import Features
import Ingest
import Support
import TestSupport

/// A random but valid small customer base: the three exports as the builder takes them.
struct RandomBase {
    /// A third of the responses with a comment, its planted sentiment read off the score (no draw from the
    /// generator, so the base is otherwise unchanged): the comment features then vary.
    static func commented(_ r: NPSResponse) -> NPSResponse {
        var r = r
        r.hasComment = (Int(r.day.index) + Int(r.score)) % 3 == 0
        r.sentiment = r.hasComment ? Double(r.score - 5) / 5 : 0
        return r
    }

    var customers: CustomerTable
    var nps: [NPSResponse]
    var engagement: [EngagementRow]

    /// Dates fall in 2022-01-01 ... 2024-12-31; churn dates are after signup; same-day duplicates and zero rows occur.
    init(customers count: Int, seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        let start = day("2022-01-01").index, end = day("2024-12-31").index
        func randomDay(after lower: Int32) -> Day { Day(index: Int32.random(in: lower...end, using: &g)) }
        var ids: [String] = [], signup: [Day] = [], churn: [Day?] = [], plan: [String] = [], seats: [Double] = []
        for i in 0..<count {
            ids.append("C\(i)")
            let s = randomDay(after: start)
            signup.append(s)
            churn.append(Bool.random(using: &g) ? randomDay(after: s.index + 1) : nil)
            plan.append(["basic", "pro", "pro", "team", "", "rare-\(i)"].randomElement(using: &g)!)
            seats.append(Int.random(in: 0..<5, using: &g) == 0 ? .nan : Double(Int.random(in: 1...50, using: &g)))
        }
        customers = CustomerTable(ids: ids, signup: signup, churn: churn,
                                  numericAttributes: [NamedColumn(name: "seats", values: seats)],
                                  categoricalAttributes: [NamedColumn(name: "plan", values: plan)])
        nps = []
        for c in 0..<count {
            for _ in 0..<Int.random(in: 0...6, using: &g) {
                let d = randomDay(after: signup[c].index)
                nps.append(Self.commented(NPSResponse(customer: Int32(c), day: d, score: Int8.random(in: 0...10, using: &g))))
                if Int.random(in: 0..<5, using: &g) == 0 {  // a same-day duplicate
                    nps.append(NPSResponse(customer: Int32(c), day: d, score: Int8.random(in: 0...10, using: &g)))
                }
            }
        }
        engagement = []
        for c in 0..<count {
            for _ in 0..<Int.random(in: 0...40, using: &g) {
                let d = Day(index: Int32.random(in: max(start, signup[c].index)...end, using: &g))
                func n() -> Int32 { Int.random(in: 0..<3, using: &g) == 0 ? 0 : Int32.random(in: 0...9, using: &g) }
                engagement.append(EngagementRow(customer: Int32(c), day: d, likes: n(), shares: n(),
                                                comments: n(), dms: n()))
            }
        }
    }
}

extension FeatureTable {
    /// Row r's feature values.
    func features(row r: Int) -> [Double] { (0..<featureCount).map { value(row: r, feature: $0) } }

    /// Features keyed by "customer id @ as-of date", for comparisons that must not depend on row order.
    func featuresByKey(snapshot: Day? = nil) -> [String: [Double]] {
        var out: [String: [Double]] = [:]
        for r in 0..<rowCount where snapshot == nil || asOf[r] == snapshot {
            out["\(customerId(row: r))@\(asOf[r])"] = features(row: r)
        }
        return out
    }
}

/// The first key whose features differ between two `featuresByKey` maps, described briefly; `nil` when equal.
func firstDifference(_ a: [String: [Double]], _ b: [String: [Double]]) -> String? {
    if Set(a.keys) != Set(b.keys) {
        return "rows differ: only in first \(Set(a.keys).subtracting(b.keys).sorted().prefix(3)), "
            + "only in second \(Set(b.keys).subtracting(a.keys).sorted().prefix(3))"
    }
    for key in a.keys.sorted() where a[key]! != b[key]! {
        let j = zip(a[key]!, b[key]!).enumerated().first { $0.element.0 != $0.element.1 }!.offset
        return "\(key) feature \(j): \(a[key]![j]) vs \(b[key]![j])"
    }
    return nil
}
