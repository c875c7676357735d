import ArgumentParser

/// `churncast fit`: a plain regression on any CSV table, with a statsmodels-style summary.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a linear or logistic regression to a CSV table and print a statsmodels-style summary.",
        discussion: """
            Numeric columns are used as they are; text columns become 0/1 dummies named column=level (levels \
            sorted, the first dropped as the reference when there is an intercept). A column whose values all \
            parse as numbers is numeric; one where at most half do is text; in between, the first stray value \
            is reported with its file, line and column.

            Example:
              churncast fit linear --csv datasets/longley.csv --target y
            """,
        subcommands: [FitLinearCommand.self, FitLogisticCommand.self])
}
