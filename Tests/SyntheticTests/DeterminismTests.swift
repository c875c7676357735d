import Foundation
import Testing
import Support
@testable import Synthetic

/// Same configuration → the same bytes, whatever the thread count; another seed → other data.
@Suite struct DeterminismTests {
    /// 1,500 customers in chunks of 256 (six chunks), so one and two threads split the work differently.
    static let config = SyntheticConfig(customers: 1_500, seed: 2024,
                                        start: SyntheticConfig.defaultEnd.adding(days: -180),
                                        end: SyntheticConfig.defaultEnd)

    @Test func sameSeedGivesByteIdenticalFiles() throws {
        let a = try generate(Self.config, threads: 1, chunkSize: 256, name: "det-a")
        let b = try generate(Self.config, threads: 2, chunkSize: 256, name: "det-b")
        for file in SyntheticGenerator.files {
            let x = try bytes(a + "/" + file), y = try bytes(b + "/" + file)
            #expect(!x.isEmpty)
            #expect(x == y, "\(file) differs")
        }
    }

    @Test func differentSeedGivesDifferentData() throws {
        var other = Self.config
        other.seed = 2025
        let a = try generate(Self.config, name: "seed-a")
        let b = try generate(other, name: "seed-b")
        for file in [ExportLayout.customersFile, ExportLayout.npsFile, ExportLayout.engagementFile] {
            #expect(try bytes(a + "/" + file) != bytes(b + "/" + file), "\(file) is the same for two seeds")
        }
    }

    /// The data does not depend on the messy flag: messy exports hold the same customers, responses and
    /// engagement totals (checked in MessyExportTests); here the latent truth is the same too.
    @Test func messFlagDoesNotChangeTheTruth() throws {
        var messy = Self.config
        messy.messy = true
        let clean = try GroundTruth(config: Self.config), other = try GroundTruth(config: messy)
        for i in [0, 17, 1_321] {
            #expect(clean.customer(i) == other.customer(i))
        }
    }

    @Test func refusesToOverwriteWithoutPermission() throws {
        let dir = try generate(SyntheticConfig(customers: 20, seed: 1), name: "force")
        let before = try bytes(dir + "/customers.csv")
        let err = #expect(throws: FileError.self) {
            try SyntheticGenerator(SyntheticConfig(customers: 30, seed: 2)).write(to: dir)
        }
        #expect(err?.exitCode == .cannotCreate)
        #expect(try bytes(dir + "/customers.csv") == before)
        try SyntheticGenerator(SyntheticConfig(customers: 30, seed: 2)).write(to: dir, overwrite: true)
        #expect(try ParsedCSV(bytes(dir + "/customers.csv")).records.count == 30)
    }

    @Test func createsMissingFolders() throws {
        let dir = temporaryDirectory("mk") + "/a/b"
        try SyntheticGenerator(SyntheticConfig(customers: 5, seed: 1)).write(to: dir)
        #expect(FileManager.default.fileExists(atPath: dir + "/ground_truth.json"))
    }
}
