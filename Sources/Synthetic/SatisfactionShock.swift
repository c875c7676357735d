import Ingest
import Support

/// A planted movement: from `date` on, the satisfaction of every customer in one segment (a plan or a region)
/// shifts by `size` and stays shifted. It starts with the first week that begins on or after `date`.
///
/// Written on the command line as `plan=basic,date=2025-06-30,size=-1.0` (or `region=eu,...`).
public struct SatisfactionShock: Codable, Sendable, Equatable {
    public enum Segment: String, Codable, Sendable { case plan, region }

    public var segment: Segment
    /// The plan or region name, e.g. "basic".
    public var level: String
    public var date: Day
    /// In satisfaction units (one unit moves the expected score by `survey.slope` points).
    public var size: Double

    public init(segment: Segment, level: String, date: Day, size: Double) {
        self.segment = segment; self.level = level; self.date = date; self.size = size
    }

    /// Parses `plan=basic,date=2025-06-30,size=-1.0`; throws `InvalidParameter` about `.shock` otherwise.
    public init(parsing text: String) throws {
        var segment: Segment?, level: String?, date: Day?, size: Double?
        for part in text.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard kv.count == 2 else { throw SatisfactionShock.syntax(text) }
            switch kv[0] {
            case "plan", "region":
                segment = Segment(rawValue: kv[0]); level = kv[1]
            case "date":
                guard let d = Day.parse(kv[1]) else {
                    throw InvalidParameter(.shock, value: kv[1], expected: "a date YYYY-MM-DD after date=")
                }
                date = d
            case "size":
                guard let s = Double(kv[1]), s.isFinite else {
                    throw InvalidParameter(.shock, value: kv[1], expected: "a number after size=")
                }
                size = s
            default:
                throw SatisfactionShock.syntax(text)
            }
        }
        guard let segment, let level, let date, let size else { throw SatisfactionShock.syntax(text) }
        self.init(segment: segment, level: level, date: date, size: size)
    }

    static func syntax(_ text: String) -> InvalidParameter {
        InvalidParameter(.shock, value: text, expected: "plan=NAME,date=YYYY-MM-DD,size=NUMBER (or region=NAME,...)")
    }

    enum CodingKeys: String, CodingKey { case segment, level, date, size }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        segment = try c.decode(Segment.self, forKey: .segment)
        level = try c.decode(String.self, forKey: .level)
        date = try SyntheticDate.decode(c, .date)
        size = try c.decode(Double.self, forKey: .size)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(segment, forKey: .segment)
        try c.encode(level, forKey: .level)
        try c.encode(date.description, forKey: .date)
        try c.encode(size, forKey: .size)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
