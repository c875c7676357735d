/// Why the second world could not be written.
public enum SecondWorldError: Error, CustomStringConvertible, Equatable {
    case badConfiguration([String])
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .badConfiguration(let problems): return "bad configuration: " + problems.joined(separator: "; ")
        case .cannotWrite(let path): return "cannot write \(path)"
        }
    }
}
