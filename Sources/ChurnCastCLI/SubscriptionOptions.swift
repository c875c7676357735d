import ArgumentParser

/// The options of `generate --kind subscription` only (refused with `--kind shop`).
struct SubscriptionOptions: ParsableArguments {
    @Option(help: "Mean share of customers who answer the survey each quarter (0 to 1). (default: 0.3)")
    var responseRate: Double?

    @Flag(help: "Write the exports with the quirks real ones have: BOM, CRLF, other column order, extra columns, ISO timestamps, split rows.")
    var messy = false

    @Option(help: "Plant this many invalid rows (score 11, negative counts, unknown ids, impossible dates); ground_truth.json lists them.")
    var badRows: Int = 0

    @Option(help: ArgumentHelp("A lasting satisfaction shift for one plan or region from a date.",
                               valueName: "plan=basic,date=2025-06-30,size=-1.0"))
    var shock: String?

    /// The flags given, in the order of `--help`.
    var given: [String] {
        [("--response-rate", responseRate != nil), ("--messy", messy), ("--bad-rows", badRows != 0),
         ("--shock", shock != nil)].filter(\.1).map(\.0)
    }
}
