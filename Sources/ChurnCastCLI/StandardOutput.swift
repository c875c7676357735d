#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output read by a pipe whose reader may stop early (`churncast score --out - | head`).
///
/// SIGPIPE is ignored, so a write to a pipe nobody reads fails with EPIPE instead of killing the process; the
/// command then ends quietly with status 0, as `head`'s users expect of ripgrep, fd or git's pagers: the reader
/// chose to stop, nothing went wrong, and a pipeline under `set -o pipefail` should not fail for it. (A failed
/// reader reports its own status.) Any other write failure on standard output is an I/O error (74).
enum StandardOutput {
    /// Makes a write to a closed pipe an error (EPIPE) rather than a signal that ends the process mid-message.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether standard output is a pipe whose reader has closed it (poll reports POLLERR on the write end).
    static var readerIsGone: Bool {
        var p = pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)
        return poll(&p, 1, 0) == 1 && (p.revents & Int16(POLLERR)) != 0
    }

    /// Ends the process with status 0, printing nothing more: the reader has what it wanted.
    static func endQuietly() -> Never {
        fflush(stderr)
        _exit(0)
    }
}
