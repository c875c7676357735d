import ArgumentParser

/// The options of `generate --kind shop` only (refused with `--kind subscription`).
struct ShopOptions: ParsableArguments {
    @Option(help: "Shop: the share of orders followed by an NPS response (0 to 1; 0 writes no nps_responses.csv). (default: 0.15)")
    var surveyShare: Double?

    @Flag(help: "Shop: leave the signup_date column out of customers.csv (the first order stands in).")
    var noSignupDates = false

    /// The flags given, in the order of `--help`.
    var given: [String] { [("--survey-share", surveyShare != nil), ("--no-signup-dates", noSignupDates)].filter(\.1).map(\.0) }
}
