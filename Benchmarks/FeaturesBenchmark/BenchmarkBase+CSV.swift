import Ingest
import Support

extension BenchmarkBase {
    /// Writes the base as the three exports of SPEC section 1 into `directory`, engagement and NPS in date order
    /// (as exports usually are), so that rows of one customer are scattered through the file.
    func writeExports(to directory: String) throws {
        let c = customers
        try AtomicFile.write(to: directory + "/customers.csv") { sink in
            var csv = CSVWriter()
            for name in ["customer_id", "signup_date", "churn_date", "plan", "region", "seats"] { csv.field(name) }
            csv.endLine()
            for i in 0..<c.count {
                csv.field(c.ids[i]); csv.field(c.signup[i].description)
                if let churn = c.churn[i] { csv.field(churn.description) } else { csv.emptyField() }
                csv.field(c.categoricalAttributes[0].values[i]); csv.field(c.categoricalAttributes[1].values[i])
                csv.field(c.numericAttributes[0].values[i])
                csv.endLine()
                try csv.flushIfLarge(to: &sink)
            }
            try csv.flush(to: &sink)
        }
        try AtomicFile.write(to: directory + "/nps_responses.csv") { sink in
            var csv = CSVWriter()
            for name in ["customer_id", "date", "score", "comment"] { csv.field(name) }
            csv.endLine()
            for r in nps.sorted(by: { $0.day < $1.day }) {
                csv.field(c.ids[Int(r.customer)]); csv.field(r.day.description); csv.field(Int(r.score))
                if r.score < 5 { csv.field("Too expensive, \"support\" slow") } else { csv.emptyField() }
                csv.endLine()
                try csv.flushIfLarge(to: &sink)
            }
            try csv.flush(to: &sink)
        }
        // Engagement by date: a counting sort on the day.
        let first = engagement.map(\.day.index).min() ?? 0, last = engagement.map(\.day.index).max() ?? 0
        var start = [Int](repeating: 0, count: Int(last - first) + 2)
        for r in engagement { start[Int(r.day.index - first) + 1] += 1 }
        for i in 1..<start.count { start[i] += start[i - 1] }
        var order = [Int32](repeating: 0, count: engagement.count)
        for (i, r) in engagement.enumerated() {
            let k = Int(r.day.index - first)
            order[start[k]] = Int32(i)
            start[k] += 1
        }
        var dayText: [String] = (first...last).map { Day(index: $0).description }
        try AtomicFile.write(to: directory + "/engagement.csv") { sink in
            var csv = CSVWriter()
            for name in ["customer_id", "date", "likes", "shares", "comments", "dms"] { csv.field(name) }
            csv.endLine()
            for i in order {
                let r = engagement[Int(i)]
                csv.field(c.ids[Int(r.customer)]); csv.field(dayText[Int(r.day.index - first)])
                csv.field(Int(r.likes)); csv.field(Int(r.shares)); csv.field(Int(r.comments)); csv.field(Int(r.dms))
                csv.endLine()
                try csv.flushIfLarge(to: &sink)
            }
            try csv.flush(to: &sink)
        }
        dayText.removeAll()
    }
}
