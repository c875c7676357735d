import Testing
import Support

/// The text-table writer, the number formatter's padding and the one JSON encoding, against hand-written strings.
@Suite struct TextTableTests {
    @Test func padsLeftAndRightAlignedCells() {
        let table = TextTable(indent: "  ", [.init(6, .left), .init(5), .init(4, gap: 1)])
        // "ab" padded to 6, "1.5" right-aligned in 5, "7" after one space right-aligned in the remaining 3.
        #expect(table.row(["ab", "1.5", "7"]) == "  ab      1.5   7")
        // A left cell wider than its column is cut; a right cell wider is kept whole after its gap.
        #expect(table.row(["abcdefgh", "123456", "12345"]) == "  abcdef123456 12345")
    }

    @Test func leftPadFillsWithTheGivenCharacter() {
        #expect("7".leftPad(3, with: "0") == "007")
        #expect("1234".leftPad(3) == "1234")
        #expect("ab".rightPad(4) == "ab  ")
    }

    @Test func formatsNumbersForPeople() {
        #expect(Format.fixed(1.0 / 3.0, 3) == "0.333")
        #expect(Format.percent(0.125) == "12.5%")
        #expect(Format.signed(3, 1) == "+3.0")
        #expect(Format.fixed(.nan, 2) == "n/a")
        #expect(Format.number(1e-05) == "1e-05")
        #expect(Format.number(2) == "2")
    }

    @Test func jsonSortsKeysAndWritesNonFiniteNumbersAsText() throws {
        struct Value: Encodable { var b = Double.nan; var a = "x/y"; var c = -Double.infinity }
        #expect(try JSONText.encode(Value()) == "{\n  \"a\" : \"x/y\",\n  \"b\" : \"nan\",\n  \"c\" : \"-inf\"\n}")
    }
}
