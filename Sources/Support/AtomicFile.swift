#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an output so that readers of a regular file see either the old complete file or the new complete one,
/// never a part: the bytes go to a temporary file in the target's folder, are flushed to disk (`fsync`) and renamed
/// into place. The replacement keeps the old file's permission bits (and owner, where allowed); a new file gets
/// `0666` less the umask. Other targets follow `OutputTarget`: `-` is standard output, a pipe or device is written
/// directly, a symbolic link is written through (the file it names is replaced, the link stays), and nothing that
/// is not a regular file is ever renamed over.
///
/// A writer killed part way (SIGKILL, out of memory) cannot remove its temporary `.NAME.tmp-XXXXXX`; the next write
/// to the same path removes such leftovers, telling them from a live writer's file by an advisory `flock` that
/// the kernel releases when its holder dies. So at most one leftover per path exists between runs.
public enum AtomicFile {
    /// Writes `bytes` to `path`. Throws `FileError.exists` when a regular file exists there and `overwrite` is false.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool = true) throws {
        try write(to: path, overwrite: overwrite) { sink in try sink.write(bytes) }
    }

    /// Writes the UTF-8 of `text` to `path`.
    public static func write(_ text: String, to path: String, overwrite: Bool = true) throws {
        try write(Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// Streams content into `path` through `body`, then flushes it and puts it in place.
    /// On any error (thrown by `body` or by the system) a regular file at `path` is untouched and no temporary file
    /// is left; what already went to a pipe, device or standard output stays there.
    public static func write(to path: String, overwrite: Bool = true, _ body: (inout FileSink) throws -> Void) throws {
        let output = try OpenOutput.open(path, overwrite: overwrite)
        var sink = FileSink(fd: output.fd, path: path)
        do {
            try body(&sink)
            try sink.flush()
        } catch {
            output.abandon()
            throw error
        }
        try output.commit()
    }

    /// Flushes the folder's entry list, so that the rename itself survives a power loss. Best effort.
    static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_CLOEXEC)
        if fd >= 0 { _ = fsync(fd); close(fd) }
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
