/// Rules that give a clause sentiment no single word of it carries. They run before the contributions are
/// collected and leave a valence on one token of the clause, which is then weighed like a word's (contrast,
/// concession), without intensifiers or negation:
///
/// - a request to repair ("please fix", "bitte dringend beheben", "needs to be fixed", "Fix the sync."): a repair
///   word in a clause with a request word, or a bare repair verb opening a sentence, is a complaint, −1.5, and its
///   own valence ("fixed" +1.3) does not count ("Fixed in a day, must say I'm impressed" stays praise);
/// - waiting: a waiting or taking verb with a span of days or longer, "a while" or "longer" in its clause ("takes
///   days", "took six weeks", "took longer than expected", "dauert Wochen", "seit Wochen warte ich") is a
///   complaint, −1.5, unless the clause says the span was short ("only", "nur", "within") or a negator stands up
///   to three words before the verb or the span ("didn't have to wait for days");
/// - a negator with nothing else to negate after "still" ("still no refund", "immer noch kein Update") or after
///   "for"/"seit" with a span ("for weeks nothing", "seit Wochen keine Lieferung"), or "still" with a waiting verb
///   ("still waiting"), is the same complaint;
/// - an explicit rating ("5 stars", "10/10", "0/10", "3 von 5 Sternen") counts by its share p of the maximum,
///   (p − 0.6) × 7.5 within ±3.5: 3 of 5 is neutral, 4/5 +1.5, 5/5 and 10/10 +3, one star −3, 0/10 −3.5.
extension CommentScanner {
    static let complaintValence: Float = -1.5

    mutating func markRules(_ language: CommentLanguage) {
        let count = tokenizer.tokens.count
        ruleValences.removeAll(keepingCapacity: true)
        ruleValences.append(contentsOf: repeatElement(0, count: count))
        var start = 0
        while start < count {
            var end = start + 1
            while end < count && clauses[end] == clauses[start] { end += 1 }
            markWaiting(start..<end, language)
            markRepairRequest(start..<end)
            start = end
        }
        markRatings()
    }

    /// A repair word in a clause with a request word, or in a sentence a bare repair verb opens: the first one carries
    /// the complaint, none its own valence.
    private mutating func markRepairRequest(_ range: Range<Int>) {
        let tokens = tokenizer.tokens
        func isWord(_ k: Int) -> Bool { tokens[k].kind == .word && !infos[k].flags.contains(.consumed) }
        guard let first = range.first(where: isWord) else { return }
        let opensSentence = range.lowerBound == 0 || tokens[range.lowerBound - 1].kind == .sentenceEnd
        let imperative = opensSentence && infos[first].flags.contains(.imperative)
        guard imperative || range.contains(where: { isWord($0) && infos[$0].flags.contains(.request) }) else { return }
        var marked = false
        for k in range where isWord(k) && infos[k].flags.contains(.repair) {
            if !marked { ruleValences[k] += Self.complaintValence; marked = true }
            infos[k].flags.insert(.consumed)
        }
    }

    /// The waiting complaint of the clause `range`, if it has one.
    private mutating func markWaiting(_ range: Range<Int>, _ language: CommentLanguage) {
        var wait = -1, span = -1, negator = -1
        var still = false, since = false, brief = false, otherSentiment = false
        for k in range where tokenizer.tokens[k].kind == .word && !infos[k].flags.contains(.consumed) {
            let f = infos[k].flags
            if f.contains(.wait) && wait < 0 { wait = k }
            if f.contains(.timeSpan) && span < 0 { span = k }
            if f.contains(.negate) && negator < 0 { negator = k }
            still = still || f.contains(.still)
            since = since || f.contains(.since)
            brief = brief || f.contains(.brief)
            if !f.contains(.wait) && !f.contains(.negate) && infos[k].valence(language) != 0 { otherSentiment = true }
        }
        guard !brief else { return }
        if wait >= 0 && span >= 0 {
            func negates(_ k: Int) -> Bool { negator >= 0 && negator < k && k - negator <= Self.window }
            let negated = negates(wait) || negates(span)
            if !negated { ruleValences[span] += Self.complaintValence }
        } else if still && wait >= 0 {
            ruleValences[wait] += Self.complaintValence
        } else if negator >= 0 && !otherSentiment && (still || (since && span >= 0)) {
            ruleValences[negator] += Self.complaintValence
        }
    }

    /// "N stars", "N/M", "N out of M", "N von M": the rating's valence on N, its words read for nothing else.
    private mutating func markRatings() {
        let tokens = tokenizer.tokens
        for k in tokens.indices where tokens[k].kind == .word && !infos[k].flags.contains(.consumed) {
            guard let n = number(k), k + 1 < tokens.count else { continue }
            var maximum = 0, last = k + 1
            if tokens[k + 1].kind == .word && infos[k + 1].flags.contains(.stars) {
                maximum = 5
            } else if tokens[k + 1].slash && (k == 0 || !tokens[k - 1].slash) {
                guard k + 2 < tokens.count, let m = number(k + 2),
                      k + 3 >= tokens.count || !tokens[k + 3].slash else { continue }
                maximum = m; last = k + 2
            } else if tokens[k + 1].kind == .word && infos[k + 1].flags.contains(.outOf) {
                var j = k + 2
                while j < tokens.count && tokens[j].kind == .word && infos[j].flags.contains(.consumed) { j += 1 }
                guard j < tokens.count, let m = number(j) else { continue }
                maximum = m; last = j
                if j + 1 < tokens.count, tokens[j + 1].kind == .word, infos[j + 1].flags.contains(.stars) {
                    last = j + 1
                }
            }
            guard maximum == 5 || maximum == 10, n <= 2 * maximum else { continue }
            let share = min(1, Float(n) / Float(maximum))
            ruleValences[k] = max(-3.5, min(3.5, (share - 0.6) * 7.5))
            for j in k...last where tokens[j].kind == .word { infos[j].flags.insert(.consumed) }
        }
    }

    /// The number word `k` writes ("5", "five", "fünf"), if it is one.
    private func number(_ k: Int) -> Int? {
        let t = tokenizer.tokens[k]
        guard t.kind == .word else { return nil }
        if infos[k].number >= 0 { return Int(infos[k].number) }
        let bytes = tokenizer.bytes[Int(t.start)..<Int(t.end)]
        guard bytes.count <= 3, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
