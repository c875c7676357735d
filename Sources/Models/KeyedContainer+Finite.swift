extension KeyedEncodingContainer {
    /// Encodes a finite number as itself and NaN or ±infinity as `null` (JSON has no such numbers).
    public mutating func encodeFinite(_ value: Double, forKey key: Key) throws {
        if value.isFinite { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a number written by `encodeFinite`; `null` comes back as NaN.
    public func decodeFinite(forKey key: Key) throws -> Double {
        try decodeIfPresent(Double.self, forKey: key) ?? .nan
    }
}
