import Support

/// Everything that can go wrong with a PostgreSQL source or sink; each message is written once here.
public enum PostgresError: UserFacingError, Equatable {
    /// The server cannot be reached or refused the login (exit 66: the input cannot be opened).
    case connectionFailed(url: String, message: String)
    /// A `--source` that is not a `postgresql://` or `postgres://` URL, or a bad `--tables` entry (exit 64).
    case invalidOption(option: String, reason: String)
    /// A table that the database does not have (exit 66, like a missing file).
    case missingTable(table: String)
    /// Required columns absent from a table (exit 65, like a CSV header without them).
    case missingColumns(table: String, missing: [String], found: [String])
    /// A column whose SQL type cannot hold what the export expects (exit 65).
    case wrongColumnType(table: String, column: String, found: String, expected: String)
    /// A statement the server refused or a transfer that broke part way (exit 74); `sqlState` is the server's code.
    case queryFailed(what: String, sqlState: String, message: String)

    public var exitCode: ExitStatus {
        switch self {
        case .connectionFailed, .missingTable: return .noInput
        case .invalidOption: return .usage
        case .missingColumns, .wrongColumnType: return .dataError
        case .queryFailed: return .ioError
        }
    }

    public var description: String {
        switch self {
        case .connectionFailed(let url, let message):
            return "cannot connect to \(url): \(message)"
        case .invalidOption(let option, let reason):
            return "\(option): \(reason)"
        case .missingTable(let table):
            return "table \(table): no such table in the database"
        case .missingColumns(let table, let missing, let found):
            return "table \(table): missing column\(missing.count == 1 ? "" : "s") "
                + missing.joined(separator: ", ") + " (the table has \(found.joined(separator: ", ")))"
        case .wrongColumnType(let table, let column, let found, let expected):
            return "table \(table), column \(column): type \(found) found, expected \(expected)"
        case .queryFailed(let what, let sqlState, let message):
            return "PostgreSQL \(what) failed (SQLSTATE \(sqlState)): \(message)"
        }
    }
}
