/// What the lexicons say about one normalised word (or a phrase starting at it).
struct TokenInfo {
    struct Flags: OptionSet {
        let rawValue: UInt32
        static let negate = Flags(rawValue: 1)
        static let negationBoost = Flags(rawValue: 2)
        static let contrast = Flags(rawValue: 4)
        static let concession = Flags(rawValue: 8)
        /// A word of English only / German only: evidence for language detection.
        static let english = Flags(rawValue: 16)
        static let german = Flags(rawValue: 32)
        /// Some lexicon knows the word (a function word counts): it is never typo-corrected.
        static let known = Flags(rawValue: 64)
        static let startsSentimentPhrase = Flags(rawValue: 128)
        static let startsThemePhrase = Flags(rawValue: 256)
        /// Found only after shortening a letter run ("soooo" → "so"): read with emphasis.
        static let elongated = Flags(rawValue: 512)
        /// Part of a phrase read at an earlier word: it carries nothing of its own for sentiment.
        static let consumed = Flags(rawValue: 1024)
        /// "and", "und": negation and intensifiers do not reach across it.
        static let conjunction = Flags(rawValue: 2048)
        /// "oh", "ach", "na": does not count as a word of its clause for the sarcasm rule.
        static let interjection = Flags(rawValue: 4096)
        /// "please", "bitte", "must": with a repair word in its sentence, a request to repair (a complaint).
        static let request = Flags(rawValue: 1 << 13)
        /// "fix", "beheben": see `request`.
        static let repair = Flags(rawValue: 1 << 14)
        /// "said nobody ever", "if you enjoy", "wenn man gerne": the praise before it is ironic.
        static let sarcasmMarker = Flags(rawValue: 1 << 15)
        /// "takes", "waited", "dauert": with a span of days or longer in its clause, a complaint.
        static let wait = Flags(rawValue: 1 << 16)
        /// "days", "weeks", "Wochen", "tagelang".
        static let timeSpan = Flags(rawValue: 1 << 17)
        /// "only", "within", "nur": the span was short, no complaint.
        static let brief = Flags(rawValue: 1 << 18)
        /// "still", "immer noch".
        static let still = Flags(rawValue: 1 << 19)
        /// "for", "since", "seit" (before a span).
        static let since = Flags(rawValue: 1 << 20)
        /// "star", "Sterne": the unit of a rating out of 5.
        static let stars = Flags(rawValue: 1 << 21)
        /// "out of", "von": between a rating and its maximum.
        static let outOf = Flags(rawValue: 1 << 22)
        /// "fix", "repair" (the bare verb): opening a sentence, a request to repair by itself ("Fix the sync.").
        static let imperative = Flags(rawValue: 1 << 23)
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
