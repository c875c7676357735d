// Fuzz target `exports`: the whole ExportLoader (customers, NPS and engagement validation) on three fuzzed files,
// split from the input at the two-byte marker "@@" (customers@@nps@@engagement).
//
// Properties checked beyond "no crash":
// - under `--on-bad-rows skip`, loading either fails for a whole-file reason (empty file, missing or duplicate
//   column: an IngestError) or accounts for every row: per file, rows read = used + rejected, rows read equals the
//   data records an independent pass of the CSV reader finds, and the rejects file lists exactly the rejected rows;
// - customers used = customers loaded; no NPS response for a customer not loaded;
// - under the default `stop` policy, loading succeeds exactly when skip mode rejected nothing, and otherwise
//   throws an IngestError (exit 65).
#if canImport(Glibc)
import Glibc
#endif
@testable import Ingest
import Support

/// Data records in `path` (after the header), malformed ones included, by the bare reader.
func dataRecords(_ path: String) -> Int {
    guard let reader = try? CSVReader(path: path) else { violated("cannot open \(path)") }
    var n = 0
    while true {
        do {
            guard try reader.next() != nil else { break }
        } catch {
            guard (try? reader.skipMalformedRecord()) != nil else { violated("skip failed in \(path)") }
        }
        n += 1
    }
    return max(n - 1, 0)
}

func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
    var parts: [UnsafeBufferPointer<UInt8>] = []
    var start = 0, i = 0
    while i + 1 < bytes.count && parts.count < 2 {
        if bytes[i] == 0x40 && bytes[i + 1] == 0x40 {
            parts.append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            i += 2; start = i
        } else { i += 1 }
    }
    parts.append(UnsafeBufferPointer(rebasing: bytes[start...]))
    while parts.count < 3 { parts.append(UnsafeBufferPointer(rebasing: bytes[bytes.count...])) }
    return parts
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = split(UnsafeBufferPointer(start: data, count: size))
    let paths = ExportPaths(customers: FuzzFile.write(parts[0], suffix: "-customers.csv"),
                            nps: FuzzFile.write(parts[1], suffix: "-nps.csv"),
                            engagement: FuzzFile.write(parts[2], suffix: "-engagement.csv"))
    let rejectsPath = FuzzFile.path + "-rejects.csv"
    unlink(rejectsPath)
    let loaded: LoadedExports
    let accounting: [FileAccounting]
    do {
        loaded = try ExportLoader(policy: .skip(rejectsPath: rejectsPath)).load(paths)
        accounting = try loaded.completeAccounting()
    } catch is IngestError {
        do {
            _ = try ExportLoader().load(paths).completeAccounting()
            violated("stop mode loaded what skip mode refused")
        } catch is IngestError {} catch { violated("stop mode threw \(error)") }
        return 0
    } catch {
        violated("skip mode threw \(error), not an IngestError")
    }
    var rejected = 0
    for (file, path) in zip(accounting, [paths.customers, paths.nps, paths.engagement]) {
        if !file.isBalanced { violated("unbalanced: \(file)") }
        let records = dataRecords(path)
        if file.read != records { violated("\(file) but the reader finds \(records) data records") }
        rejected += file.rejected
    }
    if loaded.customers.ids.count != accounting[0].used { violated("customers used \(accounting[0].used)") }
    for r in loaded.nps where Int(r.customer) >= loaded.customers.ids.count { violated("NPS for unknown customer") }
    do {
        let listed = try CSVTable.read(path: rejectsPath)
        if listed.rows.count != rejected { violated("rejects file lists \(listed.rows.count), rejected \(rejected)") }
    } catch {
        violated("rejects file unreadable: \(error)")
    }
    do {
        _ = try ExportLoader().load(paths).completeAccounting()
        if rejected > 0 { violated("stop mode accepted \(rejected) bad rows") }
    } catch let e as IngestError {
        if rejected == 0 { violated("stop mode refused what skip mode fully used: \(e)") }
        if e.exitCode != .dataError { violated("exit \(e.exitCode) for a bad row") }
    } catch {
        violated("stop mode threw \(error)")
    }
    return 0
}
