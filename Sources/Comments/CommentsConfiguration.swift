/// The configuration of comment analysis: changes to the built-in themes, as read from churncast.json's `themes`
/// key (other keys of that file are ignored when decoding this type from it):
///
///     {"themes": {"price": {"add": ["Gebühr*"], "remove": ["cheap"]},
///                 "refunds": ["refund*", "Erstattung*"],
///                 "onboarding": {"enabled": false}}}
///
/// Built-in themes keep their order; themes the configuration creates follow in name order.
public struct CommentsConfiguration: Codable, Equatable, Sendable {
    public var themes: [String: ThemeChange]

    /// The most themes an analysis carries (they are kept as bits of one 64-bit word).
    public static let maximumThemes = 64

    public init(themes: [String: ThemeChange] = [:]) {
        self.themes = themes
    }

    private enum Keys: String, CodingKey { case themes }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        themes = try c.decodeIfPresent([String: ThemeChange].self, forKey: .themes) ?? [:]
    }

    /// Checks every change; called by `CommentAnalyzer(configuration:)`.
    public func validate() throws { _ = try resolvedThemes() }

    /// The themes in effect: the built-in ones with the changes applied. Throws `CommentsError`.
    public func resolvedThemes() throws -> [Theme] {
        var result = Theme.builtIn
        for name in themes.keys.sorted() {
            try apply(themes[name]!, to: name, in: &result)
        }
        guard result.count <= Self.maximumThemes else {
            throw CommentsError.tooManyThemes(count: result.count, limit: Self.maximumThemes)
        }
        return result
    }

    private func apply(_ change: ThemeChange, to name: String, in themes: inout [Theme]) throws {
        guard Self.isValidName(name) else { throw CommentsError.invalidThemeName(name: name) }
        let index = themes.firstIndex { $0.name == name }
        switch change {
        case .entries(let list):
            try list.forEach { try ThemeEntry.check($0, theme: name) }
            guard !list.isEmpty else { throw CommentsError.emptyTheme(theme: name) }
            if let index { themes[index].entries = list } else { themes.append(Theme(name: name, entries: list)) }
        case .edit(let add, let remove, let enabled):
            try add.forEach { try ThemeEntry.check($0, theme: name) }
            guard let index else {
                guard !add.isEmpty, remove.isEmpty, enabled else {
                    throw CommentsError.unknownTheme(theme: name, known: themes.map(\.name))
                }
                themes.append(Theme(name: name, entries: add))
                return
            }
            guard enabled else { themes.remove(at: index); return }
            var entries = themes[index].entries
            for entry in remove {
                let key = ThemeEntry.canonical(entry)
                guard let at = entries.firstIndex(where: { ThemeEntry.canonical($0) == key }) else {
                    throw CommentsError.unknownThemeEntry(theme: name, entry: entry)
                }
                entries.remove(at: at)
            }
            entries += add
            guard !entries.isEmpty else { throw CommentsError.emptyTheme(theme: name) }
            themes[index].entries = entries
        }
    }

    /// 1–40 characters of a–z, 0–9, `_`, `-` (so a name never needs quoting in the `;`-joined CSV column).
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 40 && name.utf8.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D
        }
    }
}
