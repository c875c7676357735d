import Support

/// Everything that can go wrong setting up comment analysis, as a user would want to hear it. All of it comes from
/// the `themes` configuration (churncast.json), so every case is a usage error (64).
public enum CommentsError: UserFacingError, Equatable {
    /// A theme name is empty, too long, or holds something other than lower-case letters, digits, `_` and `-`.
    case invalidThemeName(name: String)
    /// A theme entry has no letters, or a `*` other than at its ends.
    case invalidThemeEntry(theme: String, entry: String, reason: String)
    /// `remove` names an entry the theme does not have.
    case unknownThemeEntry(theme: String, entry: String)
    /// An edit (`remove` or `enabled` without `add`) names a theme that does not exist.
    case unknownTheme(theme: String, known: [String])
    /// A theme would be left without entries.
    case emptyTheme(theme: String)
    /// More themes than an analysis can carry.
    case tooManyThemes(count: Int, limit: Int)

    public var exitCode: ExitStatus { .usage }

    public var description: String {
        switch self {
        case .invalidThemeName(let name):
            return "themes: invalid theme name \"\(name)\": expected 1 to 40 lower-case letters, digits, _ or -"
        case .invalidThemeEntry(let theme, let entry, let reason):
            return "themes.\(theme): invalid entry \"\(entry)\": \(reason)"
        case .unknownThemeEntry(let theme, let entry):
            return "themes.\(theme): cannot remove \"\(entry)\": the theme has no such entry"
        case .unknownTheme(let theme, let known):
            return "themes.\(theme): no such theme to change (known: \(known.joined(separator: ", "))); "
                + "give \"add\" or a list of words to create it"
        case .emptyTheme(let theme):
            return "themes.\(theme): the theme would have no entries; use {\"enabled\": false} to switch it off"
        case .tooManyThemes(let count, let limit):
            return "themes: \(count) themes, at most \(limit) are supported"
        }
    }
}
