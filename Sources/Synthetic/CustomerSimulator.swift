import Foundation
import Ingest

/// The bytes and counts produced for one contiguous range of customers.
struct ChunkOutput {
    var customers: ExportBuffer
    var nps: ExportBuffer
    var engagement: ExportBuffer
    var counters: SummaryCounters
    /// Bad rows planted in this chunk, with the number of line breaks before them in their chunk buffer.
    var planted: [(row: PlantedBadRow, newlinesBefore: Int)]
}

/// Simulates customers one at a time and writes their rows; one per thread, each with its own scratch storage.
///
/// Every random draw comes from the customer's own streams (`RandomStream`), so a customer's rows depend only on
/// (configuration, customer index), never on the thread or chunk that produced them.
/// - Complexity: O(active days) per customer; about 35 engagement rows per customer with the standard model.
struct CustomerSimulator {
    let config: SyntheticConfig
    let calendar: SyntheticCalendar
    let writer: RowWriter
    let idWidth: Int
    let badRows: BadRowPlan
    var path = LatentPath()
    var id: [UInt8] = []
    /// The customer's engaged days, ascending (for `CommentSituation.engagementDrop`).
    var engagedDays: [Day] = []

    init(config: SyntheticConfig, calendar: SyntheticCalendar, badRows: BadRowPlan) {
        self.config = config
        self.calendar = calendar
        self.badRows = badRows
        idWidth = CustomerID.width(customers: config.customers)
        let first = calendar.start.adding(days: -config.model.signup.maxTenureDays - 7)
        writer = RowWriter(layout: ExportLayout(messy: config.messy),
                           days: DayTextTable(first: first, last: calendar.end.adding(days: 1)), model: config.model)
    }

    mutating func run(_ range: Range<Int>) -> ChunkOutput {
        let n = range.count
        var out = ChunkOutput(
            customers: ExportBuffer(crlf: config.messy, capacity: n * 64),
            nps: ExportBuffer(crlf: config.messy, capacity: Int(Double(n) * config.responseRate * 8 * 32)),
            engagement: ExportBuffer(crlf: config.messy, capacity: n * 40 * 32),
            counters: SummaryCounters(quarters: calendar.quarters.count, plans: config.model.plans.count,
                                      regions: config.model.regions.count),
            planted: [])
        for index in range {
            simulate(index, &out)
            if let entries = badRows.byCustomer[index] {
                for e in entries { plant(e, &out) }
            }
        }
        return out
    }

    /// Everything about one customer: profile, latent path, churn date, then their rows in the three files.
    mutating func simulate(_ index: Int, _ out: inout ChunkOutput) {
        var latent = Xoshiro256StarStar(seed: config.seed, customer: index, stream: .latent)
        let profile = CustomerProfile.draw(index: index, config: config, calendar: calendar, rng: &latent)
        path.regenerate(profile: profile, config: config, calendar: calendar, rng: &latent)
        var churnRNG = Xoshiro256StarStar(seed: config.seed, customer: index, stream: .churn)
        let churn = ChurnProcess.churnDay(profile: profile, path: path, calendar: calendar, model: config.model,
                                          rng: &churnRNG)
        var mess = Xoshiro256StarStar(seed: config.seed, customer: index, stream: .mess)
        id = Array(CustomerID.text(index, width: idWidth).utf8)
        writer.customer(&out.customers, id: id, profile: profile, churn: churn, &mess)
        count(profile: profile, churn: churn, &out.counters)
        engagedDays.removeAll(keepingCapacity: true)
        engagement(index, profile, churn, &out, &mess)
        survey(index, profile, churn, &out, &mess)
    }

    func count(profile: CustomerProfile, churn: Day?, _ c: inout SummaryCounters) {
        c.customers += 1
        c.plans[profile.plan][0] += 1
        c.regions[profile.region][0] += 1
        if churn != nil {
            c.churned += 1
            c.plans[profile.plan][1] += 1
            c.regions[profile.region][1] += 1
        }
        for (i, q) in calendar.quarters.enumerated() where profile.signup <= q.start && (churn.map { $0 > q.start } ?? true) {
            c.quarters[i][0] += 1
            if let churn, churn <= q.end { c.quarters[i][1] += 1 }
        }
    }

    /// Engagement on each active day (signup ≤ day < churn, within the history): a Bernoulli draw per day at the
    /// week's rate, then Poisson counts.
    mutating func engagement(_ index: Int, _ profile: CustomerProfile, _ churn: Day?, _ out: inout ChunkOutput,
                             _ mess: inout Xoshiro256StarStar) {
        let first = max(profile.signup, calendar.start)
        let last = min(churn.map { $0.adding(days: -1) } ?? calendar.end, calendar.end)
        guard first <= last else { return }
        let spec = config.model.engagement
        let planEffect = config.model.plans[profile.plan].engagement
        var rng = Xoshiro256StarStar(seed: config.seed, customer: index, stream: .engagement)
        let splitThreshold = Xoshiro256StarStar.bernoulliThreshold(config.messy ? 0.1 : 0)
        for week in calendar.week(of: first)...calendar.week(of: last) {
            let s = path.satisfaction(week: week)
            let z = spec.baseLogRate + planEffect + spec.satisfaction * s
            let threshold = Xoshiro256StarStar.bernoulliThreshold(1 / (1 + exp(-z)))
            let weekStart = calendar.weekStart(week)
            let lo = max(weekStart, first), hi = min(weekStart.adding(days: 6), last)
            var means: (Double, Double, Double, Double, Double, Double, Double, Double)? = nil
            var day = lo
            while day <= hi {
                defer { day = day.adding(days: 1) }
                guard rng.bernoulli(threshold: threshold) else { continue }
                engagedDays.append(day)
                if means == nil {
                    let m = exp(spec.countSatisfaction * s)
                    let (l, sh, c, d) = (spec.likes * m, spec.shares * m, spec.comments * m, spec.dms / m)
                    means = (l, exp(-l), sh, exp(-sh), c, exp(-c), d, exp(-d))
                }
                let mm = means!
                let likes = 1 + rng.poisson(mean: mm.0, expMinusMean: mm.1)
                let shares = rng.poisson(mean: mm.2, expMinusMean: mm.3)
                let comments = rng.poisson(mean: mm.4, expMinusMean: mm.5)
                let dms = rng.poisson(mean: mm.6, expMinusMean: mm.7)
                if config.messy && mess.bernoulli(threshold: splitThreshold) {
                    // Two platforms whose counts add up to the day's counts.
                    let a = (mess.below(likes + 1), mess.below(shares + 1), mess.below(comments + 1), mess.below(dms + 1))
                    let p = mess.below(ExportLayout.platforms.count)
                    let q = (p + 1 + mess.below(ExportLayout.platforms.count - 1)) % ExportLayout.platforms.count
                    writer.engagement(&out.engagement, id: id, day: day, likes: a.0, shares: a.1, comments: a.2,
                                      dms: a.3, &mess, platform: p)
                    writer.engagement(&out.engagement, id: id, day: day, likes: likes - a.0, shares: shares - a.1,
                                      comments: comments - a.2, dms: dms - a.3, &mess, platform: q)
                    out.counters.engagementRows += 2
                } else {
                    writer.engagement(&out.engagement, id: id, day: day, likes: likes, shares: shares,
                                      comments: comments, dms: dms, &mess)
                    out.counters.engagementRows += 1
                }
            }
        }
    }

    /// Each quarter the customer answers with their own propensity, on a uniformly chosen day of the quarter on
    /// which they are a customer (no answer if they have churned by then). Comments come from the comment stream
    /// (`CommentRules.stream`), so that the bank can change without changing any score.
    func survey(_ index: Int, _ profile: CustomerProfile, _ churn: Day?, _ out: inout ChunkOutput,
                _ mess: inout Xoshiro256StarStar) {
        var rng = Xoshiro256StarStar(seed: config.seed, customer: index, stream: .survey)
        var commentRNG = CommentRules.stream(seed: config.seed, customer: index)
        let style = CommentWriterStyle.draw(region: config.model.regions[profile.region].name, rng: &commentRNG)
        let spec = config.model.survey
        let propensity = min(1, config.responseRate * (0.5 + rng.uniform()))
        for (qi, q) in calendar.quarters.enumerated() {
            let answers = rng.uniform() < propensity
            let u = rng.uniform(), noise = rng.gaussian(), commentU = rng.uniform()
            _ = rng.next()
            guard answers else { continue }
            let lo = max(q.start, calendar.start, profile.signup), hi = min(q.end, calendar.end)
            guard lo <= hi else { continue }
            let day = lo.adding(days: Int(u * Double(hi.days(since: lo) + 1)))
            if let churn, day >= churn { continue }
            let score = spec.score(satisfaction: path.satisfaction(week: calendar.week(of: day)), noise: noise)
            var comment: CommentRequest? = nil
            if commentU < CommentRules.rate(score: score, commentShare: spec.commentShare) {
                comment = CommentRequest(style: style, situations: situations(profile, day), seed: commentRNG.next())
            }
            writer.response(&out.nps, id: id, day: day, score: score, comment: comment, &mess)
            out.counters.response(quarter: qi, plan: profile.plan, region: profile.region, score: score)
        }
    }

    /// Appends one planted bad row after the current customer's rows.
    func plant(_ e: BadRowPlan.Entry, _ out: inout ChunkOutput) {
        var rng = Xoshiro256StarStar(seed: config.seed, customer: -2 - e.ordinal, stream: .mess)
        var customerID = CustomerID.text(e.afterCustomer, width: idWidth)
        if e.kind == .unknownCustomer { customerID = CustomerID.text(config.customers + e.ordinal, width: idWidth) }
        let idBytes = Array(customerID.utf8)
        let day = calendar.start.adding(days: rng.below(calendar.dayCount))
        var temp = ExportBuffer(crlf: config.messy)
        if e.kind == .impossibleDate {
            // Written by hand: February 30 of the day's year has no `Day`.
            var dateBytes = Array("\(day.civil.year)-02-30".utf8)
            if config.messy { var t = ExportBuffer(crlf: false); writer.timeOfDay(&t, &rng); dateBytes += t.bytes }
            if e.file == ExportLayout.npsFile {
                if config.messy { temp.append(dateBytes); temp.ascii(",7,email,"); temp.append(idBytes); temp.comma() }
                else { temp.append(idBytes); temp.comma(); temp.append(dateBytes); temp.ascii(",7,") }
            } else {
                if config.messy { temp.append(dateBytes); temp.comma(); temp.append(idBytes); temp.ascii(",x,0,0,0,1") }
                else { temp.append(idBytes); temp.comma(); temp.append(dateBytes); temp.ascii(",1,0,0,0") }
            }
            temp.endRecord()
        } else if e.file == ExportLayout.npsFile {
            writer.response(&temp, id: idBytes, day: day, score: e.kind == .scoreOutOfRange ? 11 : 8, comment: nil, &rng)
        } else {
            let likes = e.kind == .negativeCount ? -(1 + rng.below(5)) : 2
            writer.engagement(&temp, id: idBytes, day: day, likes: likes, shares: 0, comments: 0, dms: 0, &rng)
        }
        let rawBytes = temp.bytes.prefix(temp.bytes.count - (config.messy ? 2 : 1))
        let row = PlantedBadRow(file: e.file, line: 0, kind: e.kind, customerID: customerID,
                                raw: String(decoding: rawBytes, as: UTF8.self))
        if e.file == ExportLayout.npsFile {
            out.planted.append((row, out.nps.newlines))
            out.nps.append(temp.bytes); out.nps.newlines += 1
        } else {
            out.planted.append((row, out.engagement.newlines))
            out.engagement.append(temp.bytes); out.engagement.newlines += 1
        }
    }
}
