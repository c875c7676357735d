#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old complete file or the new complete one, never a part:
/// the bytes go to a temporary file in the same folder, are flushed to disk (`fsync`) and renamed into place.
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
        if !overwrite && access(path, F_OK) == 0 {
            throw FileError.exists(path: path, hint: "pass --force to replace it")
        }
        let dir = directory(of: path)
        var st = stat()
        if stat(dir, &st) != 0 || (st.st_mode & S_IFMT) != S_IFDIR {
            throw FileError.cannotCreate(path: path, reason: "folder \(dir) does not exist")
        }
        var template = Array("\(dir)/.\(basename(of: path)).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw FileError.cannotCreate(path: path, reason: errnoText()) }
        let tmp = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var sink = FileSink(fd: fd, path: path)
        do {
            try body(&sink)
            try sink.flush()
            if fchmod(fd, 0o644) != 0 { throw FileError.writeFailed(path: path, reason: errnoText()) }
            if fsync(fd) != 0 { throw FileError.writeFailed(path: path, reason: errnoText()) }
            close(fd)
            if !overwrite && access(path, F_OK) == 0 {
                unlink(tmp)
                throw FileError.exists(path: path, hint: "pass --force to replace it")
            }
            if rename(tmp, path) != 0 { let r = errnoText(); unlink(tmp); throw FileError.writeFailed(path: path, reason: r) }
        } catch {
            close(fd)
            unlink(tmp)
            throw error
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
