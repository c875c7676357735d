import Foundation

/// When an output was made, as ISO-8601 UTC: now, or `SOURCE_DATE_EPOCH` when set (for byte-identical rebuilds).
enum CreationTimestamp {
    static func now() -> String {
        if let e = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let s = Double(e) {
            return iso8601(Date(timeIntervalSince1970: s))
        }
        return iso8601(Date())
    }

    static func iso8601(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
