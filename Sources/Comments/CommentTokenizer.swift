/// Splits a comment into words, emojis and boundaries, normalising each word so that spellings meet: lower case,
/// ä/ö/ü → ae/oe/ue and ß → ss (so "schön", "schoen" and "SCHÖN" are one word), accents dropped (é → e),
/// apostrophes and in-word hyphens removed ("don't" → "dont", "E-Mail" → "email"). `.`, `!`, `?`, `;` and `…` end a
/// sentence; `,`, `:`, brackets, dashes and quotes end a clause. Emoticons ":)", ":-(", ";)" and ":D" count as
/// emojis. Buffers are reused from comment to comment.
struct CommentTokenizer {
    private(set) var bytes: [UInt8] = []
    private(set) var tokens: [Token] = []
    /// `!` in the comment.
    private(set) var exclamations = 0
    /// ä, ö, ü and ß written as such: evidence of German.
    private(set) var germanLetters = 0
    /// Letters in the comment, and how many of them were upper case.
    private(set) var letters = 0
    private(set) var upperLetters = 0

    private var wordStart = -1
    private var hash = WordHash.offset
    private var wordUpper = 0
    private var wordLetters = 0
    private var previous: UInt32 = 0x20
    private var beforePrevious: UInt32 = 0x20
    private var emoticonD = false

    init() {
        bytes.reserveCapacity(1024)
        tokens.reserveCapacity(128)
    }

    /// Tokenises `text`, replacing the previous comment's tokens.
    mutating func tokenize(_ text: String) {
        var text = text
        text.withUTF8 { tokenize(validUTF8: $0) }
    }

    /// Tokenises text given as UTF-8 that is known to be valid (a String's, or bytes all below 0x80).
    mutating func tokenize(validUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        bytes.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        exclamations = 0; germanLetters = 0; letters = 0; upperLetters = 0
        previous = 0x20; beforePrevious = 0x20
        var i = 0
        while i < utf8.count {
            let (v, length) = Self.decode(utf8, at: i)
            take(v)
            i += length
        }
        endWord()
    }

    /// `tokenize` reading the text's scalars through `String.unicodeScalars`: the general path its own UTF-8
    /// decoding is tested against.
    mutating func tokenizeScalars(_ text: String) {
        bytes.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        exclamations = 0; germanLetters = 0; letters = 0; upperLetters = 0
        previous = 0x20; beforePrevious = 0x20
        for scalar in text.unicodeScalars { take(scalar.value) }
        endWord()
    }

    /// The scalar starting at byte `i` of `utf8` and its length in bytes. A String's UTF-8 is always valid, so the
    /// lead byte says the length and no sequence needs repair.
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(utf8[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                    | UInt32(utf8[i + 3] & 0x3F), 4)
    }

    /// The normalised text of word `token`.
    func word(_ token: Token) -> String {
        String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    private mutating func take(_ v: UInt32) {
        switch v {
        case 0x61...0x7A, 0x30...0x39:
            if v == 0x64 { checkEmoticonD() }
            letter(UInt8(v), upper: false)
        case 0x41...0x5A:
            if v == 0x44 { checkEmoticonD() }
            letter(UInt8(v + 32), upper: true)
        case 0x27, 0x2019:
            break
        case 0x2D:
            if wordStart < 0 && !isEmoticonEye(previous) { boundary(.comma) }
        case 0x21:
            exclamations += 1
            endWord(); boundary(.sentenceEnd)
        case 0x2E, 0x3F, 0x3B, 0x2026:
            endWord(); boundary(.sentenceEnd)
        case 0x29, 0x28, 0x5D, 0x5B:
            endWord()
            if emoticon(closing: v) == false { boundary(.comma) }
        case 0x2F:
            endWord()
            let n = tokens.count
            boundary(.comma)
            if tokens.count > n { tokens[n].slash = true }
        case 0x2C, 0x3A, 0x22, 0x201C, 0x201D, 0x201E, 0x2013, 0x2014, 0x7C:
            endWord(); boundary(.comma)
        case 0...0xBF:
            endWord()  // spaces and other punctuation: no emoji and no letter below U+00C0 (ª, µ, º included)
        case 0xC0...0x17F:
            latin(v)
        case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF:
            break
        default:
            if let valence = Emoji.valence[v] {
                endWord()
                tokens.append(Token(kind: .emoji, valence: valence))
            } else if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
                for b in String(scalar).lowercased().utf8 { letter(b, upper: false) }
            } else {
                endWord()
            }
        }
        beforePrevious = previous
        previous = v
    }

    private mutating func letter(_ b: UInt8, upper: Bool) {
        if wordStart < 0 { wordStart = bytes.count; hash = WordHash.offset; wordUpper = 0; wordLetters = 0 }
        bytes.append(b)
        hash = WordHash.add(b, to: hash)
        if b >= 0x61 && b <= 0x7A { wordLetters += 1; letters += 1 }
        if upper { wordUpper += 1; upperLetters += 1 }
    }

    private mutating func endWord() {
        guard wordStart >= 0 else { return }
        let isD = emoticonD && bytes.count - wordStart == 1 && bytes[wordStart] == 0x64
        if isD {
            bytes.removeLast()
            tokens.append(Token(kind: .emoji, valence: 2.0))
        } else {
            tokens.append(Token(kind: .word, start: Int32(wordStart), end: Int32(bytes.count), hash: hash,
                                allCaps: wordLetters >= 2 && wordUpper == wordLetters))
        }
        wordStart = -1
        emoticonD = false
    }

    private mutating func boundary(_ kind: Token.Kind) {
        if let last = tokens.last, last.kind == .sentenceEnd || (last.kind == .comma && kind == .comma) { return }
        if let last = tokens.last, last.kind == .comma, kind == .sentenceEnd { tokens[tokens.count - 1].kind = kind; return }
        if tokens.isEmpty { return }
        tokens.append(Token(kind: kind))
    }

    private func isEmoticonEye(_ v: UInt32) -> Bool { v == 0x3A || v == 0x3B || v == 0x3D }

    /// ")" or "(" right after ":", ";", "=" (or ":-") is a smile or a frown.
    private mutating func emoticon(closing v: UInt32) -> Bool {
        let eye = isEmoticonEye(previous) || (previous == 0x2D && isEmoticonEye(beforePrevious))
        guard eye else { return false }
        if let last = tokens.last, last.kind != .word, last.kind != .emoji { tokens.removeLast() }
        tokens.append(Token(kind: .emoji, valence: v == 0x29 || v == 0x5D ? 1.5 : -1.5))
        return true
    }

    private mutating func checkEmoticonD() {
        if wordStart < 0 && (previous == 0x3A || (previous == 0x2D && beforePrevious == 0x3A)) {
            if let last = tokens.last, last.kind != .word, last.kind != .emoji { tokens.removeLast() }
            emoticonD = true
        }
    }

    /// Latin-1 and Latin Extended-A letters: umlauts spelled out, ß as ss, accents dropped.
    private mutating func latin(_ v: UInt32) {
        let upper = (v >= 0xC0 && v <= 0xDE && v != 0xD7) || (v >= 0x100 && v & 1 == 0)
        switch v {
        case 0xE4, 0xC4: germanLetters += 1; letter(0x61, upper: upper); letter(0x65, upper: upper)
        case 0xF6, 0xD6: germanLetters += 1; letter(0x6F, upper: upper); letter(0x65, upper: upper)
        case 0xFC, 0xDC: germanLetters += 1; letter(0x75, upper: upper); letter(0x65, upper: upper)
        case 0xDF: germanLetters += 1; letter(0x73, upper: false); letter(0x73, upper: false)
        case 0xD7, 0xF7: endWord()
        default:
            let lower = v < 0x100 ? (v >= 0xC0 && v <= 0xDE ? v + 32 : v) : v
            letter(Self.base[Int(lower) - 0xC0], upper: upper)
        }
    }

    /// The base letter of U+00C0…U+017F by code point − 0xC0 (x where there is none), an array rather than a
    /// dictionary: it is read for every accented letter.
    private static let base: [UInt8] = {
        var table = [UInt8](repeating: 0x78, count: 0x180 - 0xC0)
        var map: [UInt32: UInt8] = [:]
        for v in UInt32(0xE0)...0xE5 { map[v] = 0x61 }
        map[0xE6] = 0x61; map[0xE7] = 0x63
        for v in UInt32(0xE8)...0xEB { map[v] = 0x65 }
        for v in UInt32(0xEC)...0xEF { map[v] = 0x69 }
        map[0xF0] = 0x64; map[0xF1] = 0x6E
        for v in UInt32(0xF2)...0xF6 { map[v] = 0x6F }
        map[0xF8] = 0x6F
        for v in UInt32(0xF9)...0xFC { map[v] = 0x75 }
        map[0xFD] = 0x79; map[0xFF] = 0x79; map[0xFE] = 0x74
        let ranges: [(ClosedRange<UInt32>, UInt8)] = [
            (0x100...0x105, 0x61), (0x106...0x10D, 0x63), (0x10E...0x111, 0x64), (0x112...0x11B, 0x65),
            (0x11C...0x123, 0x67), (0x124...0x127, 0x68), (0x128...0x131, 0x69), (0x134...0x135, 0x6A),
            (0x136...0x138, 0x6B), (0x139...0x142, 0x6C), (0x143...0x14B, 0x6E), (0x14C...0x151, 0x6F),
            (0x154...0x159, 0x72), (0x15A...0x161, 0x73), (0x162...0x167, 0x74), (0x168...0x173, 0x75),
            (0x174...0x175, 0x77), (0x176...0x178, 0x79), (0x179...0x17E, 0x7A),
        ]
        for (r, b) in ranges { for v in r { map[v] = b } }
        for (v, b) in map { table[Int(v) - 0xC0] = b }
        return table
    }()
}
