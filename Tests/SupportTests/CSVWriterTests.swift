import Testing
@testable import Support

@Suite struct CSVWriterTests {
    static func text(_ build: (inout CSVWriter) -> Void) -> String {
        var csv = CSVWriter()
        build(&csv)
        return String(decoding: csv.buffer, as: UTF8.self)
    }

    @Test func quotesOnlyWhatRFC4180Requires() {
        let out = Self.text { csv in
            csv.field("plain"); csv.field("a,b"); csv.field("say \"hi\""); csv.field("two\nlines"); csv.field("")
            csv.endLine()
        }
        #expect(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n")
    }

    @Test func numbersReadBackExactly() {
        let out = Self.text { csv in
            csv.field(3.0); csv.field(-42.0); csv.field(0.1); csv.field(270.0 / 91); csv.field(Double.nan)
            csv.field(-7); csv.field(0); csv.emptyField(); csv.endLine()
            csv.field(1e20); csv.endLine()
        }
        #expect(out == "3,-42,0.1,2.967032967032967,,-7,0,\n1e+20\n")
        #expect(Double("2.967032967032967") == 270.0 / 91)
    }

    /// `field(joining:separator:)` writes what `field(parts.joined(separator:))` writes, quoting included.
    @Test func joinedFieldIsTheFieldOfTheJoinedText() {
        let out = Self.text { csv in
            csv.field("id")
            csv.field(joining: ["last NPS 3 (detractor)", "no engagement for 40 days"], separator: "; ")
            csv.field(joining: ["plan is basic", "a, b"], separator: "; ")
            csv.field(joining: ["x", "y"], separator: ",")
            csv.field(joining: [], separator: "; ")
            csv.field(joining: ["say \"hi\""], separator: "; ")
            csv.endLine()
        }
        #expect(out == "id,last NPS 3 (detractor); no engagement for 40 days,\"plan is basic; a, b\",\"x,y\",,\"say \"\"hi\"\"\"\n")
    }

    /// The one-pass joining against the general path (`field` of the joined text) over parts and separators with
    /// every character that forces quoting, quotes among them, alone and together.
    @Test func joiningEqualsTheJoinedFieldForEverySpecialCharacter() {
        let pieces = ["", "plain", "a, b", "say \"hi\"", "line\nbreak", "cr\rhere", "\"", ",", "ü 👍 ok"]
        for separator in ["; ", ",", "\"", " "] {
            for a in pieces {
                for b in pieces {
                    for parts in [[a], [a, b], [a, b, a]] {
                        let fast = Self.text { csv in csv.field("x"); csv.field(joining: parts, separator: separator); csv.endLine() }
                        let general = Self.text { csv in csv.field("x"); csv.field(parts.joined(separator: separator)); csv.endLine() }
                        #expect(fast == general, "\(parts) joined by \(separator)")
                    }
                }
            }
        }
    }
}
