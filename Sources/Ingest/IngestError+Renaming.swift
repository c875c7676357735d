extension IngestError {
    /// The same error with its file named by `rename` (an export read from a database: the spooled file's path
    /// becomes `table NAME`, so messages name the table as they name a file).
    public func renamingFile(_ rename: (String) -> String) -> IngestError {
        func at(_ location: SourceLocation) -> SourceLocation { var l = location; l.file = rename(l.file); return l }
        switch self {
        case .invalidValue(let l, let expected, let found): return .invalidValue(at(l), expected: expected, found: found)
        case .wrongFieldCount(let file, let line, let expected, let found):
            return .wrongFieldCount(file: rename(file), line: line, expected: expected, found: found)
        case .emptyFile(let file): return .emptyFile(file: rename(file))
        case .missingColumns(let file, let missing, let found):
            return .missingColumns(file: rename(file), missing: missing, found: found)
        case .duplicateColumn(let file, let name, let columns):
            return .duplicateColumn(file: rename(file), name: name, columns: columns)
        case .duplicateCustomer(let file, let id, let firstLine, let line):
            return .duplicateCustomer(file: rename(file), id: id, firstLine: firstLine, line: line)
        case .churnBeforeSignup(let l, let churn, let signup): return .churnBeforeSignup(at(l), churn: churn, signup: signup)
        case .unknownCustomer(let l, let id): return .unknownCustomer(at(l), id: id)
        case .encodingMismatch(let file, let found, let option):
            return .encodingMismatch(file: rename(file), found: found, option: option)
        case .emptyOptionalFile(let file, let absentMeaning):
            return .emptyOptionalFile(file: rename(file), absentMeaning: absentMeaning)
        case .invalidMapping, .tooLargeForMemory, .invalidSetting: return self
        }
    }
}
