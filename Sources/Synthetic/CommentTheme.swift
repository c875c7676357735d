/// What a planted comment is about: the ten themes of SPEC's comment analysis, named as the Comments module names
/// its built-in themes, so that a planted theme can be compared with a detected one by name.
public enum CommentTheme: String, CaseIterable, Codable, Sendable {
    case price, support, onboarding, reliability, features, usability, delivery, billing, communication, performance
}

extension CommentTheme {
    /// Position in `allCases`.
    var index: Int { CommentTheme.allCases.firstIndex(of: self)! }
}
