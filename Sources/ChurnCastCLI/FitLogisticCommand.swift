import ArgumentParser
import ChurnCast

/// `churncast fit logistic`: maximum-likelihood (optionally L2-penalised) logistic regression by Newton/IRLS.
struct FitLogisticCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logistic",
        abstract: "Logistic regression by Newton/IRLS (Cholesky), optionally L2-penalised or class-weighted.",
        discussion: """
            The target may be 0/1, yes/no or true/false (any case); any other value is an error naming its line. \
            Prints coefficient, standard error, z, p-value and 95% interval per term; log-likelihood, null \
            log-likelihood, McFadden pseudo R², likelihood-ratio test, AIC, BIC and convergence (as statsmodels' \
            Logit). --l2 λ penalises (λ/2)‖β‖² without the intercept, i.e. scikit-learn's C = 1/λ; standard errors \
            then come from the penalised Hessian. Perfectly separated classes stop an unpenalised fit (exit 65) \
            with the separating columns named; --l2 gives a finite answer. With --cv K, a stratified K-fold \
            cross-validation reports each fold's and the mean ROC-AUC.

            Examples:
              churncast fit logistic --csv customers.csv --target churned \\
                --exclude customer_id
              churncast fit logistic --csv customers.csv --target churned --l2 1 \\
                --class-weight balanced --cv 5 --json
            """)

    @OptionGroup var options: FitOptions

    @Option(help: ArgumentHelp("L2 penalty λ ≥ 0 on every coefficient but the intercept (C = 1/λ).", valueName: "λ"))
    var l2: Double = 0

    @Option(name: .customLong("class-weight"),
            help: ArgumentHelp("none, or balanced: weigh class c by n/(2·n_c) and shift the intercept back so "
                               + "probabilities stay honest.", valueName: "mode"))
    var classWeight: ClassWeight = .none

    @Option(name: .customLong("max-iterations"), help: ArgumentHelp("Newton iterations allowed.", valueName: "n"))
    var maxIterations = 50

    func validate() throws {
        guard l2.isFinite && l2 >= 0 else { throw ValidationError("--l2 needs a number λ ≥ 0, got \(l2)") }
        guard maxIterations >= 1 else { throw ValidationError("--max-iterations needs n ≥ 1, got \(maxIterations)") }
    }

    func run() throws {
        try reportingErrors {
            let model = TableFitJob.Model.logistic(l2: l2, maxIterations: maxIterations, classWeight: classWeight)
            try printResult(try TableFitJob.run(options.request(model)), json: options.json)
        }
    }
}

extension ClassWeight: ExpressibleByArgument {}
