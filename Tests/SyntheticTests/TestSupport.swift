import Foundation
import Ingest
@testable import Synthetic

/// A fresh temporary folder.
func temporaryDirectory(_ name: String) -> String {
    let d = NSTemporaryDirectory() + "cc-synthetic-\(name)-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
}

func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// A CSV file parsed by a deliberately simple RFC 4180 reader written for these tests (independent of Ingest):
/// an optional BOM, LF or CRLF record ends, quoted fields with doubled quotes and line breaks.
struct ParsedCSV {
    var header: [String]
    /// Each record with the physical line it starts on (header = line 1).
    var records: [(line: Int, fields: [String])]

    init(_ data: [UInt8]) {
        var b = data[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        var rows: [(Int, [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var inQuotes = false, sawAny = false
        var i = b.startIndex
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field = [] }
        while i < b.endIndex {
            let c = b[i]
            if inQuotes {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < b.endIndex && b[i + 1] == UInt8(ascii: "\"") { field.append(c); i += 1 }
                    else { inQuotes = false }
                } else {
                    if c == 10 { line += 1 }
                    field.append(c)
                }
            } else if c == UInt8(ascii: "\"") {
                inQuotes = true; sawAny = true
            } else if c == UInt8(ascii: ",") {
                endField(); sawAny = true
            } else if c == 13 && i + 1 < b.endIndex && b[i + 1] == 10 {
                // CR LF: the LF ends the record on the next step.
            } else if c == 10 {
                endField(); rows.append((recordLine, fields)); fields = []; sawAny = false
                line += 1; recordLine = line
            } else {
                field.append(c); sawAny = true
            }
            i += 1
        }
        if sawAny || !field.isEmpty || !fields.isEmpty { endField(); rows.append((recordLine, fields)) }
        header = rows.first?.1 ?? []
        records = Array(rows.dropFirst())
    }

    func column(_ name: String) -> Int { header.firstIndex(of: name)! }
}

/// The records of one export as dictionaries keyed by column name, plus the raw physical lines.
func readExport(_ dir: String, _ file: String) throws -> (csv: ParsedCSV, rows: [[String: String]]) {
    let csv = ParsedCSV(try bytes(dir + "/" + file))
    let rows = csv.records.map { r in Dictionary(uniqueKeysWithValues: zip(csv.header, r.fields)) }
    return (csv, rows)
}

/// The calendar date of a `YYYY-MM-DD` value or of an ISO timestamp (the part before `T`).
func day(_ text: String) -> Day? {
    SyntheticDate.parse(String(text.prefix(10)))
}

/// A small base, generated once per configuration into a temporary folder.
func generate(_ config: SyntheticConfig, threads: Int = 2, chunkSize: Int = 4096, name: String = "base") throws -> String {
    let dir = temporaryDirectory(name)
    var generator = try SyntheticGenerator(config)
    generator.chunkSize = chunkSize
    try generator.write(to: dir, threads: threads)
    return dir
}
