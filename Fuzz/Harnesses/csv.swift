// Fuzz target `csv`: the streaming RFC 4180 reader (CSVReader), its bad-record skipping, and CSVTable.
//
// Properties checked beyond "no crash, no hang, no memory error":
// - the records, errors and skips are the same whatever the chunk size the file is read in (16..79 bytes,
//   chosen by the first input byte, against one read of the whole input), which exercises every refill and
//   buffer growth path;
// - line numbers never go backwards and every error names a line within the file;
// - CSVTable.read either succeeds with rows whose field counts match the header, or throws an IngestError.
@testable import Ingest
import Support

/// One thing the reader did, in order.
enum Event: Equatable {
    case record(line: Int, fields: [[UInt8]], quoted: [Bool], raw: [UInt8])
    case error(String)
    case skipped(line: Int, raw: String)
}

/// Reads `path` in chunks of `chunk` bytes, skipping malformed records (at most 10,000 events).
func events(_ path: String, chunk: Int) -> [Event] {
    var out: [Event] = []
    guard let reader = try? CSVReader(path: path, chunkSize: chunk) else { violated("cannot open \(path)") }
    var lastLine = 0
    while out.count < 10_000 {
        do {
            guard let r = try reader.next() else { break }
            if r.line < lastLine { violated("line \(r.line) after line \(lastLine)") }
            lastLine = r.line
            var fields: [[UInt8]] = [], quoted: [Bool] = []
            for i in 0..<r.count {
                fields.append(r.unescapedBytes(i))
                quoted.append(r.isQuoted(i))
                _ = r.string(i); _ = r.text(i); _ = r.isEmpty(i)
            }
            _ = r.raw
            out.append(.record(line: r.line, fields: fields, quoted: quoted, raw: Array(r.rawBytes)))
        } catch let e as IngestError {
            out.append(.error(e.description))
            do {
                let s = try reader.skipMalformedRecord()
                out.append(.skipped(line: s.line, raw: s.raw))
            } catch {
                out.append(.error("\(error)"))
                break
            }
        } catch {
            out.append(.error("\(error)"))
            break
        }
    }
    return out
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let chunk = 16 + Int(data[0] % 64)
    let path = FuzzFile.write(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let small = events(path, chunk: chunk)
    let large = events(path, chunk: 1 << 13)  // inputs are at most 4 KiB: one read
    if small != large {
        let i = (0..<min(small.count, large.count)).first { small[$0] != large[$0] } ?? min(small.count, large.count)
        violated("chunk \(chunk) and one read differ at event \(i): \(i < small.count ? "\(small[i])" : "end") vs "
                 + "\(i < large.count ? "\(large[i])" : "end")")
    }
    do {
        let table = try CSVTable.read(path: path)
        for row in table.rows where row.count != table.header.count { violated("row width differs from header") }
        if table.lines.count != table.rows.count { violated("one line per row") }
    } catch is IngestError {
    } catch {
        violated("CSVTable.read threw \(error), not an IngestError")
    }
    return 0
}
