/// Reads nps_responses.csv for what `NPSLoader` leaves out: each answer's `comment`, with the customer id as
/// written, the date and the score (`churncast comments`, the report's follow-ups and comment themes).
///
/// It needs no customer list: ids are kept as text and a caller that has the list matches them. The file's columns
/// are found as `NPSLoader` finds them (the same mapping); a file without a comment column gives answers with empty
/// comments. Comments are decoded leniently (invalid UTF-8 becomes U+FFFD), as `NPSLoader` does not check them.
public struct NPSCommentReader: Sendable {
    /// One answer as written in the file.
    public struct Answer: Sendable, Equatable {
        public var customerID: String
        public var day: Day
        /// 0–10.
        public var score: Int8
        /// "" when the file has no comment column or the field is empty.
        public var comment: String
    }

    public var path: String
    public var mapping: ColumnMapping
    /// True: rows whose date or score does not parse are passed over silently (the export loader has already
    /// reported or rejected them); false: the first such row throws its `IngestError` (exit 65).
    public var skipsInvalidRows: Bool
    /// Separator, encoding, date format of the NPS export (as the loaders read it).
    public var format: ExportFormat

    public init(path: String, mapping: ColumnMapping = .identity, skipsInvalidRows: Bool = false,
                format: ExportFormat = .standard) {
        self.path = path
        self.mapping = mapping
        self.skipsInvalidRows = skipsInvalidRows
        self.format = format
    }

    /// Every valid answer, in file order (`commentsOnly`: just those whose comment has more than spaces).
    public func read(commentsOnly: Bool = false) throws -> [Answer] {
        let (reader, fields, idField, dateField, scoreField) = try NPSLoader.open(path: path, mapping: mapping, format: format)
        let commentField = fields.columns.index["comment"]
        var answers: [Answer] = []
        let loop = RecordLoop(file: path, skips: skipsInvalidRows) { error, _, _ in
            if !skipsInvalidRows { throw error }
        }
        _ = try loop.run(reader, parse: { r, _ -> Answer? in
            try fields.checkFieldCount(r)
            let id = String(decoding: r.unescapedBytes(idField), as: UTF8.self)
            if id.isEmpty { throw fields.invalid(r, idField, "customer_id", expected: "a customer_id") }
            let (day, score) = (try fields.day(r, dateField, "date"), try fields.score(r, scoreField, "score"))
            let comment = commentField.map { String(decoding: r.unescapedBytes($0), as: UTF8.self) } ?? ""
            if commentsOnly && !comment.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { return nil }
            return Answer(customerID: id, day: day, score: score, comment: comment)
        }, use: { if let a = $0 { answers.append(a) } })
        return answers
    }
}
