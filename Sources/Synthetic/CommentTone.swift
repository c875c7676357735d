/// How a planted comment sounds: praise, mixed feelings (or a shrug), or a complaint (sarcasm included).
public enum CommentTone: Int, CaseIterable, Sendable {
    case positive, mixed, negative

    public var name: String { ["positive", "mixed", "negative"][rawValue] }
}
