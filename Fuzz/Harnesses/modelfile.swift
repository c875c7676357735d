// Fuzz target `modelfile`: `ModelFileIO.read`, and what a model it accepts does next.
//
// Properties checked beyond "no crash":
// - a file is either refused with a UserFacingError (exit 65/66 and a message) or read;
// - a model it reads writes, reads and writes again to the same bytes (nothing accepted that cannot be saved);
// - a model it reads, applied to a small base (Fuzz/Data/modelfile, 150 generated customers), either refuses the
//   data with a UserFacingError or predicts churn and promoter/detractor probabilities in [0, 1] and expected
//   scores in [0, 10] — no NaN from a tampered file that passed validation.
@testable import ChurnCast
import Features
import Ingest
import Support

let dataDirectory: String = {
    var dir = #filePath
    for _ in 0..<2 { dir = String(dir[..<dir.lastIndex(of: "/")!]) }
    return dir + "/Data/modelfile"
}()

/// The base, loaded once.
let base: (customers: CustomerTable, nps: [NPSResponse], engagement: InMemoryEngagement) = {
    do {
        let loaded = try ExportLoader().load(ExportPaths(dataDirectory: dataDirectory))
        var rows: [EngagementRow] = []
        try loaded.engagement.forEachRow { rows.append($0) }
        return (loaded.customers, loaded.nps, InMemoryEngagement(rows))
    } catch {
        violated("cannot load \(dataDirectory): \(error)")
    }
}()

let asOf = Day(year: 2026, month: 3, day: 31)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzFile.write(UnsafeBufferPointer(start: data, count: size), suffix: ".json")
    let model: ChurnCastModel
    do {
        model = try ModelFileIO.read(path)
    } catch let e as UserFacingError {
        if e.description.isEmpty { violated("empty message") }
        return 0
    } catch {
        violated("ModelFileIO.read threw \(error), not a UserFacingError")
    }
    // Written, read and written again, the bytes are the same (compared as bytes: a summary value that is not
    // finite is written as null and read back as NaN, which `==` would call different).
    let copy = FuzzFile.path + "-copy.json", copy2 = FuzzFile.path + "-copy2.json"
    do {
        try ModelFileIO.write(model, to: copy, overwrite: true)
        try ModelFileIO.write(try ModelFileIO.read(copy), to: copy2, overwrite: true)
        if FuzzFile.read(copy) != FuzzFile.read(copy2) { violated("model changed on a write and read") }
    } catch {
        violated("an accepted model does not write and read back: \(error)")
    }
    let table: FeatureTable
    do {
        table = try model.featureTable(customers: base.customers, nps: base.nps, engagement: base.engagement,
                                       asOf: [asOf])
    } catch is UserFacingError {
        return 0
    } catch {
        violated("featureTable threw \(error), not a UserFacingError")
    }
    let p = model.predict(table)
    for i in 0..<table.rowCount {
        for (what, v, hi) in [("churn probability", p.churnProbability[i], 1.0), ("expected score", p.expectedScore[i], 10),
                              ("P(promoter)", p.promoterProbability[i], 1), ("P(detractor)", p.detractorProbability[i], 1)]
        where !(v >= 0 && v <= hi) {
            violated("an accepted model predicts \(what) \(v) for row \(i)")
        }
    }
    if table.rowCount > 0 { _ = model.topReasons(p, table: table, row: 0) }
    return 0
}
