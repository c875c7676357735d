import Support

/// Free-text survey comments in English and German, as texts by language, theme and tone (`CommentBank+English`,
/// `CommentBank+German`), plus openers, closers and emojis. `CommentComposer` pre-encodes them once and puts a
/// comment together per response. Many texts hold commas, double quotes, line breaks or non-ASCII letters, so
/// that every export exercises RFC 4180 quoting.
public enum CommentBank {
    /// Texts of one kind by tone.
    struct ToneTexts {
        var positive: [String]
        var mixed: [String]
        var negative: [String]

        func texts(_ tone: CommentTone) -> [String] {
            switch tone {
            case .positive: return positive
            case .mixed: return mixed
            case .negative: return negative
            }
        }
    }

    /// Emojis customers add at the end, by tone (the same in both languages).
    static let emojis = ToneTexts(
        positive: ["👍", "😀", "🙂", "❤️", "🚀", "👏👏"],
        mixed: ["🤷", "😐", "🙃", "¯\\_(ツ)_/¯"],
        negative: ["😡", "👎", "🙄", "😤", "😞"])

    /// The sentences about `theme` in `language` (`.english` or `.german`).
    static func themed(_ language: CommentWriterLanguage, _ theme: CommentTheme) -> ToneTexts {
        (language == .german ? german : english)[theme]!
    }

    static func generic(_ language: CommentWriterLanguage) -> ToneTexts {
        language == .german ? germanGeneric : englishGeneric
    }

    static func openers(_ language: CommentWriterLanguage) -> ToneTexts {
        language == .german ? germanOpeners : englishOpeners
    }

    static func closers(_ language: CommentWriterLanguage) -> ToneTexts {
        language == .german ? germanClosers : englishClosers
    }

    /// The RFC 4180 field for `text`: quoted, with inner quotes doubled, when it holds a comma, quote or line break.
    public static func csvField(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        return "\"" + text.replacingAllQuotes() + "\""
    }

    static func needsQuotes(_ text: String) -> Bool {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    }
}

extension String {
    func replacingAllQuotes() -> String {
        var out = ""
        for c in self {
            if c == "\"" { out += "\"\"" } else { out.append(c) }
        }
        return out
    }

    /// German letters written without umlauts, as on a keyboard without them: ä → ae, ö → oe, ü → ue, ß → ss.
    var transliteratingUmlauts: String {
        ScalarMapping.apply(self) { String.umlauts[$0] }
    }

    static let umlauts: [Unicode.Scalar: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
    ]
}
