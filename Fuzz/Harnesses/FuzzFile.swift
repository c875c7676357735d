#if canImport(Glibc)
import Glibc
#endif

/// The fuzz input as a file, since the readers under test read files (by `pread`, never whole): written to
/// /dev/shm (memory) when it exists, once per input, at a path that stays the same within a process.
enum FuzzFile {
    static let folder: String = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    static let path = "\(folder)/churncast-fuzz-\(getpid())"

    /// Writes `bytes` to `path(suffix)` and returns the path.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, suffix: String = ".csv") -> String {
        let p = path + suffix
        let fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot create \(p)")
        var off = 0
        while off < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + off, bytes.count - off)
            precondition(n > 0, "cannot write \(p)")
            off += n
        }
        close(fd)
        return p
    }

    /// The bytes of the file at `path` (small files).
    static func read(_ path: String) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        precondition(fd >= 0, "cannot open \(path)")
        defer { close(fd) }
        var out: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            precondition(n >= 0, "cannot read \(path)")
            if n == 0 { return out }
            out += chunk[0..<n]
        }
    }
}

/// Stops the fuzzer with a message: a property the code under test must keep was broken.
func violated(_ message: @autoclosure () -> String) -> Never {
    fputs("PROPERTY VIOLATED: \(message())\n", stderr)
    abort()
}
