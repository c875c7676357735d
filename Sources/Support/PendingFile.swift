#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written over time and put in place at once: bytes go to a temporary file beside `path` (created,
/// locked and cleaned up as `AtomicFile` does); `commit()` flushes, syncs and renames it into place; a file never
/// committed is removed (by `discard()` or when the value is released), leaving `path` untouched. `-`, pipes and
/// devices are written directly and symbolic links through, as `OutputTarget` says. `AtomicFile.write(to:_:)` for
/// outputs written in one scope; this for outputs fed from several places (a rejects file filled while several
/// inputs are read).
public final class PendingFile {
    public let path: String
    private let output: OpenOutput
    private var sink: FileSink
    private var open = true

    /// Opens the output. Throws `FileError.exists` when `path` is an existing file and `overwrite` is false, and
    /// `FileError.cannotCreate` when the folder is missing or not writable or `path` is a folder.
    public init(path: String, overwrite: Bool = true) throws {
        output = try OpenOutput.open(path, overwrite: overwrite)
        sink = FileSink(fd: output.fd, path: path)
        self.path = path
    }

    deinit { discard() }

    /// Appends bytes (buffered).
    public func write(_ bytes: [UInt8]) throws {
        precondition(open, "write after commit or discard")
        try sink.write(bytes)
    }

    /// Appends a CSV writer's buffered text and empties it.
    public func write(_ csv: inout CSVWriter) throws {
        precondition(open, "write after commit or discard")
        try csv.flush(to: &sink)
    }

    /// Flushes, syncs and renames the file into place. On failure the temporary file is removed.
    public func commit() throws {
        precondition(open, "commit after commit or discard")
        do {
            try sink.flush()
        } catch {
            discard()
            throw error
        }
        open = false
        try output.commit()
    }

    /// Removes the temporary file; `path` is untouched. Does nothing after `commit()`.
    public func discard() {
        guard open else { return }
        open = false
        output.abandon()
    }
}
