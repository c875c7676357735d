/// A group of features that describe one thing about a customer (NPS history, engagement, tenure, one attribute).
///
/// Reasons and drivers are given per family, not per feature: a family's features are correlated (last and mean
/// NPS, 30- and 90-day windows), so their coefficients may have opposite signs and only their sum means anything.
public struct FeatureFamily: Hashable, Sendable, Comparable {
    public enum Kind: Int, Sendable, Comparable {
        case tenure, nps, engagement, attribute
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var kind: Kind
    /// The attribute's column name for `.attribute`, empty otherwise.
    public var attribute: String

    public init(_ kind: Kind, attribute: String = "") {
        self.kind = kind
        self.attribute = attribute
    }

    public static let tenure = FeatureFamily(.tenure)
    public static let nps = FeatureFamily(.nps)
    public static let engagement = FeatureFamily(.engagement)

    /// A stable key: `tenure`, `nps_history`, `engagement`, `attribute:<name>`.
    public var key: String {
        switch kind {
        case .tenure: return "tenure"
        case .nps: return "nps_history"
        case .engagement: return "engagement"
        case .attribute: return "attribute:" + attribute
        }
    }

    /// The family in plain words, for people ("NPS history", "plan").
    public var plainName: String {
        switch kind {
        case .tenure: return "tenure"
        case .nps: return "NPS history"
        case .engagement: return "engagement"
        case .attribute: return attribute
        }
    }

    public static func < (a: FeatureFamily, b: FeatureFamily) -> Bool {
        (a.kind, a.attribute) < (b.kind, b.attribute)
    }

    /// The family of a built-in feature.
    public init(_ feature: BuiltInFeature) {
        switch feature.group {
        case "tenure": self = .tenure
        case "nps": self = .nps
        default: self = .engagement
        }
    }

    /// The family of every feature column of a table with `encoding`: built-ins by their group, attribute columns
    /// by their attribute (a numeric attribute and its `_missing` indicator, a text attribute's levels and `other`).
    public static func families(featureNames: [String], encoding: AttributeEncoding) -> [String: FeatureFamily] {
        var out: [String: FeatureFamily] = [:]
        for f in BuiltInFeature.allCases { out[f.name] = FeatureFamily(f) }
        for n in encoding.numeric {
            out[n.name] = FeatureFamily(.attribute, attribute: n.name)
            out[n.missingFeatureName] = FeatureFamily(.attribute, attribute: n.name)
        }
        for c in encoding.categorical {
            for level in c.levels + [AttributeEncoding.otherLevel] {
                out[c.featureName(level: level)] = FeatureFamily(.attribute, attribute: c.name)
            }
        }
        return out.filter { featureNames.contains($0.key) }
    }
}
