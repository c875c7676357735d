/// How churncast.json's `themes` changes one theme. Two shapes:
///
///     "refunds": ["refund*", "Erstattung*"]                   — the theme's entries (creates or replaces it)
///     "price": {"add": ["Gebühr*"], "remove": ["cheap"]}       — edits a theme (creates it when new, with `add`)
///     "onboarding": {"enabled": false}                         — switches a built-in theme off
///
/// An entry is a word, a phrase, a stem `word*`, `*word` (word ending, for German compounds) or `*word*`; `~` in
/// front makes it weak (it names the theme only in a clause no other entry gives a theme). Case and umlaut
/// spelling do not matter.
public enum ThemeChange: Codable, Equatable, Sendable {
    case entries([String])
    case edit(add: [String], remove: [String], enabled: Bool)

    private enum Keys: String, CodingKey { case add, remove, enabled }

    public init(from decoder: Decoder) throws {
        if let list = try? decoder.singleValueContainer().decode([String].self) {
            self = .entries(list)
            return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        self = .edit(add: try c.decodeIfPresent([String].self, forKey: .add) ?? [],
                     remove: try c.decodeIfPresent([String].self, forKey: .remove) ?? [],
                     enabled: try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true)
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .entries(let list):
            var c = encoder.singleValueContainer()
            try c.encode(list)
        case .edit(let add, let remove, let enabled):
            var c = encoder.container(keyedBy: Keys.self)
            if !add.isEmpty { try c.encode(add, forKey: .add) }
            if !remove.isEmpty { try c.encode(remove, forKey: .remove) }
            if !enabled { try c.encode(enabled, forKey: .enabled) }
        }
    }
}
