import Foundation
import Support

/// The `ExportFormat` of each export: `churncast.json`'s `"exports"` member per export, with the command-line
/// options (which apply to every export) over it. A setting not given anywhere keeps `ExportFormat.standard`'s.
///
///     {"exports": {"customers": {"delimiter": ";", "decimal": ",", "encoding": "windows-1252",
///                                "date_format": "DD.MM.YYYY", "na_values": ["n/a", "-"]}}}
public struct ExportFormats: Sendable, Equatable {
    public var formats: [ExportKind: ExportFormat]
    /// Which settings were given explicitly per export (`delimiter`, ...): a detected separator is said on
    /// standard error only when none was given.
    var explicitDelimiter: Set<ExportKind> = []

    public init(_ formats: [ExportKind: ExportFormat] = [:]) { self.formats = formats }

    public static let standard = ExportFormats()

    public subscript(_ kind: ExportKind) -> ExportFormat {
        get { formats[kind] ?? .standard }
        set { formats[kind] = newValue }
    }

    /// True when `kind`'s separator was set, not detected.
    func delimiterGiven(for kind: ExportKind) -> Bool { explicitDelimiter.contains(kind) || formats[kind]?.delimiter != nil }

    /// The settings one source gives (text as written): each key set replaces the format's.
    public struct Settings: Sendable, Equatable {
        public var delimiter: String?, decimal: String?, encoding: String?, dateFormat: String?
        public var naValues: [String]?
        public init(delimiter: String? = nil, decimal: String? = nil, encoding: String? = nil,
                    dateFormat: String? = nil, naValues: [String]? = nil) {
            self.delimiter = delimiter; self.decimal = decimal; self.encoding = encoding
            self.dateFormat = dateFormat; self.naValues = naValues
        }
        public var isEmpty: Bool { self == Settings() }
    }

    /// These formats with `settings` applied to `kinds`. Errors name the option (`--delimiter`, exit 64), or the
    /// config file and `source` (its key path, e.g. `exports.customers`; exit 65).
    public func applying(_ settings: Settings, to kinds: [ExportKind] = ExportKind.allCases,
                         configFile: String? = nil, source: String = "") throws -> ExportFormats {
        func fail(_ key: String, _ expected: String, _ found: String) -> IngestError {
            guard let file = configFile else { return .invalidSetting(name: "--" + key, expected: expected, found: found) }
            return .invalidMapping(source: file, reason: "\(source).\(key.replacingOccurrences(of: "-", with: "_")): "
                + "expected \(expected), found \(CSVText.quoted(found))")
        }
        var out = self
        for kind in kinds {
            var f = out[kind]
            if let d = settings.delimiter {
                guard let byte = ExportFormat.delimiter(named: d) else {
                    throw fail("delimiter", "one of \",\", \";\", \"|\" or \"tab\"", d)
                }
                f.delimiter = byte
                out.explicitDelimiter.insert(kind)
            }
            if let d = settings.decimal {
                guard d == "," || d == "." else { throw fail("decimal", "\",\" or \".\"", d) }
                f.decimalComma = d == ","
            }
            if let e = settings.encoding {
                guard let encoding = TextEncoding(name: e) else {
                    throw fail("encoding", "one of " + TextEncoding.allCases.map { "\"\($0.rawValue)\"" }
                        .joined(separator: ", "), e)
                }
                f.encoding = encoding
            }
            if let d = settings.dateFormat {
                guard let format = DateFormat(name: d) else {
                    throw fail("date-format", "one of " + DateFormat.allCases.map { "\"\($0.rawValue)\"" }
                        .joined(separator: ", "), d)
                }
                f.dateFormat = format
            }
            if let na = settings.naValues { f.naValues = na }
            out[kind] = f
        }
        return out
    }

    /// The `"exports"` member of a config file (`ExportFormats.standard` when it has none). Throws
    /// `IngestError.invalidMapping` / `.invalidSetting` (exit 65) naming the file and the key.
    public static func load(configPath path: String) throws -> ExportFormats {
        guard let data = FileManager.default.contents(atPath: path),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .standard  // missing or not JSON: reported by `ColumnMapping.load(configPath:)`
        }
        guard let exports = root["exports"] else { return .standard }
        guard let members = exports as? [String: Any] else {
            throw IngestError.invalidMapping(source: path, reason: "expected \"exports\" to be an object")
        }
        let keys = ["delimiter", "decimal", "encoding", "date_format", "na_values"]
        var out = ExportFormats()
        for (key, value) in members.sorted(by: { $0.key < $1.key }) {
            guard let kind = ExportKind(rawValue: key) else {
                throw IngestError.invalidMapping(source: path, reason:
                    "\"exports\" has a member \"\(key)\"; expected \"customers\", \"nps\" or \"engagement\"")
            }
            guard let object = value as? [String: Any] else {
                throw IngestError.invalidMapping(source: path, reason: "expected \"exports\".\"\(key)\" to be an object")
            }
            var s = Settings()
            for (name, v) in object.sorted(by: { $0.key < $1.key }) {
                guard keys.contains(name) else {
                    throw IngestError.invalidMapping(source: path, reason: "\"exports\".\"\(key)\" has a member "
                        + "\"\(name)\"; expected one of " + keys.map { "\"\($0)\"" }.joined(separator: ", "))
                }
                if name == "na_values" {
                    guard let list = v as? [String] else {
                        throw IngestError.invalidMapping(source: path, reason:
                            "expected \"exports\".\"\(key)\".\"na_values\" to be a list of strings")
                    }
                    s.naValues = list
                    continue
                }
                guard let text = v as? String else {
                    throw IngestError.invalidMapping(source: path, reason:
                        "expected \"exports\".\"\(key)\".\"\(name)\" to be a string")
                }
                switch name {
                case "delimiter": s.delimiter = text
                case "decimal": s.decimal = text
                case "encoding": s.encoding = text
                default: s.dateFormat = text
                }
            }
            out = try out.applying(s, to: [kind], configFile: path, source: "exports." + key)
        }
        return out
    }
}
