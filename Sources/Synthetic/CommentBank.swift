import Support

/// Free-text survey comments in English and German, as texts by language, theme and tone (a table each in
/// `CommentBank+English` and `CommentBank+German`), plus openers, closers and emojis. `CommentComposer` pre-encodes
/// them once and puts a comment together per response. Many texts hold commas, double quotes, line breaks or
/// non-ASCII letters, so that every export exercises RFC 4180 quoting.
public enum CommentBank {
    /// Texts of one kind by tone.
    struct ToneTexts {
        var positive: [String] = []
        var mixed: [String] = []
        var negative: [String] = []

        func texts(_ tone: CommentTone) -> [String] {
            switch tone {
            case .positive: return positive
            case .mixed: return mixed
            case .negative: return negative
            }
        }

        /// Adds `text` to the tone written `sign` (`+` positive, `~` mixed, `-` negative).
        mutating func append(_ text: String, sign: Character) {
            switch sign {
            case "+": positive.append(text)
            case "~": mixed.append(text)
            case "-": negative.append(text)
            default: preconditionFailure("comment bank: no tone \"\(sign)\" (+, ~ or -) before \"\(text)\"")
            }
        }
    }

    /// The texts of one language: about each theme, about none (`generic`), and the words before and after the
    /// main sentence.
    struct LanguageTexts {
        var themed: [CommentTheme: ToneTexts] = [:]
        var generic = ToneTexts(), openers = ToneTexts(), closers = ToneTexts()

        /// Reads a table of headings (`[price]`, a theme's name; `[generic]`, `[opener]`, `[closer]`) each followed
        /// by one text a line: its tone (`+`, `~`, `-`), a space, the text (`\n` stands for a line break). Texts keep
        /// their order, which the seeded draws of `CommentComposer` depend on.
        init(table: String) {
            var kind = ""
            for line in table.split(separator: "\n") {
                if line.hasPrefix("[") {
                    kind = String(line.dropFirst().dropLast())
                    continue
                }
                let text = String(line.dropFirst(2)).replacing("\\n", with: "\n"), sign = line.first!
                switch kind {
                case "generic": generic.append(text, sign: sign)
                case "opener": openers.append(text, sign: sign)
                case "closer": closers.append(text, sign: sign)
                default:
                    guard let theme = CommentTheme(rawValue: kind) else { preconditionFailure("comment bank: no [\(kind)]") }
                    themed[theme, default: ToneTexts()].append(text, sign: sign)
                }
            }
        }
    }

    /// Emojis customers add at the end, by tone (the same in both languages).
    static let emojis = ToneTexts(
        positive: ["👍", "😀", "🙂", "❤️", "🚀", "👏👏"],
        mixed: ["🤷", "😐", "🙃", "¯\\_(ツ)_/¯"],
        negative: ["😡", "👎", "🙄", "😤", "😞"])

    /// The texts in `language` (`.english` or `.german`).
    static func texts(_ language: CommentWriterLanguage) -> LanguageTexts {
        language == .german ? german : english
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
