import ArgumentParser
import ChurnCast
import Foundation

/// Dates on the command line, parsed in one place; a bad date is a usage error (64) naming the option. The
/// wordings are pinned by the bad-input corpus and the captured outputs, so each form keeps its own.
extension Day {
    /// `YYYY-MM-DD` (or an ISO-8601 timestamp).
    static func argument(_ text: String, option: String) throws -> Day {
        guard let d = Day.parse(text) else {
            throw ValidationError("\(option) \(text): expected \(Day.expectedFormat)")
        }
        return d
    }

    /// A comma-separated list of dates.
    static func arguments(_ text: String, option: String) throws -> [Day] {
        let parts = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else {
            throw ValidationError("\(option): expected one or more dates YYYY-MM-DD[,YYYY-MM-DD…]")
        }
        return try parts.map { try argument($0, option: option) }
    }

    /// `features`' comma-separated list (`latest` allowed), where an empty entry is an error too.
    static func featureDates(_ text: String) throws -> [AsOfDate] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let text = part.trimmingCharacters(in: .whitespaces)
            if text == AsOfDate.latestWord { return .latest }
            guard let d = Day.parse(text) else {
                throw ValidationError("--as-of: expected dates YYYY-MM-DD (or latest) separated by commas, found \"\(text)\"")
            }
            return .day(d)
        }
    }

    /// `features`' `--from` and `--to`.
    static func featureDate(_ text: String, option: String) throws -> Day {
        guard let d = Day.parse(text) else { throw ValidationError("\(option): expected a date YYYY-MM-DD, found \"\(text)\"") }
        return d
    }
}

extension AsOfDate {
    /// `--as-of DATE` or `--as-of latest` (the last date in the exports).
    static func argument(_ text: String, option: String = "--as-of") throws -> AsOfDate {
        text == latestWord ? .latest : .day(try Day.argument(text, option: option))
    }
}
