import Testing
@testable import Report

/// Expected strings written by hand.
@Suite struct NumberFormatTests {
    @Test func integersGetThousandsSeparators() {
        #expect(NumberFormat.integer(0) == "0")
        #expect(NumberFormat.integer(999) == "999")
        #expect(NumberFormat.integer(1000) == "1,000")
        #expect(NumberFormat.integer(1_234_567) == "1,234,567")
        #expect(NumberFormat.integer(-45_000) == "\u{2212}45,000")
    }

    @Test func fixedRoundsAndGroups() {
        #expect(NumberFormat.fixed(0.8125, 3) == "0.813")   // 0.8125 is exact in binary: half rounds away
        #expect(NumberFormat.fixed(1234.56, 1) == "1,234.6")
        #expect(NumberFormat.fixed(2, 2) == "2.00")
        #expect(NumberFormat.fixed(-0.0004, 3) == "0.000")   // no "−0.000"
        #expect(NumberFormat.fixed(-3.25, 1) == "\u{2212}3.3")
        #expect(NumberFormat.fixed(.nan, 2) == "n/a")
    }

    @Test func percentagesAndSignedValues() {
        #expect(NumberFormat.percent(0.3456) == "34.6%")
        #expect(NumberFormat.percent(0.1, 0) == "10%")
        #expect(NumberFormat.percent(1) == "100.0%")
        #expect(NumberFormat.signed(12) == "+12.0")
        #expect(NumberFormat.signed(-4.5) == "\u{2212}4.5")
        #expect(NumberFormat.signed(0.01) == "0.0")
        #expect(NumberFormat.signed(-0.01, 0) == "0")
    }

    @Test func dataFormIsShortAndASCII() {
        #expect(NumberFormat.data(0.25) == "0.25")
        #expect(NumberFormat.data(-1.5) == "-1.5")
        #expect(NumberFormat.data(3) == "3")
        #expect(NumberFormat.data(1e-7) == "0")
        #expect(NumberFormat.data(0.1234567) == "0.123457")
        #expect(NumberFormat.data(12.345, decimals: 1) == "12.3")
    }

    @Test func markupEscapesTheFiveCharactersAndForbiddenControls() {
        #expect(Markup.escape("plain text") == "plain text")
        #expect(Markup.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(Markup.escape("tab\tline\nbell\u{7}") == "tab\tline\nbell\u{FFFD}")
        #expect(Markup.escape("é ü 日本") == "é ü 日本")
        #expect(Markup.escape("x\u{FFFE}") == "x\u{FFFD}")
    }
}
