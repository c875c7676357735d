/// Parses one engagement record (the general path of `EngagementFile.scan`), its customer id looked up with its
/// batch's (`CustomerProbe.lookUp`).
struct EngagementRowParser {
    let fields: FieldParser
    let customers: CustomerIndex
    let idField: Int, dateField: Int, likesField: Int, sharesField: Int, commentsField: Int, dmsField: Int

    init(file: String, columns: ResolvedColumns, customers: CustomerIndex, dateFormat: DateFormat = .iso) {
        fields = FieldParser(file: file, columns: columns, dateFormat: dateFormat)
        self.customers = customers
        idField = columns["customer_id"]; dateField = columns["date"]; likesField = columns["likes"]
        sharesField = columns["shares"]; commentsField = columns["comments"]; dmsField = columns["dms"]
    }

    /// The row of `r`; `known` is its customer when already looked up (`CustomerProbe.lookUp`), else -1 and the id
    /// is looked up (and reported when unknown) by `fields.customer`.
    @inline(__always)
    func parse(_ r: CSVRecord, known: Int32) throws -> EngagementRow {
        try fields.checkFieldCount(r)
        let customer = known >= 0 ? known : try fields.customer(r, idField, customers)
        let day = try fields.day(r, dateField, "date")
        return EngagementRow(customer: customer, day: day,
                             likes: try fields.count(r, likesField, "likes"),
                             shares: try fields.count(r, sharesField, "shares"),
                             comments: try fields.count(r, commentsField, "comments"),
                             dms: try fields.count(r, dmsField, "dms"))
    }
}
