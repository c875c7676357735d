#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old complete file or the new complete one, never a part:
/// the bytes go to a temporary file in the same folder, are flushed to disk (`fsync`) and renamed into place.
///
/// A writer killed part way (SIGKILL, out of memory) cannot remove its temporary `.NAME.tmp-XXXXXX`; the next write
/// to the same path removes such leftovers, telling them from a live writer's file by an advisory `flock` that
/// the kernel releases when its holder dies. So at most one leftover per path exists between runs.
public enum AtomicFile {
    /// Writes `bytes` to `path`. Throws `FileError.exists` when the file exists and `overwrite` is false.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool = true) throws {
        try write(to: path, overwrite: overwrite) { sink in try sink.write(bytes) }
    }

    /// Writes the UTF-8 of `text` to `path`.
    public static func write(_ text: String, to path: String, overwrite: Bool = true) throws {
        try write(Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// Streams content into `path` through `body`, then flushes and renames it into place.
    /// On any error (thrown by `body` or by the system) the temporary file is removed and `path` is untouched.
    public static func write(to path: String, overwrite: Bool = true, _ body: (inout FileSink) throws -> Void) throws {
        let (fd, tmp) = try begin(path, overwrite: overwrite)
        var sink = FileSink(fd: fd, path: path)
        do {
            try body(&sink)
            try sink.flush()
        } catch {
            unlink(tmp)
            close(fd)
            throw error
        }
        try finish(path, fd: fd, temporary: tmp, overwrite: overwrite)
    }

    /// Checks `path` can be written (not refused by `overwrite`, not a folder, its folder exists), removes stale
    /// temporaries and creates a locked temporary file beside it. Shared with `PendingFile`.
    static func begin(_ path: String, overwrite: Bool) throws -> (fd: Int32, temporary: String) {
        if !overwrite && access(path, F_OK) == 0 {
            throw FileError.exists(path: path, hint: "pass --force to replace it")
        }
        let dir = directory(of: path)
        var st = stat()
        if stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            throw FileError.cannotCreate(path: path, reason: "it is a folder; name a file in it")
        }
        if stat(dir, &st) != 0 {
            throw FileError.cannotCreate(path: path, reason: "folder \(dir) does not exist")
        }
        if (st.st_mode & S_IFMT) != S_IFDIR {
            throw FileError.cannotCreate(path: path, reason: "\(dir) is a file, not a folder")
        }
        removeStaleTemporaries(of: path, in: dir)
        return try createTemporary(for: path, in: dir)
    }

    /// Syncs the written temporary file, renames it onto `path` and closes it; on failure removes it.
    /// The caller has flushed its buffer. Shared with `PendingFile`.
    static func finish(_ path: String, fd: Int32, temporary tmp: String, overwrite: Bool) throws {
        do {
            if fchmod(fd, 0o644) != 0 { throw FileError.writeFailed(path: path, reason: errnoText()) }
            if fsync(fd) != 0 { throw FileError.writeFailed(path: path, reason: errnoText()) }
            if !overwrite && access(path, F_OK) == 0 {
                throw FileError.exists(path: path, hint: "pass --force to replace it")
            }
            // Renamed while still open and locked, so no cleaner can take the file in between.
            if rename(tmp, path) != 0 { throw FileError.writeFailed(path: path, reason: errnoText()) }
        } catch {
            unlink(tmp)
            close(fd)
            throw error
        }
        close(fd)
        syncDirectory(directory(of: path))
    }

    /// Flushes the folder's entry list, so that the rename itself survives a power loss. Best effort.
    static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_CLOEXEC)
        if fd >= 0 { _ = fsync(fd); close(fd) }
    }

    /// The prefix of the temporary files of `path`: `.NAME.tmp-`.
    static func temporaryPrefix(of path: String) -> String { ".\(basename(of: path)).tmp-" }

    /// Creates `.NAME.tmp-XXXXXX` next to `path` and holds an exclusive `flock` on it while it is written, so that
    /// `removeStaleTemporaries` can tell a live writer's file (locked) from one a killed writer left (unlocked:
    /// the kernel drops a process's locks when it dies). If a cleaner removed the file between its creation and
    /// the lock, the file has no link left and another is made.
    static func createTemporary(for path: String, in dir: String) throws -> (Int32, String) {
        while true {
            var template = Array("\(dir)/\(temporaryPrefix(of: path))XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            if fd < 0 { throw FileError.cannotCreate(path: path, reason: errnoText()) }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            let tmp = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            var locked: Int32
            repeat { locked = flock(fd, LOCK_EX) } while locked != 0 && errno == EINTR
            var st = stat()
            if locked == 0 && fstat(fd, &st) == 0 && st.st_nlink == 0 { close(fd); continue }
            return (fd, tmp)
        }
    }

    /// Removes the temporary files of `path` that no live writer holds: what a writer killed part way (SIGKILL,
    /// power loss) leaves behind. A file still locked belongs to a writer at work and is left alone.
    /// Best effort: failures are ignored, the write itself does not depend on them.
    static func removeStaleTemporaries(of path: String, in dir: String) {
        guard let d = opendir(dir) else { return }
        defer { closedir(d) }
        let prefix = temporaryPrefix(of: path)
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            guard name.hasPrefix(prefix), name.utf8.count == prefix.utf8.count + 6 else { continue }
            let stale = "\(dir)/\(name)"
            let fd = open(stale, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            if fd < 0 { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { unlink(stale) }
            close(fd)
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    static func basename(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

/// A buffered writer over a file descriptor, used inside `AtomicFile.write(to:_:)`.
public struct FileSink {
    let fd: Int32
    let path: String
    var buffer: [UInt8] = []

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends bytes, flushing every 64 KiB.
    public mutating func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends the UTF-8 of a string.
    public mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError.writeFailed(path: path, reason: errnoText())
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
