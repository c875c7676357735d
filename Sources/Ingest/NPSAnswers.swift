/// An NPS export's responses with their comments and the customer ids as written: what `churncast comments` and
/// the report's comment parts read, from one read of the file (`LoadedExports.answers`, `NPSAnswers.read`).
public struct NPSAnswers: Sendable {
    /// One answer as written in the file.
    public struct Answer: Sendable, Equatable {
        public var customerID: String
        public var day: Day
        /// 0–10.
        public var score: Int8
        /// "" when the file has no comment column or the field is empty.
        public var comment: String

        public init(customerID: String, day: Day, score: Int8, comment: String) {
            self.customerID = customerID; self.day = day; self.score = score; self.comment = comment
        }
    }

    /// In file order; `customer` indexes `customerIDs`.
    public var responses: [NPSResponse]
    /// Each response's comment (empty without a comment column).
    public var comments: NPSComments
    public var customerIDs: [String]

    public init(responses: [NPSResponse], comments: NPSComments, customerIDs: [String]) {
        self.responses = responses; self.comments = comments; self.customerIDs = customerIDs
    }

    /// Reads the NPS export alone, without a customer list; the first row that does not parse throws its
    /// `IngestError` (exit 65).
    public static func read(path: String, mapping: ColumnMapping = .identity,
                            format: ExportFormat = .standard) throws -> NPSAnswers {
        try NPSLoader.answers(path: path, mapping: mapping, format: format)
    }

    /// Every answer in file order (`commentsOnly`: just those whose comment has more than white space).
    public func list(commentsOnly: Bool = false) -> [Answer] {
        responses.indices.compactMap { i in
            if commentsOnly && !comments.hasText(i) { return nil }
            let r = responses[i]
            return Answer(customerID: customerIDs[Int(r.customer)], day: r.day, score: r.score, comment: comments[i])
        }
    }
}

extension LoadedExports {
    /// The loaded responses with their comments and the customer list's ids (from the one read of the export).
    public var answers: NPSAnswers { NPSAnswers(responses: nps, comments: npsComments, customerIDs: customers.ids) }
}
