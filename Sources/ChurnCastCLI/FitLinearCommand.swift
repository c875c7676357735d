import ArgumentParser
import ChurnCast

/// `churncast fit linear`: least squares (optionally ridge) with t statistics, R², F, AIC/BIC.
struct FitLinearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linear",
        abstract: "Least-squares linear regression (Householder QR), optionally ridge-penalised.",
        discussion: """
            Prints coefficient, standard error, t, p-value and 95% interval per term; R², adjusted R², F and its \
            p-value, residual standard error, log-likelihood, AIC, BIC (as statsmodels' OLS). Without an \
            intercept, R² is uncentered. With --cv K, also each fold's and the mean RMSE.

            Examples:
              churncast fit linear --csv datasets/longley.csv --target y
              churncast fit linear --csv data.csv --target nps --exclude customer_id \\
                --ridge 0.5 --cv 5 --json
            """)

    @OptionGroup var options: FitOptions

    @Option(help: ArgumentHelp("Ridge penalty λ ≥ 0 on every coefficient but the intercept.", valueName: "λ"))
    var ridge: Double = 0

    func validate() throws {
        guard ridge.isFinite && ridge >= 0 else { throw ValidationError("--ridge needs a number λ ≥ 0, got \(ridge)") }
    }

    func run() throws {
        try reportingErrors {
            try printResult(try TableFitJob.run(options.request(.linear(ridge: ridge))), json: options.json)
        }
    }
}
