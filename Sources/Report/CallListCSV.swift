import Support

/// The full list of customers to call, written beside the report as `<base>-customers-to-call.csv` (RFC 4180, LF):
/// `rank,customer_id,churn_probability,risk_band,last_score,value,reasons`, riskiest first; reasons joined by "; ",
/// an unknown last score or value left empty. The page shows the first `ReportTables.maxToCall` and links here.
public enum CallListCSV {
    public static let header = ["rank", "customer_id", "churn_probability", "risk_band", "last_score", "value", "reasons"]

    /// The CSV text of `customers`, in the order given.
    public static func render(_ customers: [ReportContent.AtRiskCustomer]) -> String {
        var csv = CSVWriter()
        for h in header { csv.field(h) }
        csv.endLine()
        for (i, a) in customers.enumerated() {
            csv.field(i + 1)
            csv.field(a.id)
            csv.field(a.probability)
            csv.field(a.band)
            if let s = a.lastScore { csv.field(s) } else { csv.emptyField() }
            if let v = a.value { csv.field(v) } else { csv.emptyField() }
            csv.field(joining: a.reasons, separator: "; ")
            csv.endLine()
        }
        return String(decoding: csv.buffer, as: UTF8.self)
    }

    /// Writes the list atomically to `path` (e.g. the folder of the report + `SideFiles.customersToCall`).
    public static func write(_ customers: [ReportContent.AtRiskCustomer], to path: String) throws {
        try AtomicFile.write(render(customers), to: path)
    }
}
