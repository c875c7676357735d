#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files a regular file is written to before it is renamed into place: made, locked, given the
/// permissions of the file they replace, and cleaned up after killed writers.
extension AtomicFile {
    /// The prefix of the temporary files of `path`: `.NAME.tmp-`.
    static func temporaryPrefix(of path: String) -> String { ".\(basename(of: path)).tmp-" }

    /// Creates `.NAME.tmp-XXXXXX` next to `destination`, with the permission bits (and, where allowed, owner) of
    /// `existing` or, for a new file, `0666` less the umask (applied by the kernel at creation, so the umask is
    /// never read or changed). Holds an exclusive `flock` on it while it is written, so that
    /// `removeStaleTemporaries` can tell a live writer's file (locked) from one a killed writer left (unlocked:
    /// the kernel drops a process's locks when it dies). If a cleaner removed the file between its creation and
    /// the lock, the file has no link left and another is made. Errors name `path`, the name the user gave.
    static func createTemporary(for destination: String, reportedAs path: String,
                                like existing: OutputTarget.ExistingFile?) throws -> (Int32, String) {
        let dir = directory(of: destination)
        while true {
            let (fd, tmp) = try createExclusive(in: dir, prefix: temporaryPrefix(of: destination), path: path,
                                                mode: existing == nil ? 0o666 : 0o600)
            var locked: Int32
            repeat { locked = flock(fd, LOCK_EX) } while locked != 0 && errno == EINTR
            var st = stat()
            if locked == 0 && fstat(fd, &st) == 0 && st.st_nlink == 0 { close(fd); continue }
            if let existing { carryOver(existing, to: fd, now: st) }
            return (fd, tmp)
        }
    }

    /// Opens a new file `PREFIXxxxxxx` (six random letters or digits) with `O_EXCL`, trying other names while
    /// the name is taken.
    static func createExclusive(in dir: String, prefix: String, path: String, mode: mode_t) throws -> (Int32, String) {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var random = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            let suffix = String((0..<6).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
            let tmp = "\(dir)/\(prefix)\(suffix)"
            let fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
            if fd >= 0 { return (fd, tmp) }
            if errno != EEXIST && errno != EINTR { throw FileError.cannotCreate(path: path, reason: errnoText()) }
        }
        throw FileError.cannotCreate(path: path, reason: "no free temporary file name in \(dir)")
    }

    /// Gives the temporary file the replaced file's owner and group (only root may give a file away; a member of
    /// the group may keep it), then its permission bits (after `fchown`, which may clear some). When the group
    /// cannot be kept, the group's bits are dropped, so that no other group gains the old group's access.
    static func carryOver(_ existing: OutputTarget.ExistingFile, to fd: Int32, now st: stat) {
        var permissions = mode_t(existing.permissions)
        if UInt32(st.st_uid) != existing.owner || UInt32(st.st_gid) != existing.group,
           fchown(fd, uid_t(existing.owner), gid_t(existing.group)) != 0,
           UInt32(st.st_gid) != existing.group && fchown(fd, uid_t.max, gid_t(existing.group)) != 0 {
            permissions &= ~mode_t(0o070)
        }
        _ = fchmod(fd, permissions)
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
}
