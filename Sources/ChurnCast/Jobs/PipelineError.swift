import Support

/// Errors of the train/score/evaluate/forecast pipeline, each with what the user needs to fix it.
/// Messages that name a job's request parameter (`asOf`, `segmentBy`) say it through `naming`, so that the command
/// line says its flag (`--as-of`, `--by`) and a library caller its property.
public enum PipelineError: ParameterNamingError, Equatable {
    /// The model file is not a readable ChurnCast model of this version.
    case badModelFile(path: String, reason: String)
    /// The data cannot provide features the model was trained on.
    case missingFeatures(names: [String])
    /// No active customers (or no usable rows) at the requested snapshot(s).
    case noRows(what: String)
    /// Evaluation on a date that is not later than every training snapshot.
    case notLaterThanTraining(asOf: String, lastTraining: String)
    /// The labels of the snapshot are not observable yet (T + H is after the last date in the data).
    case labelsIncomplete(asOf: String, horizonEnd: String, latestData: String)
    /// Not enough data to fit what was asked.
    case tooLittleData(String)
    /// A command that needs the score model, on a model trained without an NPS export.
    case noScoreModel(command: String)
    /// A segment column the data does not have.
    case unknownSegment(column: String, available: [String])
    /// An option value out of range (exit 64).
    case invalidOption(String)
    /// A bug, not a data problem.
    case internalFailure(String)

    public var exitCode: ExitStatus {
        switch self {
        case .internalFailure: return .software
        case .invalidOption: return .usage
        default: return .dataError
        }
    }

    public var description: String { description(naming: \.rawValue) }

    public func description(naming name: (JobParameter) -> String) -> String {
        let (asOf, by) = (name(.asOf), name(.segmentBy))
        switch self {
        case .badModelFile(let p, let r): return "\(p): cannot use this model file: \(r)"
        case .missingFeatures(let names):
            return "the data cannot provide features the model was trained on: \(names.joined(separator: ", ")) (retrain on data with these attributes, or add them)"
        case .noRows(let w): return "no rows to work with: \(w)"
        case .notLaterThanTraining(let t, let last):
            return "\(asOf) \(t) is not later than the last training snapshot \(last): evaluation must use a later period than training (use a date after \(last))"
        case .labelsIncomplete(let t, let end, let latest):
            return "the outcome period of \(asOf) \(t) runs to \(end), but the data ends on \(latest): choose an as-of date at least a horizon before the end of the data"
        case .tooLittleData(let w): return "too little data: \(w)"
        case .noScoreModel(let c):
            return "this model was trained without an NPS export: it has no score model, which `churncast \(c)` needs (retrain with nps_responses.csv in the --data folder, or pass --nps)"
        case .unknownSegment(let c, let a):
            return "\(by) \(c): no such categorical attribute (available: \(a.isEmpty ? "none" : a.joined(separator: ", ")))"
        case .invalidOption(let w): return w
        case .internalFailure(let w): return "internal error: \(w)"
        }
    }
}
