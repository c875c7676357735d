/// The history's days, worked out once: each day's relative activity, its `,YYYY-MM-DD,` CSV field, and its
/// calendar quarter (an index into the truth's quarters).
struct SecondWorldCalendar {
    let config: SecondWorldConfig
    let seasons: [Double]
    let dateField: [[UInt8]]
    let quarter: [Int]
    /// Each quarter's first day (index into the history; the first may start before the history).
    let quarterStarts: [Int]

    init(config: SecondWorldConfig) {
        self.config = config
        let dates = (0..<config.days).map { config.start.adding(days: $0) }
        seasons = dates.map(SecondWorldSegments.season)
        dateField = dates.map { Array(",\($0.iso),".utf8) }
        let firstKey = config.start.quarterKey
        quarter = dates.map { $0.quarterKey - firstKey }
        var starts: [Int] = []
        for (day, date) in dates.enumerated() where day == 0 || quarter[day] != quarter[day - 1] {
            starts.append(date.quarterStart.dayNumber - config.start.dayNumber)
        }
        quarterStarts = starts
    }

    func emptyQuarters() -> [SecondWorldQuarter] {
        quarterStarts.indices.map { q in
            let start = config.start.adding(days: quarterStarts[q])
            let next = q + 1 < quarterStarts.count ? quarterStarts[q + 1] : config.days
            return SecondWorldQuarter(start: start, end: config.start.adding(days: next - 1))
        }
    }

    /// Counts a customer as active at a quarter's start (signed up on or before it, not yet gone) and as
    /// churned in the quarter of their churn day.
    func count(signupDay: Int, churnDay: Int?, into quarters: inout [SecondWorldQuarter]) {
        for (q, start) in quarterStarts.enumerated() where signupDay <= start && (churnDay ?? .max) > start {
            quarters[q].activeAtStart += 1
        }
        if let churnDay { quarters[quarter[churnDay]].churned += 1 }
    }
}
