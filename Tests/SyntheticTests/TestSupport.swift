import Foundation
import Ingest
@testable import Synthetic
import TestSupport

/// A fresh temporary folder, removed when the test process exits.
func temporaryDirectory(_ name: String) -> String { TemporaryDirectory.shared.folder(name) }

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

/// The calendar date of a `YYYY-MM-DD` value or of an ISO timestamp (the part before `T`), parsed here rather
/// than by Ingest so that these tests check the exports independently of the reader.
func day(_ text: String) -> Day? {
    let b = Array(text.utf8.prefix(10))
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), text.utf8.count == 10 || text.utf8.count > 10 && Array(text.utf8)[10] == UInt8(ascii: "T") else { return nil }
    func number(_ r: Range<Int>) -> Int? {
        var v = 0
        for i in r {
            guard b[i] >= 48 && b[i] <= 57 else { return nil }
            v = v * 10 + Int(b[i] - 48)
        }
        return v
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    return Day(year: y, month: m, day: d)
}

/// A small base, generated once per configuration into a temporary folder.
func generate(_ config: SyntheticConfig, threads: Int = 2, chunkSize: Int = 4096, name: String = "base") throws -> String {
    let dir = temporaryDirectory(name)
    var generator = try SyntheticGenerator(config)
    generator.chunkSize = chunkSize
    try generator.write(to: dir, threads: threads)
    return dir
}
