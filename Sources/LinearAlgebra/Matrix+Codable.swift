/// A matrix encodes as `{"rows": r, "columns": c, "storage": [column-major elements]}`; decoding checks the count.
extension Matrix: Codable {
    enum CodingKeys: String, CodingKey { case rows, columns, storage }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try c.decode(Int.self, forKey: .rows)
        let columns = try c.decode(Int.self, forKey: .columns)
        let storage = try c.decode([Double].self, forKey: .storage)
        guard rows >= 0, columns >= 0, storage.count == rows * columns else {
            throw DecodingError.dataCorruptedError(forKey: .storage, in: c, debugDescription:
                "expected \(rows) x \(columns) elements, found \(storage.count)")
        }
        self.init(rows: rows, columns: columns, columnMajor: storage)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rows, forKey: .rows)
        try c.encode(columns, forKey: .columns)
        try c.encode(storage, forKey: .storage)
    }
}
