/// Customers grouped by one categorical attribute (the `--by` column): the distinct labels, sorted, and each
/// customer's label index (−1 for none).
public struct Segmentation: Codable, Sendable, Equatable {
    public var labels: [String]
    /// Indexed by customer (the position in `CustomerTable`); a value indexes `labels`, −1 means no segment.
    public var ofCustomer: [Int32]

    public init(labels: [String], ofCustomer: [Int32]) {
        precondition(ofCustomer.allSatisfy { $0 >= -1 && Int($0) < labels.count }, "segment index out of range")
        self.labels = labels
        self.ofCustomer = ofCustomer
    }

    /// From one text value per customer; an empty value becomes the label "(missing)".
    public init(values: [String]) {
        let named = values.map { $0.isEmpty ? "(missing)" : $0 }
        let labels = Array(Set(named)).sorted()
        var index = [String: Int32]()
        for (i, label) in labels.enumerated() { index[label] = Int32(i) }
        self.labels = labels
        self.ofCustomer = named.map { index[$0]! }
    }

    public func segment(of customer: Int32) -> Int32 { ofCustomer[Int(customer)] }
}

/// A figure for all customers and for each segment (parallel to `labels`).
public struct BySegment<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var overall: Value
    public var labels: [String]
    public var segments: [Value]

    public init(overall: Value, labels: [String] = [], segments: [Value] = []) {
        precondition(labels.count == segments.count, "one value per segment label")
        self.overall = overall
        self.labels = labels
        self.segments = segments
    }

    /// The value of the segment with this label, `nil` when there is none.
    public subscript(label: String) -> Value? {
        labels.firstIndex(of: label).map { segments[$0] }
    }

    /// `nil` for overall, else the segment at that index.
    func value(_ group: Int?) -> Value { group.map { segments[$0] } ?? overall }
}
