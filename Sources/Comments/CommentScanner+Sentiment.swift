/// Sentiment, in the manner of VADER (Hutto & Gilbert 2014) with rules for German:
///
/// - each sentiment word's valence (−4…+4, in the comment's language) is multiplied by the intensifiers and
///   downtoners among the three words before it in its clause ("very" ×1.3, "etwas" ×0.6);
/// - a negator among those three words ("not", "nie", "kein") flips it to −0.75× (−1× with "at all", "überhaupt",
///   "gar" in the clause); in German (and unknown) a negator after the word also flips it when no other
///   sentiment word follows the negator in the clause ("funktioniert nicht", "gefällt mir gar nicht");
/// - words in capitals (in a comment not all in capitals) weigh 1.3×, stretched words ("soooo", "guuut") 1.2×;
/// - "but"/"aber"/"jedoch" halves everything before it and weighs everything after 1.5×; a clause that "although"/
///   "obwohl" opens weighs 0.5×;
/// - sarcasm: a positive word alone in its clause but for an interjection ("Great, another outage", "Oh great, …",
///   "…, herrlich") counts −0.5× when the rest of the comment is negative; sarcasm markers and a lone trailing
///   negator flip the praise before them (`CommentScanner+Irony.swift`);
/// - requests to repair, waiting for days, and explicit ratings add a valence of their own
///   (`CommentScanner+Rules.swift`);
/// - the sum s, raised 10% per `!` (at most 3), is mapped to −1…1 by s / √(s² + 15).
extension CommentScanner {
    /// Scores from this up are positive, down from its negative negative.
    static let positiveFrom = 0.15
    static let negationFactor: Float = -0.75
    static let window = 3

    mutating func sentimentScore(_ language: CommentLanguage) -> Double {
        markRules(language)
        collectContributions(language)
        applyIronyMarkers()
        applySarcasm()
        var s = contributions.reduce(Float(0)) { $0 + $1.value * $1.weight }
        s *= 1 + 0.1 * Float(min(3, tokenizer.exclamations))
        let score = Double(s) / (Double(s) * Double(s) + 15).squareRoot()
        return (score * 10_000).rounded() / 10_000
    }

    private mutating func collectContributions(_ language: CommentLanguage) {
        contributions.removeAll(keepingCapacity: true)
        let tokens = tokenizer.tokens
        let shouting = tokenizer.letters >= 4 && tokenizer.upperLetters * 10 >= tokenizer.letters * 8
        var after: Float = 1
        var concessionClause: Int32 = -1
        for k in tokens.indices {
            if tokens[k].kind == .emoji {
                contributions.append(Contribution(value: tokens[k].valence, weight: after, token: k))
                continue
            }
            guard tokens[k].kind == .word else { continue }
            if ruleValences[k] != 0 {
                let weight = after * (clauses[k] == concessionClause ? 0.5 : 1)
                contributions.append(Contribution(value: ruleValences[k], weight: weight, token: k))
            }
            guard !infos[k].flags.contains(.consumed) else { continue }
            let info = infos[k]
            if info.flags.contains(.contrast) {
                for i in contributions.indices { contributions[i].weight *= 0.5 }
                after = 1.5
                continue
            }
            if info.flags.contains(.concession) { concessionClause = clauses[k] }
            var v = info.valence(language)
            if v == 0 || actsAsIntensifier(k, language) { continue }
            v *= modification(of: k, language)
            if tokens[k].allCaps && !shouting { v *= 1.3 }
            if info.flags.contains(.elongated) { v *= 1.2 }
            let weight = after * (clauses[k] == concessionClause ? 0.5 : 1)
            contributions.append(Contribution(value: v, weight: weight, token: k))
        }
    }

    /// "super schnell", "mega gut": a sentiment word that also intensifies counts only as intensifier when the
    /// next word in its clause carries sentiment.
    private func actsAsIntensifier(_ k: Int, _ language: CommentLanguage) -> Bool {
        guard infos[k].scale != 1, k + 1 < infos.count, tokenizer.tokens[k + 1].kind == .word,
              clauses[k + 1] == clauses[k] else { return false }
        return infos[k + 1].valence(language) != 0
    }

    /// The factor intensifiers, downtoners and negation give word `k`.
    private func modification(of k: Int, _ language: CommentLanguage) -> Float {
        let tokens = tokenizer.tokens
        var scale: Float = 1
        var negated = false
        var j = k - 1
        while j >= max(0, k - Self.window), tokens[j].kind == .word, clauses[j] == clauses[k],
              !infos[j].flags.contains(.conjunction) {
            let m = infos[j]
            if !m.flags.contains(.consumed) {
                scale *= m.scale
                if m.scale != 1 && m.flags.contains(.elongated) { scale *= 1.2 }
                if m.flags.contains(.negate) { negated = true }
            }
            j -= 1
        }
        if !negated && language != .english { negated = negatedAfter(k, language) }
        guard negated else { return scale }
        return scale * (clauseHasBoost(k) ? -1 : Self.negationFactor)
    }

    /// A German negator after word `k` in its clause, with no sentiment word between them or after it.
    private func negatedAfter(_ k: Int, _ language: CommentLanguage) -> Bool {
        let tokens = tokenizer.tokens
        var j = k + 1
        var found = false
        while j < tokens.count, tokens[j].kind == .word, clauses[j] == clauses[k],
              !infos[j].flags.contains(.conjunction) {
            let m = infos[j]
            if !m.flags.contains(.consumed) {
                if m.valence(language) != 0 && !m.flags.contains(.negate) { return false }
                if m.flags.contains(.negate) { found = true }
            }
            j += 1
        }
        return found
    }

    private func clauseHasBoost(_ k: Int) -> Bool {
        let c = clauses[k]
        var j = k
        while j > 0 && clauses[j - 1] == c { j -= 1 }
        while j < infos.count && clauses[j] == c {
            if infos[j].flags.contains(.negationBoost) { return true }
            j += 1
        }
        return false
    }

    /// A positive word alone in its clause (but for interjections) counts −0.5× when the rest is negative.
    private mutating func applySarcasm() {
        guard contributions.count >= 2 else { return }
        let total = contributions.reduce(Float(0)) { $0 + $1.value * $1.weight }
        for i in contributions.indices where contributions[i].value > 0 {
            let c = contributions[i]
            let rest = total - c.value * c.weight
            guard rest < 0, tokenizer.tokens[c.token].kind == .word, wordsInClause(of: c.token) == 1,
                  contributions.allSatisfy({ $0.token == c.token || clauses[$0.token] != clauses[c.token] }) else {
                continue
            }
            contributions[i].value = -0.5 * c.value
        }
    }

    private func wordsInClause(of k: Int) -> Int {
        var n = 0
        for (j, t) in tokenizer.tokens.enumerated()
        where clauses[j] == clauses[k] && t.kind == .word && !infos[j].flags.contains(.interjection) { n += 1 }
        return n
    }
}
