import Testing
import Foundation
@testable import Support
import TestSupport

/// Outputs that are not plain new files (SPEC section 7): `-`, descriptors, named pipes, devices, symbolic links,
/// existing files' permissions, the umask, and targets that must never be renamed over. The expected modes are
/// POSIX's rule for creat(2) — `0666 & ~umask` — and the kernel's own `S_IF*` types as `lstat` reports them.
@Suite final class OutputTargetTests {
    /// A fresh folder per test, removed after it.
    let scratch = TemporaryDirectory("cc-output")
    var dir: String { scratch.path }

    // MARK: - Resolving

    @Test func dashAndStandardOutputNamesAreDescriptorOne() throws {
        for name in ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"] {
            #expect(try OutputTarget.resolve(name) == .descriptor(1), "\(name)")
            #expect(OutputTarget.isStandardOutput(name), "\(name)")
        }
        let link = dir + "/out.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/stdout")
        #expect(OutputTarget.isStandardOutput(link))
        #expect(!OutputTarget.isStandardOutput(dir + "/scores.csv"))
        #expect(try OutputTarget.resolve("/dev/stderr") == .descriptor(2))
    }

    @Test func symlinkChainResolvesToTheFileItNames() throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try "old".write(toFile: dir + "/real/scores.csv", atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir + "/b", withDestinationPath: "real/scores.csv")  // relative
        try fm.createSymbolicLink(atPath: dir + "/a", withDestinationPath: dir + "/b")          // absolute
        guard case .file(let path, let existing) = try OutputTarget.resolve(dir + "/a") else {
            Issue.record("not a file target"); return
        }
        #expect(path == dir + "/real/scores.csv")
        #expect(existing != nil)
    }

    @Test func refusesFoldersSocketsAndLinkLoops() throws {
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir + "/to-folder", withDestinationPath: dir)
        try fm.createSymbolicLink(atPath: dir + "/loop1", withDestinationPath: "loop2")
        try fm.createSymbolicLink(atPath: dir + "/loop2", withDestinationPath: "loop1")
        let socketPath = try makeSocket(dir + "/sock")
        let cases: [(String, String)] = [
            (dir, "it is a folder; name a file in it"),
            (dir + "/to-folder", "it is a folder; name a file in it"),
            (dir + "/loop1", "too many levels of symbolic links"),
            (socketPath, "it is a socket, not a file"),
            (dir + "/nope/out.csv", "folder \(dir)/nope does not exist"),
        ]
        for (path, reason) in cases {
            #expect(throws: FileError.cannotCreate(path: path, reason: reason)) { try OutputTarget.resolve(path) }
            #expect(throws: FileError.cannotCreate(path: path, reason: reason)) { try AtomicFile.write("x", to: path) }
        }
        #expect(FileError.cannotCreate(path: dir, reason: "").exitCode.rawValue == 73)
        // Nothing was renamed over: the links are still links, the folder still a folder.
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/to-folder") == dir)
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/loop1") == "loop2")
        #expect(try fileType(of: socketPath) == S_IFSOCK)
        #expect(try fm.contentsOfDirectory(atPath: dir).sorted() == ["loop1", "loop2", "sock", "to-folder"])
    }

    // MARK: - Writing

    @Test func namedPipeIsWrittenDirectlyToItsReader() throws {
        let fifo = dir + "/scores.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = PipeReader(fifo)
        let text = String(repeating: "customer_id,churn_probability\n", count: 10_000)  // more than a pipe holds
        try AtomicFile.write(text, to: fifo, overwrite: false)  // a pipe is not replaced, so no --force needed
        #expect(reader.wait() == Array(text.utf8))
        #expect(try fileType(of: fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["scores.csv"])
    }

    @Test func pendingFileWritesToANamedPipe() throws {
        let fifo = dir + "/rejects.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = PipeReader(fifo)
        let pending = try PendingFile(path: fifo)
        try pending.write(Array("source_file,line\n".utf8))
        try pending.write(Array("nps.csv,3\n".utf8))
        try pending.commit()
        #expect(String(decoding: reader.wait(), as: UTF8.self) == "source_file,line\nnps.csv,3\n")
        #expect(try fileType(of: fifo) == S_IFIFO)
    }

    /// Written through a link of the test's own, so that a regression (run as root) replaces that link rather
    /// than the machine's /dev/null.
    @Test func devNullStaysACharacterDevice() throws {
        #expect(try OutputTarget.resolve("/dev/null") == .stream(path: "/dev/null"))
        let link = dir + "/null.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        try AtomicFile.write("scores\n", to: link, overwrite: false)  // a device is not replaced: no --force needed
        try AtomicFile.write("scores\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/null")
        #expect(try fileType(of: "/dev/null") == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["null.csv"])
    }

    @Test func openDescriptorIsWrittenAndLeftOpen() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        try AtomicFile.write("a,b\n1,2\n", to: "/dev/fd/\(ends[1])")
        #expect(fcntl(ends[1], F_GETFD) != -1, "the descriptor was closed")
        close(ends[1])
        #expect(String(decoding: FileHandle(fileDescriptor: ends[0]).readDataToEndOfFile(), as: UTF8.self) == "a,b\n1,2\n")
    }

    @Test func symlinkChainIsWrittenThroughAndStaysALink() throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        let target = dir + "/real/scores.csv"
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(chmod(target, 0o640) == 0)
        try fm.createSymbolicLink(atPath: dir + "/b", withDestinationPath: "real/scores.csv")
        try fm.createSymbolicLink(atPath: dir + "/a", withDestinationPath: "b")
        try AtomicFile.write("new", to: dir + "/a")
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/a") == "b")
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/b") == "real/scores.csv")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try permissions(target) == 0o640)
        #expect(try fm.contentsOfDirectory(atPath: dir + "/real") == ["scores.csv"], "no temporary left")
        // An existing file behind a link is still an existing file: without --force it is kept.
        #expect(throws: FileError.exists(path: dir + "/a", hint: "pass --force to replace it")) {
            try AtomicFile.write("newer", to: dir + "/a", overwrite: false)
        }
    }

    @Test func danglingSymlinkCreatesTheFileItNames() throws {
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir + "/latest.csv", withDestinationPath: "scores-2026.csv")
        try AtomicFile.write("new", to: dir + "/latest.csv", overwrite: false)
        #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/latest.csv") == "scores-2026.csv")
        #expect(try String(contentsOfFile: dir + "/scores-2026.csv", encoding: .utf8) == "new")
    }

    @Test func existingFileKeepsItsPermissionBits() throws {
        for mode: mode_t in [0o600, 0o640, 0o444, 0o755] {
            let path = dir + "/scores-\(String(mode, radix: 8)).csv"
            try AtomicFile.write("old", to: path)
            #expect(chmod(path, mode) == 0)
            try AtomicFile.write("new", to: path)
            #expect(try permissions(path) == mode, "mode \(String(mode, radix: 8))")
            let pending = try PendingFile(path: path)
            try pending.write(Array("newer".utf8))
            try pending.commit()
            #expect(try permissions(path) == mode, "mode \(String(mode, radix: 8)) through PendingFile")
        }
    }

    @Test func newFileGetsTheUmasksBits() throws {
        let mask = try #require(currentUmask(), "no Umask line in /proc/self/status")
        let path = dir + "/scores.csv"
        try AtomicFile.write("x", to: path)
        #expect(try permissions(path) == 0o666 & ~mask, "umask \(String(mask, radix: 8))")
    }

    // MARK: - Helpers

    /// The umask, read from /proc/self/status without changing it (changing it would race other tests' files).
    func currentUmask() -> mode_t? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }) else { return nil }
        return mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
    }

    func permissions(_ path: String) throws -> mode_t {
        var st = stat()
        guard stat(path, &st) == 0 else { throw POSIXError(.init(rawValue: errno)!) }
        return st.st_mode & 0o7777
    }

    func fileType(of path: String) throws -> mode_t {
        var st = stat()
        guard lstat(path, &st) == 0 else { throw POSIXError(.init(rawValue: errno)!) }
        return st.st_mode & S_IFMT
    }

    /// A listening Unix socket at `path` (the socket itself stays open for the test's life; the name is what counts).
    func makeSocket(_ path: String) throws -> String {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw POSIXError(.init(rawValue: errno)!) }
        return path
    }
}

/// Reads a named pipe to its end on a thread of its own, as the writer's reader. The read end is opened at once,
/// with a write end of its own kept until `wait()`: a writer's open then never waits, the reader never sees the end
/// before the writer came, and it ends even when the writer never came or replaced the pipe by a file.
final class PipeReader: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let keeper: Int32
    private let done = DispatchSemaphore(value: 0)

    init(_ path: String) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        keeper = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        if fd >= 0 { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) }
        Thread.detachNewThread { [self] in
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while fd >= 0 {
                let n = read(fd, &chunk, chunk.count)
                if n <= 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
            }
            if fd >= 0 { close(fd) }
            done.signal()
        }
    }

    /// What was read, once every writer closed the pipe.
    func wait() -> [UInt8] {
        if keeper >= 0 { close(keeper) }
        done.wait()
        return bytes
    }
}

/// The umask rule in a process of its own: `cc-write-probe` run under `umask 077` (set by `/bin/sh` before it
/// execs the probe; a test must not change the umask of the test process, whose other tests create files meanwhile).
@Suite struct UmaskTests {
    @Test(arguments: [("077", 0o600), ("027", 0o640), ("002", 0o664)] as [(String, mode_t)])
    func newFileUnderUmaskGetsTheRemainingBits(umask: String, expected: mode_t) throws {
        let probe = try #require(Self.probe, "cc-write-probe is not built (swift build --build-tests)")
        let scratch = TemporaryDirectory("cc-umask"), dir = scratch.path
        defer { withExtendedLifetime(scratch) {} }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask \(umask) && exec \"$0\" \"$@\"", probe, dir + "/scores.csv", "16", "0", "1"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var st = stat()
        #expect(stat(dir + "/scores.csv", &st) == 0)
        #expect(st.st_mode & 0o7777 == expected, "umask \(umask): mode \(String(st.st_mode & 0o7777, radix: 8))")
    }

    /// The probe beside the test bundle (…/debug/ChurnCastPackageTests.xctest) or in the package's build folder.
    static let probe: String? = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates: [String] = []
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("cc-write-probe").path)
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
