import Testing
@testable import Ingest

@Suite struct DayParsingTests {
    static func parse(_ s: String) -> Day.ParseResult {
        Array(s.utf8).withUnsafeBufferPointer { Day.parse(bytes: $0) }
    }

    @Test func datesAndTimestampsGiveTheWrittenCalendarDate() {
        // Epoch day numbers: 2025-03-01 is 20148 (date -d 2025-03-01 +%s / 86400).
        let expected = Day.ParseResult.day(Day(index: 20148))
        for s in ["2025-03-01", " 2025-03-01 ", "2025-03-01T00:00", "2025-03-01T23:59:59Z", "2025-03-01T23:30:00-08:00",
                  "2025-03-01T01:00:00+14:00", "2025-03-01T12:00:00.123456+0530", "2025-03-01 09:15:00",
                  "2025-03-01t10:00:00z", "2025-03-01T10:00+02"] {
            #expect(Self.parse(s) == expected, "\(s)")
        }
    }

    @Test func impossibleDates() {
        #expect(Self.parse("2025-02-30") == .impossible(year: 2025, month: 2, day: 30))
        #expect(Self.parse("2025-13-01") == .impossible(year: 2025, month: 13, day: 1))
        #expect(Self.parse("2025-04-31T10:00:00Z") == .impossible(year: 2025, month: 4, day: 31))
        #expect(Self.parse("2024-02-29") == .day(Day(year: 2024, month: 2, day: 29)!))
        #expect(Day.expectation(for: Self.parse("2025-02-30")) == "a date that exists (2025-02 has 28 days)")
    }

    @Test func otherFormatsRejected() {
        for s in ["25/03/2025", "2025/03/01", "2025-3-1", "20250301", "2025-03-01T", "2025-03-01T25:00",
                  "2025-03-01T10:00:00+", "2025-03-01X", "2025-03-01T10:00:00.", "", "  ", "March 1, 2025",
                  "2025-03-01T10:00:00+02:00:00", "２０２５-03-01"] {
            #expect(Self.parse(s) == .malformed, "\(s)")
        }
        #expect(Day.expectation(for: .malformed) == Day.expectedFormat)
    }

    @Test func textConvenience() {
        #expect(Day.parse("2024-02-29T10:00:00Z")?.description == "2024-02-29")
        #expect(Day.parse("2024-02-30") == nil)
    }
}

@Suite struct IntegerFieldTests {
    static func parse(_ s: String) -> IntegerField.Result {
        Array(s.utf8).withUnsafeBufferPointer { IntegerField.parse($0) }
    }

    @Test func values() {
        #expect(Self.parse("0") == .value(0))
        #expect(Self.parse("10") == .value(10))
        #expect(Self.parse("-1") == .value(-1))
        #expect(Self.parse("+7") == .value(7))
        #expect(Self.parse(" 42 ") == .value(42))
        #expect(Self.parse("7.0") == .value(7))
        #expect(Self.parse("2147483648") == .value(2_147_483_648))
        #expect(Self.parse("123456789012345678") == .value(123_456_789_012_345_678))
    }

    @Test func failures() {
        #expect(Self.parse("") == .empty)
        #expect(Self.parse("   ") == .empty)
        #expect(Self.parse("7.5") == .notWhole)
        #expect(Self.parse(".5") == .notWhole)
        #expect(Self.parse("1e3") == .notWhole)
        #expect(Self.parse("1234567890123456789") == .tooLarge)
        for s in ["ten", "7a", "-", ".", "e5", "1e", "1.2.3", "0x10", "1,000"] {
            #expect(Self.parse(s) == .malformed, "\(s)")
        }
    }
}

@Suite struct CustomerIndexTests {
    @Test func findsEveryIdFromBytes() {
        let ids = (0..<5000).map { "cust-\($0 * 7919)" } + ["", "é", "a,b", "x\"y", String(repeating: "z", count: 40)]
        let index = CustomerIndex(ids)
        for (i, id) in ids.enumerated() { #expect(index.index(of: id) == Int32(i)) }
        #expect(index.index(of: "cust-1") == nil)
        #expect(index.index(of: "cust-7919 ") == nil)
        #expect(index.index(of: String(repeating: "z", count: 41)) == nil)
    }
}

@Suite struct NumericIdTests {
    /// Both lookups — numeric table and hash table — must give the same answers; probes include near misses.
    @Test func numericIdsFoundExactly() {
        let padded: [String] = (0..<3000).map { (i: Int) -> String in
            let n = String(i * 3 + 5)
            return "C" + String(repeating: "0", count: 7 - n.count) + n
        }
        let plain = (0..<3000).map { "cust-\($0 * 2 + 1)" }
        let numbers = (0..<3000).map { String($0 + 100) }
        for ids in [padded, plain, numbers] {
            let index = CustomerIndex(ids)
            for (i, id) in ids.enumerated() { #expect(index.index(of: id) == Int32(i)) }
        }
        let a = CustomerIndex(padded), b = CustomerIndex(plain), c = CustomerIndex(numbers)
        for probe in ["C0000005", "C000005", "C00000005", "C0000006", "D0000005", "C000000A", "C", ""] {
            #expect(a.index(of: probe) == (probe == "C0000005" ? 0 : nil), "\(probe)")
        }
        for probe in ["cust-01", "cust-2", "cust-", "cust-1x", "cust-1"] {
            #expect(b.index(of: probe) == (probe == "cust-1" ? 0 : nil), "\(probe)")
        }
        for probe in ["0100", "99", "3100", "100"] {
            #expect(c.index(of: probe) == (probe == "100" ? 0 : nil), "\(probe)")
        }
        // Mixed zero-padding with variable length: not numeric-table shaped, still found by hashing.
        let mixed = ["A01", "A1", "A002"]
        let m = CustomerIndex(mixed)
        for (i, id) in mixed.enumerated() { #expect(m.index(of: id) == Int32(i)) }
        #expect(m.index(of: "A2") == nil)
    }
}

@Suite struct CustomerIndexModesTests {
    /// Ids that start numeric and then stop fitting (a letter, a leading zero among varying lengths, a huge spread)
    /// move to hashing part way; every id must still be found, duplicates reported with the first index.
    @Test func switchesToHashingPartWay() {
        let cases: [[String]] = [
            (1...500).map { "C\($0)" } + ["C7x", "other"],
            (1...500).map { "C\($0)" } + ["C0501"],
            (1...500).map { "C\($0)" } + ["C999999999"],
            ["C05", "C10", "C99"] + ["C5"],
            (1...300).reversed().map { "n\($0 * 7)" },
        ]
        for ids in cases {
            let index = CustomerIndex(capacity: 4)
            for (i, id) in ids.enumerated() {
                var s = id
                #expect(s.withUTF8 { index.insert($0) } == nil, "\(id)")
                #expect(index.count == i + 1)
            }
            for (i, id) in ids.enumerated() {
                var s = id
                #expect(s.withUTF8 { index.insert($0) } == Int32(i), "duplicate \(id)")
            }
            index.seal()
            for (i, id) in ids.enumerated() { #expect(index.index(of: id) == Int32(i), "\(id)") }
            #expect(index.index(of: "C0") == nil && index.index(of: "nope") == nil)
        }
    }
}

@Suite struct CivilIndexTests {
    /// The inlined parser's arithmetic must agree with `Day(year:month:day:)` on every day of years 0–9999 sampled,
    /// including every day of the leap-year edge cases 1900, 2000, 2024 and 2100.
    @Test func agreesWithDayInit() {
        var years = Array(stride(from: 0, through: 9999, by: 37))
        years += [1900, 1970, 2000, 2023, 2024, 2025, 2100, 9999]
        for y in years {
            for m in 0...13 {
                for d in 0...32 {
                    #expect(Day.civilIndex(year: y, month: m, day: d) == Day(year: y, month: m, day: d)?.index,
                            "\(y)-\(m)-\(d)")
                }
            }
        }
    }
}
