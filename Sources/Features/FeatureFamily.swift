/// A group of features that describe one thing about a customer (NPS history, engagement, tenure, one attribute).
///
/// Reasons and drivers are given per family, not per feature: a family's features are correlated (last and mean
/// NPS, 30- and 90-day windows), so their coefficients may have opposite signs and only their sum means anything.
/// A built-in column's family is its `FeatureDictionary` group, so a new column joins a family by its documented
/// group ("nps" for a comment-sentiment feature, a new group such as "activity" for a family of its own).
public struct FeatureFamily: Hashable, Sendable, Comparable {
    /// The feature dictionary's group (`tenure`, `nps`, `engagement`, `activity`, …), or `attribute`.
    public var group: String
    /// The attribute's column name for the `attribute` group, empty otherwise.
    public var attribute: String

    public init(group: String, attribute: String = "") {
        self.group = group
        self.attribute = group == "attribute" ? attribute : ""
    }

    public static let tenure = FeatureFamily(group: "tenure")
    public static let nps = FeatureFamily(group: "nps")
    public static let engagement = FeatureFamily(group: "engagement")

    /// The family of customer attribute `name` (a numeric column with its `_missing` indicator, or a text column's
    /// levels).
    public static func attribute(_ name: String) -> FeatureFamily { FeatureFamily(group: "attribute", attribute: name) }

    /// A stable key: `tenure`, `nps_history`, `engagement`, another group's name, `attribute:<name>`.
    public var key: String {
        switch group {
        case "nps": return "nps_history"
        case "attribute": return "attribute:" + attribute
        default: return group
        }
    }

    /// The family in plain words, for people ("NPS history", "plan", "activity").
    public var plainName: String {
        switch group {
        case "nps": return "NPS history"
        case "attribute": return attribute
        default: return group.replacingUnderscores
        }
    }

    /// Tenure, NPS history, engagement, other built-in groups by name, then the attributes by name.
    public static func < (a: FeatureFamily, b: FeatureFamily) -> Bool {
        (a.rank, a.group, a.attribute) < (b.rank, b.group, b.attribute)
    }

    private var rank: Int { ["tenure": 0, "nps": 1, "engagement": 2, "attribute": 4][group] ?? 3 }

    /// Group names for columns the feature dictionary does not list, by name prefix (first match).
    public static let prefixGroups: [(prefix: String, group: String)] = [
        ("nps_", "nps"), ("comment_", "nps"), ("engagement_", "engagement"), ("activity_", "activity"),
    ]

    /// The family of every feature column of a table with `encoding`: built-ins by their dictionary group, the
    /// columns of `activityChannels` (a table of other activity channels than the social ones) in the activity
    /// family, attribute columns by their attribute, other columns by `prefixGroups`, else an attribute family of
    /// their own.
    public static func families(featureNames: [String], encoding: AttributeEncoding,
                                activityChannels: [ActivityChannel]? = nil) -> [String: FeatureFamily] {
        var out: [String: FeatureFamily] = [:]
        for d in FeatureDictionary.builtIn() { out[d.name] = FeatureFamily(group: d.group) }
        for name in activityChannels.map({ ActivityFeatures(channels: $0).names }) ?? [] {
            out[name] = FeatureFamily(group: ActivityFeatures.family)
        }
        for n in encoding.numeric {
            out[n.name] = .attribute(n.name)
            out[n.missingFeatureName] = .attribute(n.name)
        }
        for c in encoding.categorical {
            for level in c.levels + [AttributeEncoding.otherLevel] { out[c.featureName(level: level)] = .attribute(c.name) }
        }
        var result: [String: FeatureFamily] = [:]
        for name in featureNames {
            result[name] = out[name]
                ?? prefixGroups.first { name.hasPrefix($0.prefix) }.map { FeatureFamily(group: $0.group) }
                ?? .attribute(name)
        }
        return result
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
