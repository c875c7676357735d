#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output path leads, worked out before anything is written (SPEC section 7): `-` and `/dev/stdout` are
/// this process's standard output, a named pipe or character device is written directly, a symbolic link is
/// followed to the file it names, and only a regular file (new or existing) is replaced — atomically.
/// Anything else (a folder, a block device, a socket) is refused with exit 73, so nothing but a regular file is
/// ever renamed over.
///
///     let target = try OutputTarget.resolve(out)
///     if target.isStandardOutput { /* the summary goes to standard error */ }
public enum OutputTarget: Equatable, Sendable {
    /// A descriptor this process already has open (`-` and `/dev/stdout` are 1, `/dev/fd/N` is N): written at its
    /// current position, never closed.
    case descriptor(Int32)
    /// A named pipe or character device (`/dev/null`, `/dev/tty`), reached through any links: opened and written
    /// directly; a pipe's open waits for its reader, as a shell redirection does.
    case stream(path: String)
    /// A regular file at `path` (every symbolic link resolved), replaced atomically; `existing` describes the file
    /// there now, nil when there is none.
    case file(path: String, existing: ExistingFile?)

    /// The owner and permission bits of a file about to be replaced, given to its replacement.
    public struct ExistingFile: Equatable, Sendable {
        /// The permission bits (`rwxrwxrwx`; set-id and sticky bits are not carried over).
        public var permissions: UInt32
        public var owner: UInt32
        public var group: UInt32
    }

    /// The name that means standard output wherever a file is written.
    public static let standardOutputName = "-"

    /// Resolves `path` (`-`, a device, a pipe, a link or a file). Throws `FileError.cannotCreate` for a path that
    /// is not a regular file, pipe or character device, for a link loop, and for a new file whose folder is missing.
    public static func resolve(_ path: String) throws -> OutputTarget {
        if path == standardOutputName { return .descriptor(STDOUT_FILENO) }
        if path.isEmpty { throw FileError.cannotCreate(path: "\"\"", reason: "the file name is empty") }
        var current = path
        for _ in 0..<maximumLinks {
            if let fd = descriptorNumber(named: current) { return .descriptor(fd) }
            var st = stat()
            guard lstat(current, &st) == 0 else {
                guard errno == ENOENT || errno == ENOTDIR else {
                    throw FileError.cannotCreate(path: path, reason: errnoText())
                }
                try checkFolder(of: current, for: path)
                return .file(path: current, existing: nil)
            }
            switch st.st_mode & S_IFMT {
            case S_IFLNK: current = try linkTarget(of: current, for: path)
            case S_IFREG: return .file(path: current, existing: ExistingFile(st))
            case S_IFIFO, S_IFCHR: return .stream(path: current)
            case S_IFDIR: throw FileError.cannotCreate(path: path, reason: "it is a folder; name a file in it")
            default: throw FileError.cannotCreate(path: path, reason: "it is \(kind(st.st_mode)), not a file")
            }
        }
        throw FileError.cannotCreate(path: path, reason: "too many levels of symbolic links")
    }

    /// Whether `path` names this process's standard output (`-`, `/dev/stdout`, `/dev/fd/1`, a link to one):
    /// the caller then keeps its own messages off standard output. False for a path that cannot be resolved.
    public static func isStandardOutput(_ path: String) -> Bool {
        (try? resolve(path))?.isStandardOutput ?? false
    }

    /// Whether the data go to standard output.
    public var isStandardOutput: Bool { self == .descriptor(STDOUT_FILENO) }

    /// Whether writing replaces a file that exists now (what `--force` guards): never for a descriptor or stream.
    public var replacesExistingFile: Bool {
        if case .file(_, .some) = self { return true }
        return false
    }

    /// Symbolic links followed at most, as the kernel's own limit (Linux MAXSYMLINKS).
    static let maximumLinks = 40

    /// The descriptor of `/dev/stdin|stdout|stderr`, `/dev/fd/N` and `/proc/self/fd/N`: these name descriptors
    /// already open, which a write must use as they are (a redirection's position and append mode kept).
    static func descriptorNumber(named path: String) -> Int32? {
        switch path {
        case "/dev/stdin": return STDIN_FILENO
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// The path a symbolic link names, relative to the link's folder when the link is relative.
    static func linkTarget(of link: String, for path: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(link, &buffer, buffer.count - 1)
        if n < 0 { throw FileError.cannotCreate(path: path, reason: errnoText()) }
        let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        let folder = AtomicFile.directory(of: link)
        return folder == "/" ? "/" + target : folder + "/" + target
    }

    /// Checks that the folder a new file goes in exists and is a folder.
    static func checkFolder(of file: String, for path: String) throws {
        if file.hasSuffix("/") { throw FileError.cannotCreate(path: path, reason: "the name ends in /; name a file") }
        let dir = AtomicFile.directory(of: file)
        var st = stat()
        if stat(dir, &st) != 0 {
            throw FileError.cannotCreate(path: path, reason: "folder \(dir) does not exist")
        }
        if (st.st_mode & S_IFMT) != S_IFDIR {
            throw FileError.cannotCreate(path: path, reason: "\(dir) is a file, not a folder")
        }
    }

    /// What a file of this mode is, in words.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a file"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a named pipe"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }
}

extension OutputTarget.ExistingFile {
    init(_ st: stat) {
        permissions = UInt32(st.st_mode & 0o777)
        owner = UInt32(st.st_uid)
        group = UInt32(st.st_gid)
    }
}
