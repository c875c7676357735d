/// Failures reported by LAPACK, turned into values the caller can explain to a user.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// The matrix is not (numerically) positive definite: the leading minor of order `order` is not positive.
    case notPositiveDefinite(order: Int)
    /// A triangular factor is exactly singular at diagonal position `index` (0-based).
    case singular(index: Int)
    /// A LAPACK routine rejected its arguments (a bug in this wrapper, not in the data).
    case illegalArgument(routine: String, position: Int)
    /// A routine did not converge.
    case noConvergence(routine: String, info: Int)

    public var description: String {
        switch self {
        case .notPositiveDefinite(let k):
            return "matrix is not positive definite (leading minor of order \(k) is not positive)"
        case .singular(let i):
            return "matrix is singular (zero pivot at position \(i + 1))"
        case .illegalArgument(let r, let p):
            return "internal error: \(r) rejected argument \(p)"
        case .noConvergence(let r, let info):
            return "\(r) did not converge (info = \(info))"
        }
    }
}
