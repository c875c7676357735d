import Testing
import Support

/// The one scalar-by-scalar rewrite, against hand-written strings.
@Suite struct ScalarMappingTests {
    @Test func replacesWhatTheTableNamesAndKeepsTheRest() {
        let table: [Unicode.Scalar: String] = ["&": "&amp;", "ä": "ae"]
        #expect(ScalarMapping.apply("a&b ä!") { table[$0] } == "a&amp;b ae!")
        #expect(ScalarMapping.apply("") { table[$0] } == "")
    }

    @Test func readsAtMostTheLimitAndMarksTheRest() {
        // Four scalars read of "abcdef", then the truncation mark; a text of exactly the limit gets no mark.
        #expect(ScalarMapping.apply("abcdef", limit: 4, truncation: "…") { _ in nil } == "abcd…")
        #expect(ScalarMapping.apply("abcd", limit: 4, truncation: "…") { _ in nil } == "abcd")
        #expect(ScalarMapping.apply("a\nb", limit: 2, truncation: "…") { $0 == "\n" ? "\\n" : nil } == "a\\n…")
    }
}
