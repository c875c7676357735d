import Foundation
@testable import Ingest

/// Temporary files for tests: each call gets a fresh folder under the system temp folder.
enum TestFiles {
    /// A new empty folder.
    static func folder() -> String {
        let dir = NSTemporaryDirectory() + "ingest-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

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
