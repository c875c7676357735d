import Testing
@testable import Comments

/// Hand-worked cases for the rules of `CommentScanner+Rules.swift` and `CommentScanner+Irony.swift`, on sentences
/// written for these tests (not taken from the labelled set or the generator's comment bank). Expected scores are
/// worked out by hand from the lexicon values: score = s / √(s² + 15), rounded to 4 decimals; a complaint is −1.5.
@Suite struct CommentRuleTests {
    let analyzer = try! CommentAnalyzer()

    private func score(_ text: String) -> Double { analyzer.analyze(text).sentimentScore }
    private func sentiment(_ text: String) -> Sentiment { analyzer.analyze(text).sentiment }

    @Test func requestToRepairIsAComplaint() {
        // "wrong" −1.2; "Please fix it": request + repair, −1.5 ("please" is no longer read as "pleased" +2.0).
        // −2.7 → −0.5719.
        #expect(score("The invoice is wrong again. Please fix it.") == -0.5719)
        // "bitte" + "reparieren": −1.5 → −0.3612.
        #expect(score("Bitte endlich reparieren.") == -0.3612)
        // "needs to" + "fixed": the complaint replaces "fixed" +1.3.
        #expect(score("The export needs to be fixed.") == -0.3612)
        // A bare repair verb opening a sentence is a request: "slow" −1.4 + −1.5 = −2.9 → −0.5994.
        #expect(score("Search is slow. Repair it before adding new stuff.") == -0.5994)
        // A repair reported, not requested, stays praise.
        #expect(sentiment("The bug was fixed quickly, thanks!") == .positive)
        #expect(sentiment("Das Problem wurde schnell gelöst.") == .positive)
        // The request word must be in the repair word's clause: "fixed" 1.3 + "impressed" 2.2 = 3.5 → 0.6705.
        #expect(score("Fixed within a day, must say I am impressed.") == 0.6705)
    }

    @Test func trailingNegatorFlipsTheClauseBefore() {
        // "great" 3.1 flipped fully by the lone "not": −3.1 → −0.6249.
        #expect(score("Great value for money... not.") == -0.6249)
        // "tolle" 2.8 flipped, one "!" ×1.1: −3.08 → −0.6224.
        #expect(score("Tolle Beratung. NICHT!") == -0.6224)
        // "hilfreich" 2.2 flipped by "nicht wirklich": −2.2 → −0.4939.
        #expect(score("Hilfreich? Nicht wirklich.") == -0.4939)
        // A negative word before a lone negator is negated as usual: "problems" −1.3 × −0.75 = 0.975 → 0.2441.
        #expect(score("Any problems? No.") == 0.2441)
        // A negator with its own word is plain negation: 3.1 × −0.75 = −2.325 → −0.5147.
        #expect(score("Not great.") == -0.5147)
    }

    @Test func sarcasmMarkersFlipPraise() {
        // "fantastic" 2.8 before "said no one ever" in its sentence: −2.8 → −0.5859.
        #expect(score("Fantastic uptime, said no one ever.") == -0.5859)
        // "lovely" 2.0 in the sentence before a sentence that opens with "if you like": −2.0 → −0.4588.
        #expect(score("Lovely onboarding... if you like reading manuals for hours.") == -0.4588)
        // "super" 2.4 flipped; "warteschleife" −1.0, "hängt" −1.0: −4.4 → −0.7506.
        #expect(score("Super Service, wenn man gerne in der Warteschleife hängt.") == -0.7506)
        // "danke auch" after a clause without praise reaches back to the sentence before: "prima" 2.2 → −2.2;
        // "kaputt" −1.6: −3.8 → −0.7003.
        #expect(score("Prima Verpackung. Ware kaputt, danke auch.") == -0.7003)
        // A lone negator followed by an emoji still flips: "perfect" 2.5 → −2.5, "🙄" stays as it is.
        #expect(sentiment("Perfect timing... not 🙄") == .negative)
        // A condition that opens the comment is no marker: "great" 3.1 → positive.
        #expect(sentiment("If you like simple tools, this is great.") == .positive)
    }

    @Test func waitingIsAComplaint() {
        // "friendly" 2.0 × 0.5 before "but"; "takes days" −1.5 × 1.5 after it: −1.25 → −0.3071.
        #expect(score("The support is friendly, but every answer takes days.") == -0.3071)
        // "gedauert" −0.8 and "drei Wochen gedauert" −1.5: −2.3 → −0.5106.
        #expect(score("Die Antwort hat drei Wochen gedauert.") == -0.5106)
        // "seit Tagen" + "keine" with nothing else to negate: −1.5 → −0.3612.
        #expect(score("Seit Tagen keine Lieferung.") == -0.3612)
        #expect(score("Still no refund.") == -0.3612)
        // "waiting" −0.8 and "still waiting" −1.5: −2.3 → −0.5106.
        #expect(score("I am still waiting for my money.") == -0.5106)
        // "took longer" −1.5 → −0.3612.
        #expect(score("Setting up the account took longer than planned.") == -0.3612)
        // Short spans, negated waits and negated problems are no complaint.
        #expect(sentiment("Delivery took only two days.") != .negative)
        #expect(sentiment("We didn't have to wait for days.") != .negative)
        #expect(sentiment("A full export takes no longer than a coffee break.") != .negative)
        // "Probleme" −1.3 negated by "keine": 0.975 → 0.2441.
        #expect(score("Seit Wochen keine Probleme.") == 0.2441)
    }

    @Test func explicitRatingsCount() {
        // share 1 → (1 − 0.6) × 7.5 = 3.0 → 0.6124.
        #expect(score("5 stars") == 0.6124)
        #expect(score("five stars") == 0.6124)
        // 0/10 → −4.5, held at −3.5; "recommend" 1.9 × −0.75 = −1.425: −4.925 → −0.7861.
        #expect(score("0/10, would not recommend.") == -0.7861)
        // 3 of 5 → 0: neutral.
        #expect(score("3 von 5 Sternen.") == 0)
        // 9/10 → 2.25 → 0.5023.
        #expect(score("Alles in allem 9/10.") == 0.5023)
        #expect(sentiment("Ein Stern, mehr nicht.") == .negative)
        // Not ratings: 24/7 (more than the maximum).
        #expect(analyzer.analyze("Support 24/7 erreichbar").sentimentScore == score("Support erreichbar"))
    }

    @Test func serviceFailuresToldAsEvents() {
        // Lexicon phrases of SentimentLexicon ("service failures told as events"), −1.5 → −0.3612; −1.3 → −0.3182.
        #expect(score("The package never arrived.") == -0.3612)
        #expect(score("Die Hotline hat mitten im Gespräch aufgelegt.") == -0.3612)
        #expect(score("Zwei Mails, keine Rückmeldung.") == -0.3182)
        #expect(analyzer.analyze("The package never arrived.").themes == ["delivery"])
    }
}
