// Fuzz target `engagement`: the fast path for plain engagement records (`PlainEngagementLines`) against the general
// path alone, on a fuzzed customers file and engagement file split at "@@" (customers@@engagement). The first byte
// picks the read chunk (16–79 bytes), so records cross many chunk ends.
//
// Properties checked beyond "no crash": with the fast path on and off, `EngagementFile.scan` gives the same rows in
// the same order, the same accounting (rows read = used + rejected) and the same rejected rows — same line, same raw
// text, same message — under `--on-bad-rows skip`.
#if canImport(Glibc)
import Glibc
#endif
@testable import Ingest
import Support

struct Pass: Equatable {
    var rows: [EngagementRow]
    var counts: FileAccounting
    var rejects: [String]
}

func scan(_ file: EngagementFile, _ path: String, chunk: Int, plain: Bool) -> Pass? {
    let file = file.configured { $0.plainLines = plain }
    var rows: [EngagementRow] = []
    var rejects: [String] = []
    do {
        let reader = try CSVReader(path: path, byteRange: nil, firstLine: 1, chunkSize: chunk)
        _ = try reader.next()
        let loop = RecordLoop(file: path, skips: true) { error, line, raw in rejects.append("\(line) \(raw) \(error)") }
        let counts = try file.scan(reader, loop: loop) { rows.append(contentsOf: $0) }
        return Pass(rows: rows, counts: counts, rejects: rejects)
    } catch {
        return nil
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let chunk = 16 + Int(data[0]) % 64
    let input = UnsafeBufferPointer(start: data + 1, count: size - 1)
    var cut = input.count, next = input.count
    var i = 0
    while i + 1 < input.count {
        if input[i] == 0x40 && input[i + 1] == 0x40 { cut = i; next = i + 2; break }
        i += 1
    }
    let customers = FuzzFile.write(UnsafeBufferPointer(rebasing: input[0..<cut]), suffix: "-customers.csv")
    let engagement = FuzzFile.write(UnsafeBufferPointer(rebasing: input[next...]), suffix: "-engagement.csv")
    let nps = Array("customer_id,date,score\n".utf8).withUnsafeBufferPointer { FuzzFile.write($0, suffix: "-nps.csv") }
    let rejectsPath = FuzzFile.path + "-rejects.csv"
    guard let loaded = try? ExportLoader(policy: .skip(rejectsPath: rejectsPath), threads: 1)
        .load(ExportPaths(customers: customers, nps: nps, engagement: engagement)) else { return 0 }
    let general = scan(loaded.engagement, engagement, chunk: chunk, plain: false)
    let fast = scan(loaded.engagement, engagement, chunk: chunk, plain: true)
    if fast != general { violated("fast path \(String(describing: fast)) != general \(String(describing: general))") }
    if let g = general, !g.counts.isBalanced { violated("unbalanced \(g.counts)") }
    return 0
}
