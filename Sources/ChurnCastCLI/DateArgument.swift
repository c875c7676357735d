import ArgumentParser
import Foundation
import ChurnCast

/// Parses `YYYY-MM-DD` (or an ISO-8601 timestamp) from the command line; a bad date is a usage error (64).
func parseDate(_ text: String, option: String) throws -> Day {
    guard let d = Day.parse(text) else {
        throw ValidationError("\(option) \(text): expected \(Day.expectedFormat)")
    }
    return d
}

/// Parses a comma-separated list of dates.
func parseDates(_ text: String, option: String) throws -> [Day] {
    let parts = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    guard !parts.isEmpty else { throw ValidationError("\(option): expected one or more dates YYYY-MM-DD[,YYYY-MM-DD…]") }
    return try parts.map { try parseDate($0, option: option) }
}

/// The current time as ISO-8601 UTC, or `SOURCE_DATE_EPOCH` when set (for byte-identical rebuilds).
func creationTimestamp() -> String {
    if let e = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let s = Double(e) {
        return iso8601(Date(timeIntervalSince1970: s))
    }
    return iso8601(Date())
}

func iso8601(_ date: Date) -> String {
    let f = ISO8601DateFormatter()
    f.timeZone = TimeZone(identifier: "UTC")
    return f.string(from: date)
}
