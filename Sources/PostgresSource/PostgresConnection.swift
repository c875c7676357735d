import CLibPQ
import Support

/// One connection to a PostgreSQL server through libpq: plain statements, rows as text, and COPY out and in.
/// The only Swift code that calls libpq; every failure becomes a `PostgresError`. Not thread-safe (one user).
///
///     let db = try PostgresConnection(url: "postgresql://postgres@127.0.0.1:55432/shop")
///     try db.copyOut("COPY customers TO STDOUT WITH (FORMAT csv, HEADER)", what: "reading customers") { bytes in … }
public final class PostgresConnection {
    private let handle: OpaquePointer
    /// The URL without its password, for messages.
    public let displayURL: String

    /// Connects, and fixes the session settings that the text of values depends on: UTF-8, ISO dates, and floats
    /// written with the fewest digits that read back exactly (`extra_float_digits = 1`, PostgreSQL 12 and later).
    public init(url: String) throws {
        displayURL = PostgresConnection.redacting(url)
        guard let connection = PQconnectdb(url) else {
            throw PostgresError.connectionFailed(url: displayURL, message: "out of memory")
        }
        handle = connection
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = PostgresConnection.trimmed(PQerrorMessage(handle))
            throw PostgresError.connectionFailed(url: displayURL, message: message)
        }
        try execute("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1",
                    what: "session setup")
    }

    deinit { PQfinish(handle) }

    /// Runs statements that return no rows (several may be separated by semicolons).
    public func execute(_ sql: String, what: String) throws {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result, what: what, expecting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
    }

    /// Runs one query with text parameters (`$1`, `$2`, …) and returns its rows as text (`nil` for SQL NULL).
    public func rows(_ sql: String, parameters: [String] = [], what: String) throws -> [[String?]] {
        let copies = parameters.map { text -> UnsafeMutablePointer<CChar> in
            let bytes = Array(text.utf8CString)
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
            copy.initialize(from: bytes, count: bytes.count)
            return copy
        }
        defer { copies.forEach { $0.deallocate() } }
        let values: [UnsafePointer<CChar>?] = copies.map { UnsafePointer<CChar>($0) }
        let result = values.withUnsafeBufferPointer { buffer in
            PQexecParams(handle, sql, Int32(values.count), nil, buffer.baseAddress, nil, nil, 0)
        }
        defer { PQclear(result) }
        try check(result, what: what, expecting: [PGRES_TUPLES_OK])
        let (count, width) = (PQntuples(result), PQnfields(result))
        return (0..<count).map { row in
            (0..<width).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }

    /// Runs a `COPY … TO STDOUT` and hands its data to `body` in the pieces the server sends (each valid only
    /// during the call). If `body` throws, the rest of the data is read and dropped, and its error rethrown.
    public func copyOut(_ sql: String, what: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let start = PQexec(handle, sql)
        defer { PQclear(start) }
        try check(start, what: what, expecting: [PGRES_COPY_OUT])
        var failure: Error?
        var buffer: UnsafeMutablePointer<CChar>?
        while true {
            let length = PQgetCopyData(handle, &buffer, 0)
            if length < 0 { break }
            defer { PQfreemem(buffer) }
            if failure == nil, let buffer {
                do { try body(UnsafeRawBufferPointer(start: buffer, count: Int(length))) } catch { failure = error }
            }
        }
        try finish(what: what)
        if let failure { throw failure }
    }

    /// Runs a `COPY … FROM STDIN`; `produce` calls its argument with each piece of data to send. If `produce`
    /// throws, the COPY is ended with an error (the server discards what it received) and the error rethrown.
    public func copyIn(_ sql: String, what: String,
                       _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let start = PQexec(handle, sql)
        defer { PQclear(start) }
        try check(start, what: what, expecting: [PGRES_COPY_IN])
        do {
            try produce { bytes in
                let sent = bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
                if sent != 1 { throw failure(what: what, result: nil) }
            }
        } catch {
            _ = PQputCopyEnd(handle, "aborted by churncast")
            _ = try? finish(what: what)
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw failure(what: what, result: nil) }
        try finish(what: what)
    }

    /// Collects the results that end a COPY; throws the first that is not a success.
    private func finish(what: String) throws {
        var firstError: PostgresError?
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) != PGRES_COMMAND_OK, firstError == nil {
                firstError = failure(what: what, result: result)
            }
            PQclear(result)
        }
        if let firstError { throw firstError }
    }

    private func check(_ result: OpaquePointer?, what: String, expecting: [ExecStatusType]) throws {
        guard let result, expecting.contains(PQresultStatus(result)) else { throw failure(what: what, result: result) }
    }

    private func failure(what: String, result: OpaquePointer?) -> PostgresError {
        let code = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) }
        let message = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "M"))) }.map { String(cString: $0) }
        return .queryFailed(what: what, sqlState: code ?? "none",
                            message: message ?? PostgresConnection.trimmed(PQerrorMessage(handle)))
    }

    private static func trimmed(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        return String(cString: text).split(whereSeparator: \.isNewline).joined(separator: "; ")
    }

    /// `postgresql://user:secret@host/db` → `postgresql://user:***@host/db`.
    static func redacting(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url.range(of: "@", range: scheme.upperBound..<url.endIndex),
              let colon = url.range(of: ":", range: scheme.upperBound..<at.lowerBound) else { return url }
        return String(url[..<colon.upperBound]) + "***" + String(url[at.lowerBound...])
    }
}
