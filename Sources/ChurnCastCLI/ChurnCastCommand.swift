import ArgumentParser
import ChurnCast

/// `churncast`: the root command. Subcommands are thin: they parse options, call the library, print.
@main
struct ChurnCastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "churncast",
        abstract: "Predictive churn and NPS forecasting from NPS surveys, social engagement and the customer list.",
        discussion: """
            From exports to scores, forecast and report:
              churncast train --data datasets/sample --from 2024-12-31 --to 2026-03-31 \\
                --every quarter --model models/sample-model.json --force
              churncast evaluate --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-06-30 --backtest
              churncast score --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-09-30 --out scores.csv
              churncast forecast --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-09-30 --by plan

            Exit codes: 0 success, 64 usage error, 65 bad input data, 66 input file missing, \
            70 internal error, 73 cannot create output, 74 I/O error.
            """,
        version: "0.1.0",
        subcommands: [GenerateCommand.self, FeaturesCommand.self, TrainCommand.self, EvaluateCommand.self,
                      ScoreCommand.self, ForecastCommand.self, ReportCommand.self, FitCommand.self,
                      SQLCommand.self])
}
