import Testing
import Foundation
@testable import Support
import TestSupport

@Suite final class AtomicFileTests {
    /// A fresh folder per test, removed after it.
    let temporary = TemporaryDirectory("cc-atomic")
    var dir: String { temporary.path }

    @Test func writesAndReplaces() throws {
        let path = dir + "/out.txt"
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.txt"])
    }

    @Test func refusesToOverwriteWithoutPermission() throws {
        let path = dir + "/model.json"
        try AtomicFile.write("old", to: path)
        #expect(throws: FileError.exists(path: path, hint: "pass --force to replace it")) {
            try AtomicFile.write("new", to: path, overwrite: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    }

    @Test func failedBodyLeavesOldFileAndNoTemporary() throws {
        struct Boom: Error {}
        let path = dir + "/scores.csv"
        try AtomicFile.write("old", to: path)
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: path) { sink in try sink.write("partial"); throw Boom() }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["scores.csv"])
    }

    @Test func missingFolderIsCannotCreate() {
        let err = #expect(throws: FileError.self) { try AtomicFile.write("x", to: dir + "/nope/out.csv") }
        #expect(err?.exitCode == .cannotCreate)
    }

    @Test func removesTemporariesOfKilledWritersButNotOfLiveOnes() throws {
        let path = dir + "/scores.csv"
        let stale = dir + "/.scores.csv.tmp-AbC123", live = dir + "/.scores.csv.tmp-XyZ789"
        let other = dir + "/.other.csv.tmp-AbC123"
        for p in [stale, live, other] { FileManager.default.createFile(atPath: p, contents: Data("torn".utf8)) }
        // A live writer holds its temporary file locked.
        let fd = open(live, O_RDONLY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        try AtomicFile.write("new", to: path)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(left == [".other.csv.tmp-AbC123", ".scores.csv.tmp-XyZ789", "scores.csv"])
    }

    @Test func pendingFileTemporaryIsLockedAgainstCleaners() throws {
        let path = dir + "/rejects.csv"
        let pending = try PendingFile(path: path)
        try pending.write(Array("source_file,line\n".utf8))
        // Another writer of the same path cleans stale temporaries, but not this live one.
        try AtomicFile.write("other\n", to: path)
        try pending.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "source_file,line\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["rejects.csv"])
    }
}

