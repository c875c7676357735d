import Support

/// Errors of `churncast fit` that need the table to explain them.
public enum TableFitError: UserFacingError, Equatable {
    /// More parameters than rows; `largest` is the text column with the most dummies and their number.
    case tooFewObservations(rows: Int, parameters: Int, largest: String?, dummies: Int)

    public var exitCode: ExitStatus { .dataError }

    public var description: String {
        switch self {
        case .tooFewObservations(let n, let p, let column, let dummies):
            var text = "too few observations: \(n) rows for \(p) parameters (need more rows than parameters)"
            if let column {
                text += "; text column \(column) alone makes \(dummies) of them (one per level): leave it out "
                    + "with --exclude \(column), or fit on more rows"
            } else {
                text += "; use fewer predictor columns (--features or --exclude), or more rows"
            }
            return text
        }
    }
}
