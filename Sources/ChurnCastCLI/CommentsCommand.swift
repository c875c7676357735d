import ArgumentParser
import ChurnCast

/// `churncast comments`: language, sentiment and themes of every NPS comment, as CSV.
struct CommentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comments",
        abstract: "Sentiment and themes of every NPS comment, as CSV.",
        discussion: """
            Reads the NPS export's comment column and writes, for each answer with a comment: customer_id, date, \
            score, language (en, de or unknown), sentiment (negative, neutral or positive), sentiment_score \
            (-1 to 1) and themes (separated by ;). The analysis reads the text alone, in English and German. \
            Themes are price, support, onboarding, reliability, features, usability, delivery, billing, \
            communication and performance; the "themes" key of the --config file adds or changes them, e.g. \
            {"themes": {"refunds": ["refund*", "Erstattung*"], "price": {"add": ["Gebühr*"]}}}.

            Examples:
              churncast comments --data datasets/sample --out comments.csv
              churncast comments --nps nps_responses.csv --config churncast.json \\
                --out -
            """)

    @Option(name: .customLong("data"),
            help: ArgumentHelp("Folder holding nps_responses.csv.", valueName: "dir"))
    var dataDirectory: String?

    @Option(help: ArgumentHelp("The NPS survey responses (instead of DIR/nps_responses.csv).", valueName: "file"))
    var nps: String?

    @Option(name: .customLong("map"),
            help: ArgumentHelp("Column names of the export, e.g. 'nps.comment=Feedback' (repeatable).",
                               valueName: "column=Name,..."))
    var mappings: [String] = []

    @Option(name: .customLong("config"),
            help: ArgumentHelp("A churncast.json: its \"columns\" map the export's columns, its \"themes\" change the themes.",
                               valueName: "file"))
    var configPath: String?

    @Option(help: ArgumentHelp("The CSV to write; - for standard output.", valueName: "file"))
    var out: String = "-"

    func validate() throws {
        if dataDirectory == nil && nps == nil { throw ValidationError("give --data DIR or --nps FILE") }
    }

    func run() throws {
        try reportingErrors {
            let progress = Progress()
            let exports = ExportsRequest(dataDirectory: dataDirectory, customers: nil, nps: nps, engagement: nil,
                                         mappings: mappings, configPath: configPath, rejectsPath: nil)
            let result = try CommentsJob.run(CommentsJob.Request(exports: exports, out: out),
                                             progress: progress.stage)
            try printResult(result, json: false, progress: progress)
        }
    }
}
