/// Up to four fragment ids of one comment, without an allocation.
struct CommentParts {
    private var ids = (0, 0, 0, 0)
    private var emojiAt = -1
    private(set) var count = 0
    /// Position of the main sentence.
    var main = 0
    /// Position of the part a line break precedes (0: none).
    var lineBreakBefore = 0

    mutating func add(_ id: Int, emoji: Bool = false) {
        if emoji { emojiAt = count }
        switch count {
        case 0: ids.0 = id
        case 1: ids.1 = id
        case 2: ids.2 = id
        default: ids.3 = id
        }
        count += 1
    }

    func isEmoji(_ i: Int) -> Bool { i == emojiAt }

    subscript(_ i: Int) -> Int {
        switch i {
        case 0: return ids.0
        case 1: return ids.1
        case 2: return ids.2
        default: return ids.3
        }
    }
}
