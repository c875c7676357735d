import ArgumentParser
import ChurnCast
import Foundation

/// Dates on the command line are typed options: ArgumentParser reads a `Day` (`YYYY-MM-DD`, or an ISO-8601
/// timestamp taken at its calendar date), an `AsOfDate` (a day or `latest`) and comma-separated lists of them
/// (`CommaSeparated`). A value that is not one is a usage error (64) in ArgumentParser's one wording for every typed
/// option — "The value 'X' is invalid for '--as-of <YYYY-MM-DD|latest>'" — whose value name says the form.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = Day.parse(argument) else { return nil }
        self = day
    }

    public var defaultValueDescription: String { description }

    /// The value name of a date option in help and messages.
    static let valueName = "YYYY-MM-DD"
    /// The value name of a list of dates.
    static let listValueName = "YYYY-MM-DD,..."
}

extension AsOfDate: ExpressibleByArgument {
    /// A day, or `latest` (the last date in the exports).
    public init?(argument: String) {
        if argument == AsOfDate.latestWord {
            self = .latest
        } else if let day = Day(argument: argument) {
            self = .day(day)
        } else {
            return nil
        }
    }

    public var defaultValueDescription: String { description }

    static let valueName = "YYYY-MM-DD|latest"
    static let listValueName = "YYYY-MM-DD|latest,..."
}

/// A comma-separated list of values (`--as-of 2025-03-31,2025-06-30`), spaces around the commas allowed; every entry
/// must be a value (an empty entry is refused too).
struct CommaSeparated<Element: ExpressibleByArgument>: ExpressibleByArgument {
    var values: [Element]

    init?(argument: String) {
        var values: [Element] = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Element(argument: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            values.append(value)
        }
        self.values = values
    }
}
