/// A parameter of a job's request that an error can be about. Its raw value is the request's property name; a
/// caller names it its own way (the command line: by its flag, in `ChurnCastCLI`'s `flag(for:)`), so that the
/// library's messages never spell a flag.
public enum JobParameter: String, Sendable, CaseIterable {
    case asOf, segmentBy
    /// The last day of the snapshot schedule of `train` and `features`.
    case end
    /// `train`'s attribute columns left out of the models.
    case exclude
    /// `train`'s churn L2 penalty, cross-validation folds, class weights and next-score ridge penalty.
    case l2, cvFolds, classWeight, ridge
    /// `train`'s second place to fit the churn model (a database).
    case engine
    /// The report's customer value column (revenue at risk).
    case valueColumn
    /// `generate`'s planted satisfaction shock.
    case shock
}

/// An error whose message names request parameters: `description(naming:)` says each with the caller's name for it.
public protocol ParameterNamingError: UserFacingError {
    func description(naming name: (JobParameter) -> String) -> String
}

/// A request value out of range: which parameter, the value given, and what was expected (a usage error, exit 64).
public struct InvalidParameter: ParameterNamingError, Equatable {
    public var parameter: JobParameter
    public var value: String
    public var expected: String

    public init(_ parameter: JobParameter, value: String, expected: String) {
        self.parameter = parameter; self.value = value; self.expected = expected
    }

    public var exitCode: ExitStatus { .usage }

    public var description: String { description(naming: \.rawValue) }

    public func description(naming name: (JobParameter) -> String) -> String {
        "\(name(parameter)): expected \(expected), found \(value)"
    }
}
