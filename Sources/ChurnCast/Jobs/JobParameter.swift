import Support

/// A parameter of a job's request that an error can be about. Its raw value is the request's property name; a
/// caller names it its own way (the command line: by its flag).
public enum JobParameter: String, Sendable, CaseIterable {
    case asOf, segmentBy
}

/// An error whose message names request parameters: `description(naming:)` says each with the caller's name for it.
public protocol ParameterNamingError: UserFacingError {
    func description(naming name: (JobParameter) -> String) -> String
}
