import Ingest

/// Dates as the generator's configuration writes them: `YYYY-MM-DD` strings.
public enum SyntheticDate {
    /// The day written as `YYYY-MM-DD`; `nil` for anything else or an impossible date.
    public static func parse(_ text: String) -> Day? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    static func decode<K: CodingKey>(_ c: KeyedDecodingContainer<K>, _ key: K) throws -> Day {
        let text = try c.decode(String.self, forKey: key)
        guard let day = parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "expected YYYY-MM-DD, found \(text)")
        }
        return day
    }
}
