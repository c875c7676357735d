/// A number that JSON writes as itself when finite and as `null` otherwise (NaN, ±infinity), and reads back with
/// `null` or a missing key as NaN: `encodeFinite`/`decodeFinite` as a property wrapper, so that a type whose only
/// custom coding is this keeps its synthesised `Codable`.
@propertyWrapper
public struct FiniteOrNull: Codable, Equatable, Sendable {
    public var wrappedValue: Double

    public init(wrappedValue: Double) { self.wrappedValue = wrappedValue }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        wrappedValue = c.decodeNil() ? .nan : try c.decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if wrappedValue.isFinite { try c.encode(wrappedValue) } else { try c.encodeNil() }
    }
}

extension KeyedDecodingContainer {
    /// A missing key reads as NaN, as `decodeFinite` does (the synthesised `init(from:)` calls this overload).
    public func decode(_ type: FiniteOrNull.Type, forKey key: Key) throws -> FiniteOrNull {
        FiniteOrNull(wrappedValue: try decodeFinite(forKey: key))
    }
}
