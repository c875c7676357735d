import ArgumentParser
import ChurnCast
#if canImport(Glibc)
import Glibc
#endif

/// `churncast`: the root command. Subcommands are thin: they parse options, call the library, print.
@main
struct ChurnCastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "churncast",
        abstract: "Predictive churn and NPS forecasting from NPS surveys, social engagement and the customer list.",
        discussion: """
            From exports to scores, forecast and report:
              churncast train --data datasets/sample --from 2024-12-31 --to 2026-03-31 \\
                --every quarter --model models/sample-model.json
              churncast evaluate --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-06-30 --backtest
              churncast score --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-09-30 --out scores.csv
              churncast forecast --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-09-30 --by plan

            Outputs: a file named by --out or --model is replaced if it exists — written beside it and renamed \
            into place, keeping its permissions — so a run either completes it or leaves the old one; - is \
            standard output (the summary then goes to standard error). --as-of latest is the last date in the \
            exports.

            Exit codes: 0 success, 64 usage error, 65 bad input data, 66 input file missing, \
            70 internal error, 73 cannot create output, 74 I/O error.
            """,
        version: "0.1.0",
        subcommands: [GenerateCommand.self, FeaturesCommand.self, TrainCommand.self, EvaluateCommand.self,
                      ScoreCommand.self, ForecastCommand.self, ReportCommand.self, FitCommand.self,
                      SQLCommand.self, NPSCommand.self, CommentsCommand.self])
}

extension ChurnCastCommand {
    /// Parses and runs the command, as ArgumentParser's own `main` does, after two things it does not do: a write
    /// to a pipe whose reader stopped is an error rather than a signal (see `StandardOutput`), and a mistyped
    /// subcommand gets a "did you mean" (exit 64).
    static func main() {
        StandardOutput.ignoreBrokenPipes()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let message = SubcommandSuggestion.message(for: arguments, root: ChurnCastCommand.self) {
            printError("churncast: error: \(message)")
            Glibc.exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
