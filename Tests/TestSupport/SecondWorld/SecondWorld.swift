import Foundation

/// A second synthetic customer base, built from other mechanisms than `churncast generate` (see
/// `SecondWorldTruth.mechanism`), so that tests can check ChurnCast on data it was not designed around. Writes
/// the three exports in ChurnCast's input format and `world2_truth.json`. Seeded and deterministic: each customer
/// draws from its own stream.
public enum SecondWorld {
    public static let truthFileName = "world2_truth.json"

    /// Simulates the base and writes customers.csv, nps_responses.csv, engagement.csv and the truth into
    /// `folder` (created if missing); returns the truth.
    @discardableResult
    public static func write(_ config: SecondWorldConfig, to folder: String) throws -> SecondWorldTruth {
        guard config.problems.isEmpty else { throw SecondWorldError.badConfiguration(config.problems) }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let calendar = SecondWorldCalendar(config: config)
        var truth = SecondWorldTruth(config: config, quarters: calendar.emptyQuarters())
        let customers = try WorldByteSink(path: folder + "/customers.csv")
        let engagement = try WorldByteSink(path: folder + "/engagement.csv")
        try customers.write("customer_id,plan,region,channel,monthly_fee,signup_date,churn_date\n")
        try engagement.write("customer_id,date,likes,shares,comments,dms\n")
        var answers: [(day: Int, customer: Int, score: Int, comment: Int)] = []
        for index in 0..<config.customers {
            var random = WorldRandom(seed: config.seed, index: index)
            let customer = SecondWorldCustomer(index: index, config: config, random: &random)
            let id = customerID(index)
            let plan = SecondWorldSegments.plans[customer.plan].name
            let shock = config.shock.flatMap {
                $0.plan == plan ? (day: $0.date.dayNumber - config.start.dayNumber, moodDrop: $0.moodDrop) : nil
            }
            let life = SecondWorldLife(customer: customer, config: config, seasons: calendar.seasons, shock: shock)
            let churnDay = life.run(random: &random, engagement: { day, counts in
                engagement.write(bytes: id); engagement.write(bytes: calendar.dateField[day])
                engagement.write(counts.likes); engagement.write(bytes: comma); engagement.write(counts.shares)
                engagement.write(bytes: comma); engagement.write(counts.comments); engagement.write(bytes: comma)
                engagement.write(counts.dms); engagement.write(bytes: newline)
            }, answer: { day, score in
                answers.append((day, index, score, SecondWorldComments.pick(score: score, key: config.seed ^ UInt64(index << 12 | day))))
                truth.quarters[calendar.quarter[day]].add(score: score, plan: plan)
            })
            try engagement.flushIfLarge()
            try customers.write(row(id: id, customer: customer, churnDay: churnDay, config: config))
            calendar.count(signupDay: customer.signupDay, churnDay: churnDay, into: &truth.quarters)
        }
        try customers.close()
        try engagement.close()
        try writeAnswers(answers.sorted { ($0.day, $0.customer) < ($1.day, $1.customer) }, calendar: calendar,
                         to: folder + "/nps_responses.csv")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { try encoder.encode(truth).write(to: URL(fileURLWithPath: folder + "/" + truthFileName)) }
        catch { throw SecondWorldError.cannotWrite(folder + "/" + truthFileName) }
        return truth
    }

    /// `U` and the 1-based index in seven digits: U0000001.
    private static func customerID(_ index: Int) -> [UInt8] {
        let digits = String(index + 1)
        return Array(("U" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits).utf8)
    }

    private static let comma: [UInt8] = [44]
    private static let newline: [UInt8] = [10]

    private static func row(id: [UInt8], customer c: SecondWorldCustomer, churnDay: Int?,
                            config: SecondWorldConfig) -> String {
        let signup = config.start.adding(days: c.signupDay).iso
        let churn = churnDay.map { config.start.adding(days: $0).iso } ?? ""
        return String(decoding: id, as: UTF8.self) + "," + SecondWorldSegments.plans[c.plan].name + ","
            + SecondWorldSegments.regions[c.region].name + "," + SecondWorldSegments.channels[c.channel].name + ","
            + String(format: "%.2f", c.fee) + "," + signup + "," + churn + "\n"
    }

    private static func writeAnswers(_ answers: [(day: Int, customer: Int, score: Int, comment: Int)],
                                     calendar: SecondWorldCalendar, to path: String) throws {
        let sink = try WorldByteSink(path: path)
        try sink.write("customer_id,date,score,comment\n")
        for answer in answers {
            sink.write(bytes: customerID(answer.customer))
            sink.write(bytes: calendar.dateField[answer.day])
            sink.write(answer.score)
            try sink.write("," + SecondWorldComments.csvField(answer.comment) + "\n")
        }
        try sink.close()
    }
}
