import Ingest

/// Dates in the generator's configuration: written as `YYYY-MM-DD` strings, read with `Day.parse`.
enum SyntheticDate {
    static func decode<K: CodingKey>(_ c: KeyedDecodingContainer<K>, _ key: K) throws -> Day {
        let text = try c.decode(String.self, forKey: key)
        guard let day = Day.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "expected YYYY-MM-DD, found \(text)")
        }
        return day
    }
}
