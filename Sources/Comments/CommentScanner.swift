/// Analyses comments one after another, reusing its buffers and remembering what the lexicons said about each word
/// it met (a word is resolved once per scanner). Not shared between threads: one scanner per thread.
struct CommentScanner {
    let lexicon: CompiledLexicon
    var tokenizer = CommentTokenizer()
    var cache = WordCache()
    /// Per token: what it says, its clause and sentence (clauses end at `,`, `:`, `.`, `!`, … and begin at "but",
    /// "aber", "although").
    var infos: [TokenInfo] = []
    var clauses: [Int32] = []
    var contributions: [Contribution] = []
    /// Per token, the valence a rule of `CommentScanner+Rules.swift` gave it (0: none).
    var ruleValences: [Float] = []
    var clauseThemes: [(strong: UInt64, weak: UInt64)] = []

    /// One sentiment-bearing word or emoji, with the weight contrast and concession gave it.
    struct Contribution {
        var value: Float
        var weight: Float
        var token: Int
    }

    init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
    }

    mutating func analyze(_ text: String) -> CompactAnalysis {
        tokenizer.tokenize(text)
        return analyzeTokens()
    }

    /// The analysis of a comment given as bytes: read in place when they are all ASCII (valid UTF-8 as they
    /// stand), else through the String `String(decoding:as:)` makes of them (invalid sequences become U+FFFD).
    mutating func analyze(utf8: UnsafeBufferPointer<UInt8>) -> CompactAnalysis {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            tokenizer.tokenize(validUTF8: utf8)
            return analyzeTokens()
        }
        return analyze(String(decoding: utf8, as: UTF8.self))
    }

    private mutating func analyzeTokens() -> CompactAnalysis {
        resolveTokens()
        matchPhrases()
        markClauses()
        let language = detectLanguage()
        let score = sentimentScore(language)
        let sentiment: Sentiment = score >= Self.positiveFrom ? .positive : score <= -Self.positiveFrom ? .negative : .neutral
        return CompactAnalysis(language: language, sentiment: sentiment, score: score, themes: themeMask())
    }

    private mutating func resolveTokens() {
        infos.removeAll(keepingCapacity: true)
        for token in tokenizer.tokens {
            guard token.kind == .word else { infos.append(TokenInfo()); continue }
            if let known = cache[token.hash] {
                infos.append(known)
            } else {
                let info = lexicon.resolve(tokenizer.word(token))
                cache.insert(info, for: token.hash)
                infos.append(info)
            }
        }
    }

    /// Reads phrases: a theme phrase adds its themes to its first word; a sentiment phrase ("waste of time",
    /// "a bit", "at all") replaces its first word's sentiment and leaves its other words without any.
    private mutating func matchPhrases() {
        let tokens = tokenizer.tokens
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].kind == .word else { continue }
            let flags = infos[k].flags
            if flags.contains(.startsThemePhrase), let list = lexicon.themePhrases[tokens[k].hash],
               let p = list.first(where: { matches($0, at: k) }) {
                infos[k].themes |= p.info.themes
                infos[k].weakThemes |= p.info.weakThemes
            }
            if flags.contains(.startsSentimentPhrase), let list = lexicon.sentimentPhrases[tokens[k].hash],
               let p = list.first(where: { matches($0, at: k) }) {
                var merged = p.info
                merged.themes |= infos[k].themes
                merged.weakThemes |= infos[k].weakThemes
                infos[k] = merged
                for j in k + 1..<k + p.words.count { infos[j].flags.insert(.consumed) }
                k += p.words.count - 1
            }
        }
    }

    private func matches(_ phrase: Phrase, at k: Int) -> Bool {
        let tokens = tokenizer.tokens
        guard k + phrase.words.count <= tokens.count else { return false }
        for i in 1..<phrase.words.count {
            let t = tokens[k + i]
            if t.kind != .word || t.hash != phrase.words[i] { return false }
        }
        return true
    }

    private mutating func markClauses() {
        clauses.removeAll(keepingCapacity: true)
        var clause: Int32 = 0
        for (k, token) in tokenizer.tokens.enumerated() {
            if token.kind == .word, !infos[k].flags.isDisjoint(with: [.contrast, .concession]), k > 0,
               tokenizer.tokens[k - 1].kind == .word {
                clause += 1
            }
            clauses.append(clause)
            if token.kind == .comma || token.kind == .sentenceEnd { clause += 1 }
        }
    }

    /// English when more of its words are English-only than German-only, German when fewer (ä, ö, ü and ß each
    /// count as a German word), unknown on a tie — which includes no evidence at all ("ok", "Top!", "👍").
    private func detectLanguage() -> CommentLanguage {
        var english = 0, german = tokenizer.germanLetters
        for (k, token) in tokenizer.tokens.enumerated() where token.kind == .word {
            let f = infos[k].flags
            if f.contains(.english) && !f.contains(.german) { english += 1 }
            if f.contains(.german) && !f.contains(.english) { german += 1 }
        }
        return english > german ? .english : german > english ? .german : .unknown
    }

    /// Clause themes, a weak entry's theme only where its clause has no other.
    private mutating func themeMask() -> UInt64 {
        let count = Int((clauses.last ?? 0) + 1)
        clauseThemes.removeAll(keepingCapacity: true)
        clauseThemes.append(contentsOf: repeatElement((strong: UInt64(0), weak: UInt64(0)), count: count))
        for (k, info) in infos.enumerated() {
            let c = Int(clauses[k])
            clauseThemes[c].strong |= info.themes
            clauseThemes[c].weak |= info.weakThemes
        }
        return clauseThemes.reduce(0) { $0 | ($1.strong != 0 ? $1.strong : $1.weak) }
    }
}
