import Foundation
import Ingest

/// The bytes and counts produced for one contiguous range of shop customers.
struct ShopChunk {
    var customers: ExportBuffer
    var orders: ExportBuffer
    var nps: ExportBuffer
    var truth: ExportBuffer
    var counters: ShopCounters
}

/// Simulates shop customers one at a time (see `ShopModel`) and writes their rows; one per thread.
///
/// Every draw comes from the customer's own streams — `.latent` the profile, `.engagement` order times, units and
/// values, `.churn` experience and dropout, `.survey` the NPS responses — so a customer's rows depend only on
/// (configuration, index), and changing the survey share changes no order.
/// - Complexity: O(orders) per customer: the next order by thinning a Poisson process at the December rate.
struct ShopSimulator {
    let config: ShopConfig
    let season: ShopSeason
    let writer: ShopRowWriter
    /// The quarter ends inside the history, at which the truth is written.
    let ends: [Quarter]
    let idWidth: Int
    let dayCount: Int
    /// Day offsets (from the start) with orders, ascending, of the current customer.
    var orderDays: [Int] = []
    var responses: [(day: Int, score: Int, comment: Int)] = []
    var id: [UInt8] = []

    init(config: ShopConfig) {
        self.config = config
        dayCount = config.end.days(since: config.start) + 1
        season = ShopSeason(monthFactors: config.model.monthFactors, first: config.start,
                            last: config.end.adding(days: config.truthHorizonDays + 1))
        writer = ShopRowWriter(config: config)
        ends = ShopSimulator.quarterEnds(start: config.start, end: config.end)
        idWidth = CustomerID.width(customers: config.customers)
    }

    /// The calendar quarters that end inside start...end.
    static func quarterEnds(start: Day, end: Day) -> [Quarter] {
        SyntheticCalendar(start: start, end: end).quarters.filter { $0.end >= start && $0.end <= end }
    }

    mutating func run(_ range: Range<Int>) -> ShopChunk {
        let n = range.count
        var out = ShopChunk(customers: ExportBuffer(crlf: false, capacity: n * 48),
                            orders: ExportBuffer(crlf: false, capacity: n * 20 * 34),
                            nps: ExportBuffer(crlf: false, capacity: Int(Double(n) * config.surveyShare * 20 * 30)),
                            truth: ExportBuffer(crlf: false, capacity: n * (56 + 20 * ends.count)),
                            counters: ShopCounters(quarters: ends.count))
        for index in range { simulate(index, &out) }
        return out
    }

    /// Everything about one customer: profile, orders and responses, then their truth row and counts.
    @discardableResult
    mutating func simulate(_ index: Int, _ out: inout ShopChunk) -> ShopCustomerTruth {
        var latent = Xoshiro256StarStar(seed: config.seed, customer: index, stream: .latent)
        let profile = ShopProfile.draw(index: index, config: config, rng: &latent)
        id = Array(CustomerID.text(index, width: idWidth).utf8)
        writer.customer(&out.customers, id: id, profile: profile)
        let truth = purchases(profile, &out)
        writeResponses(&out)
        record(truth, &out)
        return truth
    }

    /// The customer's orders from their first until they become inactive or the history ends, written one row
    /// per day; returns the truth with the inactive day. NPS responses are collected in `responses`.
    mutating func purchases(_ p: ShopProfile, _ out: inout ShopChunk) -> ShopCustomerTruth {
        let m = config.model
        var orderRNG = Xoshiro256StarStar(seed: config.seed, customer: p.index, stream: .engagement)
        var churnRNG = Xoshiro256StarStar(seed: config.seed, customer: p.index, stream: .churn)
        var surveyRNG = Xoshiro256StarStar(seed: config.seed, customer: p.index, stream: .survey)
        orderDays.removeAll(keepingCapacity: true)
        responses.removeAll(keepingCapacity: true)
        let endTime = Double(dayCount)
        var t = Double(p.firstOrder.days(since: config.start)) + orderRNG.uniform()
        let background = m.backgroundHazard > 0 ? t + churnRNG.exponential(rate: m.backgroundHazard) : .infinity
        let stop = min(background, endTime)
        let envelope = p.rate * season.maxFactor
        let expMinusUnits = exp(-p.extraUnits)
        var inactive: Double? = nil
        var k = 0, day = -1, dayOrders = 0, dayUnits = 0, dayCents = 0
        orders: while true {
            k += 1
            let d = Int(t)
            if d != day {
                flushDay(day, dayOrders, dayUnits, dayCents, &out)
                (day, dayOrders, dayUnits, dayCents) = (d, 0, 0, 0)
            }
            dayOrders += 1
            dayUnits += 1 + orderRNG.poisson(mean: p.extraUnits, expMinusMean: expMinusUnits)
            dayCents += max(100, Int(exp(p.logValueCents + m.orderValueSD * orderRNG.gaussian()).rounded()))
            let bad = churnRNG.uniform() < p.badDelivery
            let x = (bad ? -m.badDeliveryImpact : 0) + m.experienceSD * churnRNG.gaussian()
            survey(day: d, experience: x, &surveyRNG)
            let logit = p.dropoutLogit + (k == 1 ? m.firstOrderDropout : 0) - m.experienceEffect * x
            if churnRNG.uniform() * (1 + exp(-logit)) < 1 { inactive = t; break }
            repeat {
                t += orderRNG.exponential(rate: envelope)
                if t >= stop { break orders }
            } while orderRNG.uniform() * season.maxFactor >= season.factor(Int(t))
        }
        flushDay(day, dayOrders, dayUnits, dayCents, &out)
        if inactive == nil && background < endTime { inactive = background }
        return ShopCustomerTruth(profile: p, rate: p.rate, dropoutFirst: p.meanDropout(model: m, firstOrder: true),
                                 dropoutRepeat: p.meanDropout(model: m, firstOrder: false),
                                 inactiveDay: inactive.map { config.start.adding(days: Int($0)) }, orders: k)
    }

    /// Writes the day's summed orders (nothing before the first day).
    mutating func flushDay(_ day: Int, _ orders: Int, _ units: Int, _ cents: Int, _ out: inout ShopChunk) {
        guard day >= 0 else { return }
        writer.order(&out.orders, id: id, day: config.start.adding(days: day), orders: orders, units: units, cents: cents)
        orderDays.append(day)
        out.counters.orderRows += 1; out.counters.orders += orders; out.counters.units += units
        out.counters.cents += cents
    }

    /// With probability `surveyShare` the order of day `day` is followed 1–14 days later by a response whose
    /// score follows the order's experience; responses past the history are not written.
    mutating func survey(day: Int, experience x: Double, _ rng: inout Xoshiro256StarStar) {
        guard config.surveyShare > 0, rng.uniform() < config.surveyShare else { return }
        let spec = config.model.survey
        let answered = day + 1 + rng.below(14)
        let score = spec.score(satisfaction: x, noise: rng.gaussian())
        let comment = rng.uniform() < spec.commentShare ? rng.below(ShopCommentBank.comments(forScore: score).count) : -1
        if answered < dayCount { responses.append((answered, score, comment)) }
    }

    /// The collected responses in date order (ties by score and comment, so the order never depends on the sort).
    mutating func writeResponses(_ out: inout ShopChunk) {
        responses.sort { ($0.day, $0.score, $0.comment) < ($1.day, $1.score, $1.comment) }
        for r in responses {
            writer.response(&out.nps, id: id, day: config.start.adding(days: r.day), score: r.score,
                            comment: r.comment >= 0 ? r.comment : nil)
        }
        out.counters.npsRows += responses.count
    }
}
