extension CompiledLexicon {
    /// Everything the lexicons know about the normalised word `w`, trying in turn: the word itself (exact entries,
    /// sentiment stems, theme patterns); the word with letter runs shortened ("soooo" → "so", "schleeecht" →
    /// "schlecht", read with emphasis); the word without a common ending ("crashes", "gute"); the lexicon word one
    /// typo away (a letter added, missing, or — for words of 7+ letters — swapped or replaced; 5+ letters only).
    func resolve(_ w: String) -> TokenInfo {
        var info = resolveWord(w)
        let h = WordHash.of(w)
        if sentimentPhrases[h] != nil { info.flags.insert(.startsSentimentPhrase) }
        if themePhrases[h] != nil { info.flags.insert(.startsThemePhrase) }
        return info
    }

    private func resolveWord(_ w: String) -> TokenInfo {
        var info = lookup(w)
        if !info.isEmpty { return info }
        if let shorter = Self.collapsed(w) {
            for candidate in shorter {
                info = lookup(candidate)
                if !info.isEmpty {
                    info.flags.insert(.elongated)
                    return info
                }
            }
        }
        for stem in Self.stems(w) {
            info = lookup(stem)
            if Self.isContent(info) { return info }
        }
        if let corrected = typoCorrection(w) { return lookup(corrected) }
        return TokenInfo()
    }

    private func lookup(_ w: String) -> TokenInfo {
        var info = exact[w] ?? TokenInfo()
        if !info.hasSentiment {
            var english = false, german = false
            for s in sentimentStems where w.hasPrefix(s.stem) {
                if !english && s.english != 0 { info.valenceEnglish = s.english; english = true }
                if !german && s.german != 0 { info.valenceGerman = s.german; german = true }
                if english && german { break }
            }
            if english { info.flags.formUnion(german ? [.known] : [.known, .english]) }
            if german { info.flags.formUnion(english ? [.known] : [.known, .german]) }
        }
        if info.themes == 0 && info.weakThemes == 0 {
            for p in themePatterns where Self.matches(w, p.text, p.match) {
                if p.weak { info.weakThemes |= p.mask } else { info.themes |= p.mask }
                info.flags.insert(.known)
            }
        }
        return info
    }

    private static func matches(_ w: String, _ pattern: String, _ match: ThemeEntry.Match) -> Bool {
        switch match {
        case .exact: return w == pattern
        case .prefix: return w.hasPrefix(pattern)
        case .suffix: return w.hasSuffix(pattern)
        case .infix: return w.contains(pattern)
        }
    }

    /// `w` with runs of 3+ equal letters cut to 2, then to 1; nil when it has no such run.
    static func collapsed(_ w: String) -> [String]? {
        let b = Array(w.utf8)
        var hasRun = false
        var two: [UInt8] = [], one: [UInt8] = []
        for (i, c) in b.enumerated() {
            let run2 = i >= 2 && b[i - 1] == c && b[i - 2] == c
            if run2 { hasRun = true } else { two.append(c) }
            if i == 0 || b[i - 1] != c { one.append(c) }
        }
        guard hasRun else { return nil }
        return [String(decoding: two, as: UTF8.self), String(decoding: one, as: UTF8.self)]
    }

    /// `w` without common English and German endings, longest ending first, keeping at least 3 letters.
    static func stems(_ w: String) -> [String] {
        let endings = ["ness", "ing", "ed", "es", "ly", "en", "er", "em", "st", "s", "d", "e", "n", "t"]
        return endings.compactMap { e in
            w.hasSuffix(e) && w.utf8.count - e.utf8.count >= 3 ? String(w.dropLast(e.count)) : nil
        }
    }

    /// The content word one typo away from `w` (5+ letters; substitutions and swaps only from 7 letters).
    func typoCorrection(_ w: String) -> String? {
        let n = w.utf8.count
        guard n >= 5, n <= longestWord + 1 else { return nil }  // a deletion of w must be a word, or w one of a word
        let dels = Self.deletions(w)
        for d in dels { if let info = exact[d], Self.isContent(info) { return d } }
        if let word = typoIndex[w] { return word }
        guard n >= 7 else { return nil }
        for d in dels { if let word = typoIndex[d], word.utf8.count == n { return word } }
        return nil
    }
}
