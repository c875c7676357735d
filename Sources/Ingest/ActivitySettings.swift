import Foundation

/// The activity channels and churn definition a `churncast.json` sets (top-level `"channels"`: an array of
/// channel names; `"churn_definition"`: "contract" or "inactivity"); the command line's `--channels` and
/// `--churn-definition` go over them.
public struct ActivitySettings: Equatable, Sendable {
    public var channels: [String]?
    public var churnDefinition: String?

    public init(channels: [String]? = nil, churnDefinition: String? = nil) {
        self.channels = channels; self.churnDefinition = churnDefinition
    }

    /// The settings of the config file at `path` (none when it has neither key; a missing or malformed file is
    /// reported by `ColumnMapping.load(configPath:)`). Throws `IngestError.invalidMapping` for a value of the
    /// wrong shape.
    public static func load(configPath path: String) throws -> ActivitySettings {
        guard let data = FileManager.default.contents(atPath: path),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return .init() }
        var out = ActivitySettings()
        if let value = root["channels"] {
            guard let names = value as? [String] else {
                throw IngestError.invalidMapping(source: path, reason: "expected \"channels\" to be an array of names")
            }
            out.channels = names
        }
        if let value = root["churn_definition"] {
            guard let name = value as? String else {
                throw IngestError.invalidMapping(source: path, reason: "expected \"churn_definition\" to be \"contract\" or \"inactivity\"")
            }
            out.churnDefinition = name
        }
        return out
    }

    /// Channel names from a comma-separated list (`--channels orders,units,revenue`); throws
    /// `IngestError.invalidSetting` (exit 64) for an empty or repeated name.
    public static func channels(commandLine text: String) throws -> [String] {
        let names = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { CSVHeader.trimmed(String($0)) }
        var seen = Set<String>()
        for name in names where name.isEmpty || !seen.insert(name).inserted {
            throw IngestError.invalidSetting(name: "--channels", expected: "distinct channel names, comma-separated",
                                             found: text)
        }
        return names
    }
}
