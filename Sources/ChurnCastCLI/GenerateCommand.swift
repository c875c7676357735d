import ArgumentParser
import ChurnCast
import ChurnCastSynthetic
import Foundation

/// `churncast generate`: a synthetic customer base with a planted ground truth.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic customer base (the three exports) and its planted ground truth.",
        discussion: """
            --kind subscription (the default) writes customers.csv, nps_responses.csv, engagement.csv and \
            ground_truth.json into the folder. Each customer has a latent satisfaction that drifts weekly; survey scores are noisy readings of it, \
            engagement rises with it, and the daily churn hazard is a known logistic function of it, its change, \
            tenure, plan and fee (ground_truth.json lists every coefficient). The same seed gives byte-identical \
            files. A base generate wrote before is replaced; a folder holding other exports is refused.

            --kind shop writes a shop whose customers stop buying without cancelling: customers.csv (no \
            churn_date; segment, acquisition, country), orders.csv (customer_id, date, orders, units, revenue), \
            nps_responses.csv (a response after a share of the orders; none with --survey-share 0), and the \
            planted truth in shop_truth.json and shop_truth.csv (per customer the purchase rate, dropout and last \
            active day; per quarter end the probability of no order in the next 180 days). History by default \
            2023-10-01 to 2026-09-30.

            Example:
              churncast generate --count 4000 --seed 42 --out datasets/sample
              churncast generate --count 20000 --out /tmp/messy --messy --bad-rows 12
              churncast generate --count 20000 --out /tmp/shock \\
                --shock plan=basic,date=2025-06-30,size=-1.0
              churncast generate --kind shop --count 2000 --seed 14 \\
                --out datasets/shop-sample
              churncast generate --kind shop --count 20000 --out /tmp/shop \\
                --survey-share 0 --no-signup-dates
            """)

    @Option(help: "The business: subscription (cancellations, engagement) or shop (orders, no cancellations).")
    var kind: GenerateJob.Kind = .subscription

    @Option(help: "Number of customers (1 to 50,000,000).")
    var count: Int?

    @Option(help: "Random seed; the same seed gives the same files.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("Folder to write into (created if needed).", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("First day of the history.", valueName: Day.valueName))
    var from: Day?

    @Option(help: ArgumentHelp("Last day of the history.", valueName: Day.valueName))
    var to: Day?

    @OptionGroup var subscription: SubscriptionOptions

    @OptionGroup var shop: ShopOptions

    @Flag(help: "Print the summary as JSON.")
    var json = false

    // Old names, still read (with a warning) so that existing scripts keep working.
    @Option(name: .customLong("customers"), help: .hidden) var oldCount: Int?
    @Option(name: .customLong("start"), help: .hidden) var oldFrom: Day?
    @Option(name: .customLong("end"), help: .hidden) var oldTo: Day?
    @Flag(help: .hidden) var force = false

    func validate() throws {
        for (old, new, given) in [("--customers", "--count", oldCount != nil), ("--start", "--from", oldFrom != nil),
                                  ("--end", "--to", oldTo != nil)] where given {
            Warnings.deprecated(old, use: new)
        }
        if force { Warnings.print(Warnings.forceNotNeeded) }
        if count != nil && oldCount != nil { throw ValidationError("give --count, not --customers as well") }
        if from != nil && oldFrom != nil { throw ValidationError("give --from, not --start as well") }
        if to != nil && oldTo != nil { throw ValidationError("give --to, not --end as well") }
        if customerCount == nil { throw ValidationError("give the number of customers: --count N") }
        try validateKindOptions()
    }

    /// Each kind's own options are refused with the other kind.
    func validateKindOptions() throws {
        let (given, other) = kind == .shop ? (subscription.given, "subscription") : (shop.given, "shop")
        if let option = given.first {
            throw ValidationError("\(option) is for --kind \(other) bases only")
        }
    }

    /// `--count`, or its old name.
    var customerCount: Int? { count ?? oldCount }

    func run() throws {
        try reportingErrors {
            let request = GenerateJob.Request(kind: kind, customers: customerCount!, seed: seed, out: out,
                                              start: from ?? oldFrom ?? GenerateJob.defaultStart(kind),
                                              end: to ?? oldTo ?? GenerateJob.defaultEnd,
                                              responseRate: subscription.responseRate ?? GenerateJob.defaultResponseRate,
                                              messy: subscription.messy, badRows: subscription.badRows,
                                              shock: subscription.shock,
                                              surveyShare: shop.surveyShare ?? GenerateJob.defaultSurveyShare,
                                              signupDates: !shop.noSignupDates)
            try printResult(try GenerateJob.run(request), json: json)
        }
    }
}

extension GenerateJob.Kind: ExpressibleByArgument {}
