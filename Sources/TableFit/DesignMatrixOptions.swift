/// What to take from a generic CSV table for `churncast fit`: the target, which columns become predictors,
/// and what to do with missing values.
public struct DesignMatrixOptions: Codable, Equatable, Sendable {
    /// How the target column is read.
    public enum TargetKind: String, Codable, Sendable {
        /// Any number.
        case numeric
        /// 0/1, yes/no or true/false (any case), read as 0 and 1.
        case binary
    }

    public var target: String
    public var targetKind: TargetKind
    /// Predictor columns in the order given; `nil` means every column except the target and `exclude`.
    public var features: [String]?
    public var exclude: [String]
    /// With an intercept, a text column with L levels becomes L − 1 dummies (first level dropped); without, L.
    public var intercept: Bool
    /// Skip rows with an empty field in any used column instead of stopping at the first.
    public var dropMissing: Bool
    /// Text columns to use even when they have (nearly) one level per row, like an id (see `DesignMatrix`).
    public var keep: [String]

    public init(target: String, targetKind: TargetKind = .numeric, features: [String]? = nil, exclude: [String] = [],
                intercept: Bool = true, dropMissing: Bool = false, keep: [String] = []) {
        self.target = target
        self.targetKind = targetKind
        self.features = features
        self.exclude = exclude
        self.intercept = intercept
        self.dropMissing = dropMissing
        self.keep = keep
    }

    enum CodingKeys: String, CodingKey { case target, targetKind, features, exclude, intercept, dropMissing, keep }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(target: try c.decode(String.self, forKey: .target),
                  targetKind: try c.decode(TargetKind.self, forKey: .targetKind),
                  features: try c.decodeIfPresent([String].self, forKey: .features),
                  exclude: try c.decode([String].self, forKey: .exclude),
                  intercept: try c.decode(Bool.self, forKey: .intercept),
                  dropMissing: try c.decode(Bool.self, forKey: .dropMissing),
                  keep: try c.decodeIfPresent([String].self, forKey: .keep) ?? [])
    }
}
