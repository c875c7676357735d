import Support

/// Where a value sits in an export: file, physical line (1-based, counting every line break, including those
/// inside quoted fields) and column (1-based field number), with the column's header name when known.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var columnName: String?

    public init(file: String, line: Int, column: Int, columnName: String? = nil) {
        self.file = file; self.line = line; self.column = column; self.columnName = columnName
    }

    /// `nps.csv, line 12, column 3 (score)`.
    public var description: String { "\(file), line \(line), \(columnText)" }

    /// `column 3 (score)`.
    public var columnText: String {
        columnName.map { "column \(column) (\($0))" } ?? "column \(column)"
    }
}

/// Everything that can be wrong with the exports or the column mapping. Each case carries what is needed to name
/// the file, line and column, what was expected and what was found; `description` is the whole message and
/// `reason` the part after the location (the `reason` column of a rejects file).
public enum IngestError: UserFacingError, Equatable {
    /// The bytes are not well-formed CSV (unterminated quote, a quote inside an unquoted field, a NUL byte,
    /// text that is not UTF-8), or a field holds a value of the wrong kind.
    case invalidValue(SourceLocation, expected: String, found: String)
    /// A record with a different number of fields than the header.
    case wrongFieldCount(file: String, line: Int, expected: Int, found: Int)
    /// The file has no header line.
    case emptyFile(file: String)
    /// Required columns are absent; `missing` holds each as shown (`"score"`, `"Score" (mapped to score)`),
    /// `found` the header as read.
    case missingColumns(file: String, missing: [String], found: [String])
    /// Two columns of one header have the same name (after mapping).
    case duplicateColumn(file: String, name: String, columns: [Int])
    /// A customer id that appears twice in customers.csv.
    case duplicateCustomer(file: String, id: String, firstLine: Int, line: Int)
    /// A churn date before the signup date.
    case churnBeforeSignup(SourceLocation, churn: Day, signup: Day)
    /// An NPS or engagement row for a customer that customers.csv does not list.
    case unknownCustomer(SourceLocation, id: String)
    /// A column mapping (command-line text or config file) that cannot be used.
    /// `source` is the config file's path, or `IngestError.commandLineSource` for the `--map` option (exit 64).
    case invalidMapping(source: String, reason: String)

    /// The exports need more memory than this process may use (`MemoryBudget`, exit 74): `inMemory` bytes of
    /// files held in memory and `streamed` bytes of engagement.csv.
    case tooLargeForMemory(needed: Int, available: Int, source: String, inMemory: Int, streamed: Int)
    /// An environment setting or command-line option that cannot be used (exit 64).
    case invalidSetting(name: String, expected: String, found: String)
    /// A file in another encoding than the one it is read in; `option` is what reads it.
    case encodingMismatch(file: String, found: String, option: String)
    /// An export given as a file of zero bytes where leaving the file out is what was meant.
    case emptyOptionalFile(file: String, absentMeaning: String)

    /// The `source` of a mapping given on the command line.
    public static let commandLineSource = "--map"

    public var exitCode: ExitStatus {
        switch self {
        case .invalidMapping(let source, _): return source == IngestError.commandLineSource ? .usage : .dataError
        case .tooLargeForMemory: return .ioError
        case .invalidSetting: return .usage
        default: return .dataError
        }
    }

    public var description: String {
        switch self {
        case .invalidValue(let at, _, _), .churnBeforeSignup(let at, _, _), .unknownCustomer(let at, _):
            return "\(at.file), line \(at.line), \(reason)"
        case .wrongFieldCount(let file, let line, _, _):
            return "\(file), line \(line): \(reason)"
        case .emptyFile(let file), .missingColumns(let file, _, _), .duplicateColumn(let file, _, _),
             .duplicateCustomer(let file, _, _, _), .encodingMismatch(let file, _, _), .emptyOptionalFile(let file, _):
            return "\(file): \(reason)"
        case .invalidMapping(let source, _):
            return "\(source): \(reason)"
        case .tooLargeForMemory, .invalidSetting:
            return reason
        }
    }

    /// When a header read as one column holds another separator (a spreadsheet's "CSV" in a locale that writes
    /// decimal commas, read with `--delimiter ,`), the hint naming the option that reads it.
    static func otherSeparator(in header: [String]) -> String? {
        guard header.count == 1 else { return nil }
        for (c, option) in [(";", "';'"), ("\t", "tab"), ("|", "'|'"), (",", "','")] where header[0].contains(c) {
            return "it looks separated by \(option == "tab" ? "tabs" : option): pass --delimiter \(option)"
        }
        return nil
    }

    /// The message without the file and line.
    public var reason: String {
        switch self {
        case .invalidValue(let at, let expected, let found):
            return "\(at.columnText): expected \(expected), found \(found)"
        case .wrongFieldCount(_, _, let expected, let found):
            return "expected \(expected) fields (as in the header), found \(found)"
        case .emptyFile:
            return "expected a header line, found an empty file"
        case .emptyOptionalFile(_, let absentMeaning):
            return "expected a header line, found an empty file (to go without it, leave the file out: "
                + "\(absentMeaning))"
        case .encodingMismatch(_, let found, let option):
            return "found \(found): pass \(option)"
        case .missingColumns(_, let missing, let found):
            let names = missing.joined(separator: ", ")
            return "missing required column\(missing.count == 1 ? "" : "s") \(names); found columns: "
                + found.map { "\"\($0)\"" }.joined(separator: ", ")
                + (Self.otherSeparator(in: found).map { "; \($0)" } ?? " (map export names with --map or churncast.json)")
        case .duplicateColumn(_, let name, let columns):
            return "column \"\(name)\" appears more than once (columns \(columns.map(String.init).joined(separator: ", ")))"
        case .duplicateCustomer(_, let id, let firstLine, let line):
            return "customer_id \(CSVText.quoted(id)) on line \(line) was already listed on line \(firstLine); "
                + "expected unique customer ids"
        case .churnBeforeSignup(let at, let churn, let signup):
            return "\(at.columnText): expected a churn date on or after the signup date \(signup), found \(churn)"
        case .unknownCustomer(let at, let id):
            return "\(at.columnText): expected a customer_id listed in customers.csv, found \(CSVText.quoted(id))"
        case .invalidMapping(_, let reason):
            return reason
        case .tooLargeForMemory(let needed, let available, let source, let inMemory, let streamed):
            let text = MemoryBudget.text(bytes:)
            return "the exports need about \(text(needed)) of memory (64 MiB + 4 × \(text(inMemory)) of customers and "
                + "NPS responses held in memory + 1/16 of \(text(streamed)) of engagement, which is streamed), "
                + "but \(text(available)) is available (\(source)); free memory or use a larger machine, or set "
                + "\(MemoryBudget.environmentVariable) to the memory ChurnCast may use (e.g. 16G; off skips this check)"
        case .invalidSetting(let name, let expected, let found):
            return "\(name): expected \(expected), found \(CSVText.quoted(found))"
        }
    }
}

extension IngestError {
    /// The same error with its line moved by `delta` (a part of a file read from a line counted as 1).
    func shiftingLines(by delta: Int) -> IngestError {
        func shift(_ at: SourceLocation) -> SourceLocation { var a = at; a.line += delta; return a }
        switch self {
        case .invalidValue(let at, let expected, let found): return .invalidValue(shift(at), expected: expected, found: found)
        case .wrongFieldCount(let file, let line, let expected, let found):
            return .wrongFieldCount(file: file, line: line + delta, expected: expected, found: found)
        case .churnBeforeSignup(let at, let churn, let signup): return .churnBeforeSignup(shift(at), churn: churn, signup: signup)
        case .unknownCustomer(let at, let id): return .unknownCustomer(shift(at), id: id)
        case .duplicateCustomer(let file, let id, let first, let line):
            return .duplicateCustomer(file: file, id: id, firstLine: first + delta, line: line + delta)
        case .emptyFile, .missingColumns, .duplicateColumn, .invalidMapping, .tooLargeForMemory, .invalidSetting,
             .encodingMismatch, .emptyOptionalFile:
            return self
        }
    }
}
