import Testing
import Foundation
@testable import Ingest

/// Inputs the fuzzers in /Fuzz found to break a property, replayed with the property they broke
/// (Fuzz/RESULTS.md says when and how each was found).
@Suite struct FuzzRegressionTests {
    /// The files of Fixtures/Fuzz/`target`.
    static func inputs(_ target: String) -> [String] {
        let dir = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Fuzz/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0).path }
    }

    /// An `exports` input: customers@@nps@@engagement.
    static func exports(from path: String) throws -> ExportPaths {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var parts: [[UInt8]] = [], start = 0, i = 0
        while i + 1 < bytes.count && parts.count < 2 {
            if bytes[i] == 0x40 && bytes[i + 1] == 0x40 { parts.append(Array(bytes[start..<i])); i += 2; start = i }
            else { i += 1 }
        }
        parts.append(Array(bytes[start...]))
        while parts.count < 3 { parts.append([]) }
        let dir = TestFiles.folder()
        return ExportPaths(customers: TestFiles.write(parts[0], name: "customers.csv", in: dir),
                           nps: TestFiles.write(parts[1], name: "nps_responses.csv", in: dir),
                           engagement: TestFiles.write(parts[2], name: "engagement.csv", in: dir))
    }

    /// Skip mode accounts for every row and its rejects file lists each rejected row and is itself readable CSV.
    /// (rejects-nul-byte.bin: an NPS row holding NUL bytes was copied into raw_row as is, so the rejects file
    /// could not be read back.)
    @Test(arguments: inputs("exports"))
    func exportsAccountForEveryRow(_ input: String) throws {
        let paths = try Self.exports(from: input)
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        let loaded = try ExportLoader(policy: .skip(rejectsPath: rejectsPath)).load(paths)
        let accounting = try loaded.completeAccounting()
        for file in accounting { #expect(file.isBalanced, "\(file)") }
        let listed = try CSVTable.read(path: rejectsPath)
        #expect(listed.rows.count == accounting.map(\.rejected).reduce(0, +))
    }

    @Test func nulBytesInARejectedRowAreShownAsReplacementCharacters() throws {
        let paths = writeExports(customers: MinimalExports.customers,
                                 nps: MinimalExports.nps + "C1,2024-03-02,1\u{0}\u{0}\n",
                                 engagement: MinimalExports.engagement)
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        _ = try ExportLoader(policy: .skip(rejectsPath: rejectsPath)).load(paths).completeAccounting()
        let listed = try CSVTable.read(path: rejectsPath)
        #expect(listed.rows.count == 1)
        #expect(listed.rows.first?.last == "C1,2024-03-02,1\u{FFFD}\u{FFFD}")
    }

    /// A `transcoding` input (first byte: encoding and read chunk, as in Fuzz/Harnesses/transcoding.swift) reads
    /// the same records with its small chunk as with one read. (raw-buffer-overflow.bin: a record longer than the
    /// chunk grew the record buffer, and the raw read for the next refill was sized from it, past the raw buffer.)
    @Test(arguments: inputs("transcoding"))
    func transcodedRecordsDoNotDependOnTheChunk(_ input: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input)))
        let encoding: TextEncoding = [.latin1, .windows1252, .utf16][Int(bytes[0]) % 3]
        let path = TestFiles.write(Array(bytes.dropFirst()))
        func read(_ chunk: Int) throws -> [[String]] {
            let reader = try CSVReader(path: path, format: ExportFormat(delimiter: 0x2C, encoding: encoding),
                                       chunkSize: chunk)
            var out: [[String]] = []
            while let r = try reader.next() { out.append((0..<r.count).map { r.string($0) ?? "not UTF-8" }) }
            return out
        }
        #expect(try read(16 + Int(bytes[0] >> 2) % 64) == read(1 << 16))
    }
}
