import Ingest
import Support
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--csv -`: a table read from standard input. The CSV reader reads at offsets (pread), which a pipe cannot do,
/// so piped input is first copied to an unlinked temporary file put in standard input's place; messages then
/// name `/dev/stdin`.
enum StandardInputTable {
    /// Reads `path`, or standard input when it is `-`.
    static func read(_ path: String) throws -> CSVTable {
        guard path == OutputTarget.standardOutputName else { return try CSVTable.read(path: path) }
        var st = stat()
        if fstat(STDIN_FILENO, &st) != 0 || (st.st_mode & S_IFMT) != S_IFREG { try spoolStandardInput() }
        return try CSVTable.read(path: "/dev/stdin")
    }

    /// Copies standard input to a temporary file (removed at once; it lives while open) and makes that file
    /// descriptor 0.
    private static func spoolStandardInput() throws {
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((folder + "/churncast-stdin-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw FileError.unreadable(path: "-", reason: "cannot make a temporary copy: \(String(cString: strerror(errno)))") }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError.unreadable(path: "-", reason: String(cString: strerror(errno)))
            }
            var done = 0
            while done < n {
                let w = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, n - done) }
                if w < 0 && errno == EINTR { continue }
                if w <= 0 { throw FileError.unreadable(path: "-", reason: "cannot make a temporary copy: \(String(cString: strerror(errno)))") }
                done += w
            }
        }
        if dup2(fd, STDIN_FILENO) < 0 { throw FileError.unreadable(path: "-", reason: String(cString: strerror(errno))) }
    }
}
