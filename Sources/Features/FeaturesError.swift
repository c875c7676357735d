import Support
import Ingest

/// Everything that can go wrong building snapshot features, with the message a user acts on.
public enum FeaturesError: UserFacingError, Equatable {
    /// A `SnapshotConfig` (or a command-line value that fills one) is out of range.
    case invalidConfig(field: String, expected: String, found: String)
    /// The scoring customers lack an attribute column the training encoding needs.
    case missingAttribute(name: String, found: [String])
    /// A customer attribute's feature name clashes with another feature.
    case duplicateFeatureName(name: String)
    /// No customer is active at any as-of date (all before the first signup, after every churn, or no customers),
    /// so the table would be empty; `signups` is the range of signup dates, `nil` without customers.
    case noActiveCustomers(asOf: [Day], signups: ClosedRange<Day>?)
    /// The activity export lacks channels the model was trained on.
    case missingChannels(missing: [String], found: [String])
    /// The contract definition on a customer list without churn_date.
    case contractWithoutChurnDate

    public var exitCode: ExitStatus {
        switch self {
        case .invalidConfig: return .usage
        case .missingAttribute, .duplicateFeatureName, .noActiveCustomers, .missingChannels,
             .contractWithoutChurnDate: return .dataError
        }
    }

    public var description: String {
        switch self {
        case .invalidConfig(let field, let expected, let found):
            return "snapshot setting \(field): expected \(expected), found \(found)"
        case .missingAttribute(let name, let found):
            let list = found.isEmpty ? "none" : found.joined(separator: ", ")
            return "customers: attribute column \"\(name)\" used by the model is missing (attribute columns found: \(list))"
        case .duplicateFeatureName(let name):
            return "customers: attribute column gives the feature name \"\(name)\", which another feature already has; rename the column"
        case .missingChannels(let missing, let found):
            return "activity: channel\(missing.count == 1 ? "" : "s") " + missing.map { "\"\($0)\"" }.joined(separator: ", ")
                + " used by the model \(missing.count == 1 ? "is" : "are") missing (channels found: "
                + (found.isEmpty ? "none" : found.joined(separator: ", ")) + ")"
        case .contractWithoutChurnDate:
            return "customers: the contract churn definition needs a churn_date column; without one churn is "
                + "inactivity (--churn-definition inactivity)"
        case .noActiveCustomers(let asOf, let signups):
            let dates = asOf.count <= 3 ? asOf.map(\.description).joined(separator: ", ")
                : "\(asOf.first!) … \(asOf.last!) (\(asOf.count) dates)"
            let range = signups.map { "customers signed up from \($0.lowerBound) to \($0.upperBound)" }
                ?? "the customer list has no customers"
            return "customers: expected customers active at the as-of date (signed up on or before it, not churned by "
                + "then), found none at \(dates); \(range)"
        }
    }
}
