/// What the lexicons say about one normalised word (or a phrase starting at it).
struct TokenInfo {
    /// One thing a lexicon says a word is or does; its raw value is its bit in `Flags`.
    enum Flag: UInt32, CaseIterable {
        case negate
        case negationBoost
        case contrast
        case concession
        /// A word of English only / German only: evidence for language detection.
        case english
        case german
        /// Some lexicon knows the word (a function word counts): it is never typo-corrected.
        case known
        case startsSentimentPhrase
        case startsThemePhrase
        /// Found only after shortening a letter run ("soooo" → "so"): read with emphasis.
        case elongated
        /// Part of a phrase read at an earlier word: it carries nothing of its own for sentiment.
        case consumed
        /// "and", "und": negation and intensifiers do not reach across it.
        case conjunction
        /// "oh", "ach", "na": does not count as a word of its clause for the sarcasm rule.
        case interjection
        /// "please", "bitte", "must": with a repair word in its sentence, a request to repair (a complaint).
        case request
        /// "fix", "beheben": see `request`.
        case repair
        /// "said nobody ever", "if you enjoy", "wenn man gerne": the praise before it is ironic.
        case sarcasmMarker
        /// "takes", "waited", "dauert": with a span of days or longer in its clause, a complaint.
        case wait
        /// "days", "weeks", "Wochen", "tagelang".
        case timeSpan
        /// "only", "within", "nur": the span was short, no complaint.
        case brief
        /// "still", "immer noch".
        case still
        /// "for", "since", "seit" (before a span).
        case since
        /// "star", "Sterne": the unit of a rating out of 5.
        case stars
        /// "out of", "von": between a rating and its maximum.
        case outOf
        /// "fix", "repair" (the bare verb): opening a sentence, a request to repair by itself ("Fix the sync.").
        case imperative

        /// The flag's bit (`Flag.allCases.count` ≤ 32 is checked by a test).
        @inline(__always) var bit: UInt32 { 1 << rawValue }
    }

    /// A set of `Flag`s in one word: a test is one AND, an insertion one OR.
    struct Flags: Equatable, ExpressibleByArrayLiteral {
        private var bits: UInt32 = 0

        @inline(__always) init(arrayLiteral flags: Flag...) {
            for flag in flags { bits |= flag.bit }
        }

        @inline(__always) var isEmpty: Bool { bits == 0 }
        @inline(__always) func contains(_ flag: Flag) -> Bool { bits & flag.bit != 0 }
        @inline(__always) func isDisjoint(with other: Flags) -> Bool { bits & other.bits == 0 }
        @inline(__always) mutating func insert(_ flag: Flag) { bits |= flag.bit }
        @inline(__always) mutating func formUnion(_ other: Flags) { bits |= other.bits }

        @inline(__always) func union(_ other: Flags) -> Flags {
            var result = self
            result.formUnion(other)
            return result
        }
    }

    var valenceEnglish: Float = 0
    var valenceGerman: Float = 0
    /// Multiplies the sentiment word it precedes (1: none).
    var scale: Float = 1
    var flags: Flags = []
    var themes: UInt64 = 0
    var weakThemes: UInt64 = 0
    /// The number a number word writes ("five", "fünf"); −1 for other words.
    var number: Int8 = -1

    var isEmpty: Bool {
        valenceEnglish == 0 && valenceGerman == 0 && scale == 1 && flags.isEmpty && themes == 0 && weakThemes == 0
            && number < 0
    }

    var hasSentiment: Bool { valenceEnglish != 0 || valenceGerman != 0 }

    /// The valence for a comment in `language`; a word of the other language only counts when the language is
    /// unknown.
    @inline(__always) func valence(_ language: CommentLanguage) -> Float {
        switch language {
        case .english: return valenceEnglish
        case .german: return valenceGerman
        case .unknown: return valenceEnglish != 0 ? valenceEnglish : valenceGerman
        }
    }

    /// Adds what `other` says to this (valences, scale and number where this has none; flags and themes united).
    mutating func merge(_ other: TokenInfo) {
        if valenceEnglish == 0 { valenceEnglish = other.valenceEnglish }
        if valenceGerman == 0 { valenceGerman = other.valenceGerman }
        if scale == 1 { scale = other.scale }
        if number < 0 { number = other.number }
        flags.formUnion(other.flags)
        themes |= other.themes
        weakThemes |= other.weakThemes
    }
}
