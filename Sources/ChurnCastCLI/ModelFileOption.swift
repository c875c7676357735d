import ArgumentParser

/// `--model FILE`, the trained model a command reads (`evaluate`, `score`, `forecast`, `sql score`), declared once.
/// Use with `@OptionGroup var trained: ModelFileOption`, then pass `trained.model`.
struct ModelFileOption: ParsableArguments {
    @Option(help: ArgumentHelp("Model file written by `churncast train`.", valueName: "file"))
    var model: String
}
