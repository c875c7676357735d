/// How one source column of the table became design-matrix columns.
public enum DesignColumn: Codable, Equatable, Sendable {
    /// A numeric column, used as it is.
    case numeric(name: String)
    /// A text column: one 0/1 dummy per level in `encodedLevels`, named `name=level`. `levels` are all levels
    /// found, sorted by Unicode scalar values; with an intercept the first is the dropped reference level.
    case categorical(name: String, levels: [String], encodedLevels: [String])

    /// The source column's name.
    public var name: String {
        switch self {
        case .numeric(let name), .categorical(let name, _, _): return name
        }
    }

    /// The design-matrix column names this column produces.
    public var designNames: [String] {
        switch self {
        case .numeric(let name): return [name]
        case .categorical(let name, _, let encoded): return encoded.map { "\(name)=\($0)" }
        }
    }
}
