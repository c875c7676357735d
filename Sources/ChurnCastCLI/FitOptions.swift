import ArgumentParser
import ChurnCast
import Foundation

/// Options shared by `fit linear` and `fit logistic`: the table, the target, the predictors, missing values,
/// cross-validation and the output format.
struct FitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("CSV table with a header line (-: standard input).", valueName: "file"))
    var csv: String

    @Option(help: ArgumentHelp("Column to predict.", valueName: "column"))
    var target: String

    @Option(help: ArgumentHelp("Predictor columns, comma-separated (default: every other column).", valueName: "a,b,c"))
    var features: String?

    @Option(help: ArgumentHelp("Columns to leave out, comma-separated.", valueName: "a,b"))
    var exclude: String?

    @Option(help: ArgumentHelp("Text columns to use even with (nearly) one value per row, like an id, comma-separated.",
                               valueName: "a,b"))
    var keep: String?

    @Flag(name: .customLong("no-intercept"), help: "Fit without an intercept (text columns then keep every level).")
    var noIntercept = false

    @Flag(name: .customLong("drop-missing"),
          help: "Skip rows with an empty field in a used column (default: stop at the first, naming it).")
    var dropMissing = false

    @Option(name: .customLong("cv"), help: ArgumentHelp("Also run a deterministic K-fold cross-validation.", valueName: "K"))
    var folds: Int?

    @Option(help: ArgumentHelp("Seed of the cross-validation shuffle.", valueName: "n"))
    var seed: UInt64 = 20_240_601

    @Flag(help: "Print one JSON object instead of the summary table.")
    var json = false

    func validate() throws {
        if let k = folds, k < 2 { throw ValidationError("--cv needs K ≥ 2, got \(k)") }
        for (name, list) in [("--features", features), ("--exclude", exclude), ("--keep", keep)] {
            if let list, Self.columns(list).isEmpty { throw ValidationError("\(name) needs at least one column name") }
        }
    }

    /// The table-fit request these flags describe, for `model`.
    func request(_ model: TableFitJob.Model) -> TableFitJob.Request {
        TableFitJob.Request(csv: csv, target: target, features: features.map(Self.columns),
                            exclude: exclude.map(Self.columns) ?? [], intercept: !noIntercept,
                            dropMissing: dropMissing, keep: keep.map(Self.columns) ?? [], folds: folds, seed: seed, model: model)
    }

    /// `"a, b,c"` → `["a", "b", "c"]` (empty names dropped).
    static func columns(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
