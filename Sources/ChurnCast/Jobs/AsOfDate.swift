import Ingest
import Support

/// An as-of date as a job's request gives it: a day, or the last date present in the exports (`--as-of latest`),
/// which is known only once the exports are read.
public enum AsOfDate: Sendable, Equatable, CustomStringConvertible {
    case day(Day)
    /// The last date any export mentions (signups, churns, NPS responses, engagement).
    case latest

    /// The word that asks for `.latest` on the command line.
    public static let latestWord = "latest"

    public var description: String {
        switch self {
        case .day(let d): return d.description
        case .latest: return Self.latestWord
        }
    }

    /// The days `dates` stand for in `data`, each checked against the exports' range.
    static func resolve(_ dates: [AsOfDate], in data: LoadedExports) throws -> [Day] {
        guard dates.contains(.latest) else {
            let days = dates.compactMap(\.day)
            try ExportDateRange.check(days, in: data)
            return days
        }
        // One read of the engagement export gives the latest date and checks the others against the whole range.
        guard let range = try ExportDateRange(data, needingEngagement: true) else {
            throw AsOfOutsideData(asOf: Self.latestWord, range: nil)
        }
        let days = dates.map { $0.day ?? range.last }
        try range.check(days)
        return days
    }

    /// The day, when it is given as one.
    public var day: Day? {
        if case .day(let d) = self { return d }
        return nil
    }

    /// The day this stands for in `data`, checked against the exports' range (see `ExportDateRange.check`).
    func resolve(in data: LoadedExports) throws -> Day {
        switch self {
        case .day(let d):
            try ExportDateRange.check([d], in: data)
            return d
        case .latest:
            guard let range = try ExportDateRange(data, needingEngagement: true) else {
                throw AsOfOutsideData(asOf: Self.latestWord, range: nil)
            }
            return range.last
        }
    }
}
