import LinearAlgebra
import Support

/// Everything that can go wrong fitting a model, as a user would want to hear it (shared by linear and logistic
/// regression). Configuration mistakes are usage errors (64); problems with the data are data errors (65).
public enum ModelsError: UserFacingError, Equatable {
    /// A configuration value is out of range, e.g. a negative ridge penalty.
    case invalidConfiguration(parameter: String, value: String, expected: String)
    /// Fewer usable observations than parameters (or than the fit needs to estimate its error).
    case tooFewObservations(observations: Int, parameters: Int)
    /// A value in the design or the target is NaN or infinite (0-based row).
    case nonFiniteValue(column: String, row: Int)
    /// A predictor takes one value in every row, so it cannot be told apart from the intercept.
    case constantColumn(name: String)
    /// Some columns are (numerically) linear combinations of others: the least-squares solution is not unique.
    case rankDeficient(rank: Int, columns: Int, dependencies: [ColumnDependency])
    /// Columns named on the command line (target, features, exclusions) that the table does not have.
    case unknownColumns(file: String, missing: [String], found: [String])
    /// No data rows to fit: the table has only a header, or every row was dropped for missing values.
    case noDataRows(file: String, droppedForMissing: Int)
    /// A cross-validation fold could not be fitted on its training rows (1-based fold number).
    case foldFailed(fold: Int, folds: Int, reason: String)
    /// A binary target holds something other than 0 or 1 (0-based row).
    case nonBinaryTarget(row: Int, value: Double)
    /// A row weight is negative or not finite (0-based row).
    case invalidWeight(row: Int, value: Double)
    /// A binary target takes one value in every row with positive weight: there is nothing to separate.
    case singleClass(value: Double, rows: Int)
    /// The classes are (quasi-)completely separated, so the unpenalised maximum-likelihood estimate is infinite.
    case separation(Separation)
    /// LAPACK failed where the data gave no reason to (a numerical breakdown, exit 70).
    case numerical(LinearAlgebraError)

    public var exitCode: ExitStatus {
        switch self {
        case .invalidConfiguration: return .usage
        case .tooFewObservations, .nonFiniteValue, .constantColumn, .rankDeficient, .foldFailed, .unknownColumns,
             .noDataRows, .nonBinaryTarget, .invalidWeight, .singleClass, .separation:
            return .dataError
        case .numerical: return .software
        }
    }

    public var description: String {
        switch self {
        case .invalidConfiguration(let parameter, let value, let expected):
            return "invalid \(parameter) \(value): expected \(expected)"
        case .tooFewObservations(let n, let p):
            return "too few observations: \(n) rows for \(p) parameters (need more rows than parameters)"
        case .nonFiniteValue(let column, let row):
            return "column '\(column)' has a non-finite value (NaN or infinity) in data row \(row + 1)"
        case .constantColumn(let name):
            return "column '\(name)' is constant: it carries no information beside the intercept; exclude it"
        case .rankDeficient(let rank, let columns, let dependencies):
            let details = dependencies.map { $0.description }.joined(separator: "; ")
            return "the design matrix is rank deficient (rank \(rank) of \(columns) columns): \(details). "
                + "Drop one column of each group, or use a ridge penalty"
        case .unknownColumns(let file, let missing, let found):
            let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(file): no column\(missing.count == 1 ? "" : "s") named \(names); the columns are "
                + found.map { "\"\($0)\"" }.joined(separator: ", ")
        case .noDataRows(let file, let dropped):
            return dropped == 0 ? "\(file): no data rows below the header"
                : "\(file): no rows left to fit: all \(dropped) rows have a missing value in a used column"
        case .foldFailed(let fold, let folds, let reason):
            return "cross-validation fold \(fold) of \(folds) cannot be fitted on its training rows: \(reason)"
        case .nonBinaryTarget(let row, let value):
            return "data row \(row + 1): the target must be 0 or 1, found \(value)"
        case .invalidWeight(let row, let value):
            return "data row \(row + 1): a weight must be a finite number ≥ 0, found \(value)"
        case .singleClass(let value, let rows):
            return "the target is \(value) in all \(rows) rows: a logistic regression needs both classes"
        case .separation(let separation):
            return separation.description
        case .numerical(let error):
            return "numerical failure: \(error.description)"
        }
    }
}

/// One column found to be a linear combination of others.
public struct ColumnDependency: Equatable, Sendable, CustomStringConvertible {
    /// The column that is redundant given the others.
    public let column: String
    /// The columns it is (nearly) a combination of; empty when the column is all zeros.
    public let combinationOf: [String]

    public init(column: String, combinationOf: [String]) {
        self.column = column
        self.combinationOf = combinationOf
    }

    public var description: String {
        if combinationOf.isEmpty { return "'\(column)' is zero in every row" }
        return "'\(column)' is a linear combination of " + combinationOf.map { "'\($0)'" }.joined(separator: ", ")
    }
}
