#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// Applies a `BadRowPolicy` to rejected rows: `.stop` throws the error; `.skip` appends a line to the rejects CSV
/// (`source_file,line,reason,raw_row`), which is put in place by `commit()` once every file has been read.
///
/// Thread-safe (hence `@unchecked Sendable`): the parallel engagement parse rejects rows from two threads, and
/// every write to the file is made under `lock`.
final class RejectsLog: @unchecked Sendable {
    let policy: BadRowPolicy
    private let file: PendingFile?
    private var lock = pthread_mutex_t()
    private(set) var committed = false

    init(policy: BadRowPolicy) throws {
        self.policy = policy
        pthread_mutex_init(&lock, nil)
        if case .skip(let path) = policy {
            let file = try PendingFile(path: path)
            var header = CSVWriter()
            header.field("source_file"); header.field("line"); header.field("reason"); header.field("raw_row")
            header.endLine()
            try file.write(&header)
            self.file = file
        } else {
            file = nil
        }
    }

    deinit { pthread_mutex_destroy(&lock) }

    var skips: Bool { file != nil }

    /// Throws `error` under `.stop`; under `.skip` logs the row.
    func reject(_ error: IngestError, file path: String, line: Int, raw: String) throws {
        guard skips else { throw error }
        var rows = CSVWriter()
        Self.append(&rows, error: error, file: path, line: line, raw: raw)
        try append(&rows)
    }

    /// Formats one rejects line into `rows` (for callers that batch lines before `append`).
    static func append(_ rows: inout CSVWriter, error: IngestError, file: String, line: Int, raw: String) {
        rows.field(file); rows.field(line); rows.field(error.reason); rows.field(readable(raw)); rows.endLine()
    }

    /// The raw row with NUL bytes shown as U+FFFD (as bytes that are not UTF-8 already are), so that the rejects
    /// file is itself a CSV file ChurnCast and spreadsheet tools can read (found by the `exports` fuzz target).
    static func readable(_ raw: String) -> String {
        guard raw.utf8.contains(0) else { return raw }
        var out = String.UnicodeScalarView()
        for s in raw.unicodeScalars { out.append(s == "\0" ? "\u{FFFD}" : s) }
        return String(out)
    }

    /// Appends formatted lines and empties `rows`.
    func append(_ rows: inout CSVWriter) throws {
        guard let file else { return }
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        try file.write(&rows)
    }

    /// Writes the rejects file into place (once; later calls do nothing).
    func commit() throws {
        guard let file, !committed else { return }
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        try file.commit()
        committed = true
    }
}
