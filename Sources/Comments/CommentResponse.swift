/// One NPS response as the comments table needs it: who, when (the date as it is to be written), the score
/// (nil when missing) and the comment.
public struct CommentResponse: Equatable, Sendable {
    public var customerID: String
    public var date: String
    public var score: Int?
    public var comment: String

    public init(customerID: String, date: String, score: Int?, comment: String) {
        self.customerID = customerID
        self.date = date
        self.score = score
        self.comment = comment
    }

    /// Whether the comment has anything but spaces.
    var hasComment: Bool { comment.unicodeScalars.contains { !$0.properties.isWhitespace } }
}
