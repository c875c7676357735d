import Foundation
@testable import Ingest
import TestSupport

/// Temporary files for tests: each call gets a fresh folder in the process's shared temporary folder.
enum TestFiles {
    /// A new empty folder.
    static func folder() -> String { TemporaryDirectory.shared.folder("ingest") }

    /// Writes `bytes` to a new file named `name` and returns its path.
    static func write(_ bytes: [UInt8], name: String = "data.csv", in dir: String? = nil) -> String {
        let path = (dir ?? folder()) + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Writes the UTF-8 of `text`.
    static func write(_ text: String, name: String = "data.csv", in dir: String? = nil) -> String {
        write(Array(text.utf8), name: name, in: dir)
    }

    /// The path of a fixture in Tests/IngestTests/Fixtures.
    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: "Fixtures/" + name, ofType: nil)!
    }
}

/// All records of a file as (line, fields) with fields decoded as text.
func records(_ path: String, chunkSize: Int = 1 << 20) throws -> [(line: Int, fields: [String])] {
    let reader = try CSVReader(path: path, chunkSize: chunkSize)
    var out: [(Int, [String])] = []
    while let r = try reader.next() { out.append((r.line, (0..<r.count).map { r.string($0)! })) }
    return out
}

/// The error thrown by `body`, or `nil`.
func thrownError(_ body: () throws -> Void) -> Error? {
    do { try body(); return nil } catch { return error }
}

/// Writes three exports into a new folder and returns their paths.
func writeExports(customers: String, nps: String, engagement: String, bom: Bool = false) -> ExportPaths {
    let dir = TestFiles.folder()
    let prefix: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
    _ = TestFiles.write(prefix + Array(customers.utf8), name: "customers.csv", in: dir)
    _ = TestFiles.write(prefix + Array(nps.utf8), name: "nps_responses.csv", in: dir)
    _ = TestFiles.write(prefix + Array(engagement.utf8), name: "engagement.csv", in: dir)
    return ExportPaths(dataDirectory: dir)
}

/// Every row an engagement source gives.
func allRows(_ source: EngagementSource) throws -> [EngagementRow] {
    var rows: [EngagementRow] = []
    try source.forEachRow { rows.append($0) }
    return rows
}

/// Minimal valid exports, to which a test adds one line.
enum MinimalExports {
    static let customers = "customer_id,signup_date,churn_date\nC1,2024-01-01,\nC2,2024-02-01,2024-06-30\n"
    static let nps = "customer_id,date,score\nC1,2024-03-01,9\n"
    static let engagement = "customer_id,date,likes,shares,comments,dms\nC1,2024-03-01,1,2,3,4\n"
}
