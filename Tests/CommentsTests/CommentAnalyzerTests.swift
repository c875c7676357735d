import Testing
@testable import Comments

/// Hand-worked cases. Expected scores are worked out by hand from the lexicon values and the rules documented in
/// `CommentScanner+Sentiment.swift`: score = s / √(s² + 15), rounded to 4 decimals.
@Suite struct CommentAnalyzerTests {
    let analyzer = try! CommentAnalyzer()

    private func score(_ text: String) -> Double { analyzer.analyze(text).sentimentScore }

    @Test func negationFlips() {
        // "good" 1.9 → 1.9/√(3.61+15) = 0.4404; "not good": 1.9 × −0.75 = −1.425 → −0.3453.
        #expect(score("good") == 0.4404)
        #expect(score("not good") == -0.3453)
        // "bad" −2.5 with "at all" in the clause flips fully: +2.5 → 2.5/√21.25 = 0.5423.
        #expect(score("not bad at all") == 0.5423)
        // "hilfreich" 2.2 × "wirklich" 1.3 × −0.75 = −2.145 → −0.4845.
        #expect(score("nicht wirklich hilfreich") == -0.4845)
        // "Problem" −1.3 × −0.75 = 0.975 → 0.2441: positive.
        #expect(score("kein Problem") == 0.2441)
        #expect(analyzer.analyze("kein Problem").sentiment == .positive)
        // "works" 1.2 × −0.75 = −0.9 → −0.2263.
        #expect(score("never works") == -0.2263)
        // German negation after the verb: "funktioniert" 1.3 flipped.
        #expect(analyzer.analyze("Die App funktioniert nicht").sentiment == .negative)
        #expect(analyzer.analyze("Gefällt mir gar nicht").sentiment == .negative)
        // Negation does not reach across "und": "keiner" alone is negative.
        #expect(analyzer.analyze("Die Hotline ist nie erreichbar und keiner ruft zurück").sentiment == .negative)
    }

    @Test func intensifiersAndDowntonersScale() {
        // "very" ×1.3: 2.47 → 0.5377; "a bit" ×0.7: −0.98 → −0.2453; "extrem" ×1.5: −2.1 → −0.4767.
        #expect(score("very good") == 0.5377)
        #expect(score("a bit slow") == -0.2453)
        #expect(score("extrem langsam") == -0.4767)
        // "sehr gut" is a phrase of its own, 3.0 → 3/√24 = 0.6124.
        #expect(score("sehr gut") == 0.6124)
        #expect(score("etwas langsam") > score("langsam"))
        #expect(score("sehr langsam") < score("langsam"))
    }

    @Test func umlautSpellingsAndCaseMeet() {
        #expect(analyzer.analyze("schön") == analyzer.analyze("schoen"))
        #expect(analyzer.analyze("SCHÖN") == analyzer.analyze("schoen"))
        #expect(analyzer.analyze("großartig") == analyzer.analyze("grossartig"))
        #expect(analyzer.analyze("Grossartig!").sentiment == .positive)
        #expect(analyzer.analyze("Fuer den Preis ok") == analyzer.analyze("Für den Preis ok"))
        #expect(analyzer.analyze("fuer mich zu umstaendlich").themes == ["usability"])
    }

    @Test func clauseAfterContrastWeighsMore() {
        // good 1.9 × 0.5 + terrible −2.5 × 1.5 = −2.8 → −0.5859; slow −1.4 × 0.5 + excellent 3.2 × 1.5 = 4.1 → 0.7269.
        #expect(score("The product is good but the support is terrible.") == -0.5859)
        #expect(score("The support is slow but the product is excellent.") == 0.7269)
        #expect(analyzer.analyze("Gut, aber viel zu teuer.").sentiment == .negative)
        #expect(analyzer.analyze("Etwas teuer, aber es lohnt sich.").sentiment == .positive)
    }

    @Test func emojisAndEmoticons() {
        #expect(analyzer.analyze("😀").sentiment == .positive)
        #expect(analyzer.analyze("👍").sentiment == .positive)
        #expect(analyzer.analyze("❤️").sentiment == .positive)
        #expect(analyzer.analyze("😡").sentiment == .negative)
        #expect(analyzer.analyze("👎").sentiment == .negative)
        #expect(analyzer.analyze("works :)").sentimentScore > analyzer.analyze("works").sentimentScore)
        #expect(analyzer.analyze("meh :(").sentiment == .negative)
    }

    @Test func sarcasmAndTypos() {
        #expect(analyzer.analyze("Great, another outage.").sentiment == .negative)
        #expect(analyzer.analyze("Toll, schon wieder ein Ausfall.").sentiment == .negative)
        #expect(analyzer.analyze("soooo slow").sentimentScore < analyzer.analyze("so slow").sentimentScore)
        #expect(analyzer.analyze("terible").sentiment == .negative)
        #expect(analyzer.analyze("very helpfull").sentiment == .positive)
        #expect(analyzer.analyze("schleeeecht").sentiment == .negative)
    }

    @Test func languageNeedsEvidence() {
        #expect(analyzer.analyze("ok").language == .unknown)
        #expect(analyzer.analyze("👍").language == .unknown)
        #expect(analyzer.analyze("Top!").language == .unknown)
        #expect(analyzer.analyze("gut").language == .german)
        #expect(analyzer.analyze("thanks").language == .english)
        #expect(analyzer.analyze("Ich bin zufrieden").language == .german)
        #expect(analyzer.analyze("I am happy with it").language == .english)
        #expect(analyzer.analyze("Tür").language == .german)
        #expect(analyzer.analyze("").language == .unknown)
        #expect(analyzer.analyze("").sentiment == .neutral)
    }

    @Test func themesFromWordsStemsAndCompounds() {
        #expect(analyzer.analyze("Die Preiserhöhung ist zu hoch").themes == ["price"])
        #expect(analyzer.analyze("Der Kundenservice antwortet nie").themes == ["support"])
        #expect(analyzer.analyze("Lieferung war schnell").themes == ["delivery"])
        #expect(analyzer.analyze("The app is slow").themes == ["performance"])
        #expect(analyzer.analyze("Invoice wrong, and emails every day").themes == ["billing", "communication"])
        #expect(analyzer.analyze("I like it").themes == [])
    }
}
