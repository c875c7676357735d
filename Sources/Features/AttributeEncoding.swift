import Ingest

/// How customer attributes become features, learned once from the training customers and stored with the model,
/// so that a scoring snapshot is encoded exactly like the training one.
///
/// - Numeric attribute `x`: the value as exported; an empty value takes the training median, and when training saw
///   empty values a `x_missing` indicator is added.
/// - Text attribute `x`: one-hot columns `x=level` for the frequent levels except the most frequent one (the
///   reference, all zeros, so the columns are not collinear with an intercept), plus `x=other` for the pooled rare
///   levels. A level not seen in training goes to `other` (to the reference when training pooled nothing). An empty
///   text is the level `(blank)`; a level literally named `other` is pooled.
public struct AttributeEncoding: Codable, Sendable, Equatable {
    /// The pooled level's name.
    public static let otherLevel = "other"
    /// The level an empty text value takes.
    public static let blankLevel = "(blank)"

    public struct NumericAttribute: Codable, Sendable, Equatable {
        public var name: String
        /// The training median, used for empty values.
        public var fill: Double
        /// Whether the `name_missing` indicator column exists.
        public var missingIndicator: Bool
        public var missingFeatureName: String { name + "_missing" }

        public init(name: String, fill: Double, missingIndicator: Bool) {
            self.name = name; self.fill = fill; self.missingIndicator = missingIndicator
        }
    }

    public struct CategoricalAttribute: Codable, Sendable, Equatable {
        public var name: String
        /// The most frequent kept level, encoded as all zeros; `nil` when every level was rare (no columns then).
        public var reference: String?
        /// The other kept levels, one column each, most frequent first.
        public var levels: [String]
        /// Whether the `name=other` column exists.
        public var hasOther: Bool
        public func featureName(level: String) -> String { "\(name)=\(level)" }

        public init(name: String, reference: String?, levels: [String], hasOther: Bool) {
            self.name = name; self.reference = reference; self.levels = levels; self.hasOther = hasOther
        }
    }

    public var numeric: [NumericAttribute]
    public var categorical: [CategoricalAttribute]

    public init(numeric: [NumericAttribute] = [], categorical: [CategoricalAttribute] = []) {
        self.numeric = numeric
        self.categorical = categorical
    }

    /// The attribute feature columns, in order: each numeric attribute (and its indicator), then each text
    /// attribute's levels and its `other`.
    public var featureNames: [String] {
        var out: [String] = []
        for n in numeric {
            out.append(n.name)
            if n.missingIndicator { out.append(n.missingFeatureName) }
        }
        for c in categorical {
            out += c.levels.map { c.featureName(level: $0) }
            if c.hasOther { out.append(c.featureName(level: AttributeEncoding.otherLevel)) }
        }
        return out
    }

    /// Learns the encoding from the customers marked in `population` (all customers when `nil`), each counted once.
    /// A numeric attribute with no value in the population is left out.
    /// - Complexity: O(n log n) for n customers (medians), O(n) per text attribute.
    public static func learn(customers: CustomerTable, population: [Bool]? = nil,
                             rareLevelMinCount: Int, maxLevels: Int) -> AttributeEncoding {
        precondition(population == nil || population!.count == customers.count, "population mask has wrong length")
        func included(_ i: Int) -> Bool { population?[i] ?? true }
        var numeric: [NumericAttribute] = []
        for column in customers.numericAttributes {
            var present: [Double] = []
            var missing = 0
            for (i, v) in column.values.enumerated() where included(i) {
                if v.isFinite { present.append(v) } else { missing += 1 }
            }
            guard !present.isEmpty else { continue }
            numeric.append(NumericAttribute(name: column.name, fill: median(&present), missingIndicator: missing > 0))
        }
        var categorical: [CategoricalAttribute] = []
        for column in customers.categoricalAttributes {
            var counts: [String: Int] = [:]
            for (i, v) in column.values.enumerated() where included(i) { counts[level(of: v), default: 0] += 1 }
            let ranked = counts.filter { $0.key != otherLevel && $0.value >= rareLevelMinCount }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(maxLevels).map(\.key)
            let kept = Set(ranked)
            let pooled = counts.contains { !kept.contains($0.key) }
            categorical.append(CategoricalAttribute(name: column.name, reference: ranked.first,
                                                    levels: Array(ranked.dropFirst()),
                                                    hasOther: pooled && !ranked.isEmpty))
        }
        return AttributeEncoding(numeric: numeric, categorical: categorical)
    }

    /// The level a raw text value stands for before pooling.
    static func level(of text: String) -> String { text.isEmpty ? blankLevel : text }

    /// The median of `values` (mean of the two middle values for an even count); sorts `values`.
    static func median(_ values: inout [Double]) -> Double {
        values.sort()
        let n = values.count
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2
    }
}
