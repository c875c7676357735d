import Foundation
import Ingest

/// An engine's CSV result, read with ChurnCast's own CSV reader: the header and each row's fields by customer_id
/// (the first column).
struct ResultTable {
    var header: [String] = []
    var rows: [String: [String]] = [:]

    init(csv text: String) throws {
        let path = try Shell.scratchFile("result.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let reader = try CSVReader(path: path)
        if let first = try reader.next() { header = (0..<first.count).map { first.string($0) ?? "" } }
        try reader.forEachRecord { r in
            let fields = (0..<r.count).map { r.string($0) ?? "" }
            rows[fields[0]] = fields
        }
    }

    /// A numeric field: NaN for an empty one (SQL NULL), nil when it is not a number.
    static func number(_ field: String) -> Double? { field.isEmpty ? .nan : Double(field) }

    /// Equal to 1e-9 (relative above 1), NaN equal to NaN.
    static func close(_ a: Double, _ b: Double) -> Bool {
        a.isNaN ? b.isNaN : !b.isNaN && abs(a - b) <= 1e-9 * max(1, abs(a))
    }
}
