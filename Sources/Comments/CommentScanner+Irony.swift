/// Sarcasm that a marker announces, read after the contributions are collected (the rule for a positive word
/// alone in its clause is `applySarcasm`):
///
/// - a marker phrase at the start of a clause ("… said nobody ever", "… if you enjoy talking to a bot", "yeah
///   right", "sagte niemand", "… wenn man gerne wartet", "…, danke auch") turns the positive words before it in its sentence —
///   or, when there are none, in the sentence before — and in its own clause into their opposite (×−1);
/// - a negator standing alone at the end of a clause ("Great value... not.", "Toller Service. NICHT!", "Super,
///   nicht wirklich") flips what came before it in its sentence, or the sentence before when it stands alone:
///   positive words ×−1 (the praise was ironic), negative ones ×−0.75 like any negation ("Problems? No.").
extension CommentScanner {
    mutating func applyIronyMarkers() {
        let tokens = tokenizer.tokens
        for k in tokens.indices where tokens[k].kind == .word && !infos[k].flags.contains(.consumed) {
            let flags = infos[k].flags
            guard flags.contains(.sarcasmMarker) || flags.contains(.negate) else { continue }
            let clause = clauseStart(k)
            guard clause > 0, firstWord(from: clause) == k else { continue }
            let sentence = sentenceStart(k)
            let previous = sentence > 0 ? sentenceStart(sentence - 1) : sentence
            if flags.contains(.sarcasmMarker) {
                let own = contributions.contains { $0.token >= sentence && $0.token < k && $0.value > 0 }
                flip((own ? sentence : previous)..<clauseEnd(k), negativeFactor: 1)
            } else if standsAlone(k) {
                flip((clause == sentence ? previous : sentence)..<clause, negativeFactor: Self.negationFactor)
            }
        }
    }

    /// The contributions of tokens in `range`: positive ones ×−1, negative ones × `negativeFactor`.
    private mutating func flip(_ range: Range<Int>, negativeFactor: Float) {
        for i in contributions.indices where range.contains(contributions[i].token) {
            contributions[i].value *= contributions[i].value > 0 ? -1 : negativeFactor
        }
    }

    /// Word `k`'s clause holds no other word but intensifiers, "at all"-words and interjections (emojis may follow:
    /// "… not 🙄").
    private func standsAlone(_ k: Int) -> Bool {
        let tokens = tokenizer.tokens
        var j = clauseStart(k)
        while j < tokens.count && clauses[j] == clauses[k] {
            let m = infos[j]
            if tokens[j].kind == .word && j != k && !m.flags.contains(.consumed) && m.scale == 1
                && m.flags.isDisjoint(with: [.negationBoost, .interjection]) { return false }
            j += 1
        }
        return true
    }

    private func clauseStart(_ k: Int) -> Int {
        var j = k
        while j > 0 && clauses[j - 1] == clauses[k] { j -= 1 }
        return j
    }

    private func clauseEnd(_ k: Int) -> Int {
        var j = k
        while j < clauses.count && clauses[j] == clauses[k] { j += 1 }
        return j
    }

    /// The first token after the sentence end before token `k` (0 when there is none).
    private func sentenceStart(_ k: Int) -> Int {
        var j = k
        while j > 0 && tokenizer.tokens[j - 1].kind != .sentenceEnd { j -= 1 }
        return j
    }

    private func firstWord(from j: Int) -> Int? {
        tokenizer.tokens[j...].firstIndex { $0.kind == .word }
    }
}
