#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output opened for writing, as its `OutputTarget` asks: a regular file through a locked temporary file beside
/// it, renamed into place by `commit()`; a descriptor, pipe or device directly. Shared by `AtomicFile` and
/// `PendingFile`, so that every output of every command follows the same rules.
struct OpenOutput {
    /// The path as the user gave it, for messages.
    let path: String
    let fd: Int32
    /// For a regular file: the temporary file and the resolved path it is renamed onto.
    let replacing: (temporary: String, destination: String)?
    /// False for a descriptor the process already had (standard output): it stays open.
    let ownsDescriptor: Bool
    let overwrite: Bool

    /// Opens `path`. Throws `FileError.exists` when it names an existing regular file and `overwrite` is false,
    /// and `FileError.cannotCreate` when it cannot be written (see `OutputTarget.resolve`).
    static func open(_ path: String, overwrite: Bool) throws -> OpenOutput {
        switch try OutputTarget.resolve(path) {
        case .descriptor(let fd):
            if fcntl(fd, F_GETFD) == -1 { throw FileError.cannotCreate(path: path, reason: "descriptor \(fd) is not open") }
            // What the process printed before goes first.
            if fd == STDOUT_FILENO { fflush(stdout) } else if fd == STDERR_FILENO { fflush(stderr) }
            return OpenOutput(path: path, fd: fd, replacing: nil, ownsDescriptor: false, overwrite: overwrite)
        case .stream(let device):
            let fd = openDevice(device)
            if fd < 0 { throw FileError.cannotCreate(path: path, reason: errnoText()) }
            return OpenOutput(path: path, fd: fd, replacing: nil, ownsDescriptor: true, overwrite: overwrite)
        case .file(let destination, let existing):
            if existing != nil && !overwrite { throw FileError.exists(path: path, hint: "pass --force to replace it") }
            AtomicFile.removeStaleTemporaries(of: destination, in: AtomicFile.directory(of: destination))
            let (fd, tmp) = try AtomicFile.createTemporary(for: destination, reportedAs: path, like: existing)
            return OpenOutput(path: path, fd: fd, replacing: (tmp, destination), ownsDescriptor: true,
                              overwrite: overwrite)
        }
    }

    /// Puts the written bytes in place: a regular file is synced and renamed onto its destination (which must
    /// still be a regular file or nothing); a stream is closed. The caller has flushed its buffer. On failure
    /// the temporary file is removed and the destination untouched.
    func commit() throws {
        guard let (tmp, destination) = replacing else {
            if ownsDescriptor && close(fd) != 0 && errno != EINTR {
                throw FileError.writeFailed(path: path, reason: errnoText())
            }
            return
        }
        do {
            if fsync(fd) != 0 { throw FileError.writeFailed(path: path, reason: errnoText()) }
            var st = stat()
            if lstat(destination, &st) == 0 {
                if !overwrite { throw FileError.exists(path: path, hint: "pass --force to replace it") }
                if (st.st_mode & S_IFMT) != S_IFREG {
                    throw FileError.cannotCreate(path: path, reason: "it became \(OutputTarget.kind(st.st_mode)) while written")
                }
            }
            // Renamed while still open and locked, so no cleaner can take the file in between.
            if rename(tmp, destination) != 0 { throw FileError.writeFailed(path: path, reason: errnoText()) }
        } catch {
            abandon()
            throw error
        }
        close(fd)
        AtomicFile.syncDirectory(AtomicFile.directory(of: destination))
    }

    /// Gives up: removes the temporary file (a regular file's destination is untouched) and closes what it opened.
    /// Bytes already written to a pipe, device or standard output cannot be taken back.
    func abandon() {
        if let (tmp, _) = replacing { unlink(tmp) }
        if ownsDescriptor { close(fd) }
    }
}

/// Opens a pipe or device for writing, waiting (as a shell does) for a pipe's reader.
private func openDevice(_ path: String) -> Int32 {
    var fd: Int32
    repeat { fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY) } while fd < 0 && errno == EINTR
    return fd
}
