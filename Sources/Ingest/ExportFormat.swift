/// How one export is written: field separator, decimal mark, text encoding, date format and the tokens that mean
/// "missing" in a numeric column (SPEC section 1, "Locales" and "Missing values"). Set per export by
/// `ExportFormats` (command line over `churncast.json`).
public struct ExportFormat: Sendable, Equatable {
    /// The field separator; `nil`: detected from the header line (`,` `;` tab `|`, comma when none is found).
    public var delimiter: UInt8?
    /// True when numbers are written with a decimal comma (`99,16`).
    public var decimalComma: Bool
    public var encoding: TextEncoding
    public var dateFormat: DateFormat
    /// The tokens that are missing values in an otherwise numeric column (an empty field always is).
    public var naValues: [String]

    /// The missing-value tokens of SPEC section 1.
    public static let defaultNAValues = ["NA", "N/A", "n/a", "null", "NULL", "NaN", "-", "?"]

    public init(delimiter: UInt8? = nil, decimalComma: Bool = false, encoding: TextEncoding = .utf8,
                dateFormat: DateFormat = .iso, naValues: [String] = ExportFormat.defaultNAValues) {
        self.delimiter = delimiter; self.decimalComma = decimalComma; self.encoding = encoding
        self.dateFormat = dateFormat; self.naValues = naValues
    }

    /// UTF-8, ISO dates, decimal point, the separator detected from the header.
    public static let standard = ExportFormat()

    /// The separators looked for in a header, and how they are written in messages and options.
    static let separators: [(byte: UInt8, option: String)] = [(0x2C, ","), (0x3B, ";"), (0x09, "tab"), (0x7C, "|")]

    /// `,` `;` `|` or `tab` (also `\t`) as a separator byte; `nil` for anything else.
    public static func delimiter(named text: String) -> UInt8? {
        if text == "\\t" || text == "\t" || text.lowercased() == "tab" { return 0x09 }
        return separators.first { $0.option == text }?.byte
    }

    /// The note said once when a file's separator was detected: `customers.csv: columns separated by ';' (seen in
    /// the header; --delimiter sets it)`.
    static func detectionNote(file: String, separator: UInt8) -> String {
        let name = name(of: separator)
        return "\(file): columns separated by \(name == "tab" ? "tabs" : "'\(name)'") (seen in the header; "
            + "--delimiter sets it)"
    }

    /// How a separator is written in messages and for `--delimiter`.
    static func name(of delimiter: UInt8) -> String {
        separators.first { $0.byte == delimiter }?.option ?? String(UnicodeScalar(delimiter))
    }
}

/// The text encodings an export may be read in; every one but UTF-8 is transcoded to UTF-8 as the file is read.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "utf-8"
    case latin1
    case windows1252 = "windows-1252"
    /// UTF-16 with a byte-order mark saying little- or big-endian.
    case utf16 = "utf-16"

    /// Accepts the usual spellings (`UTF8`, `ISO-8859-1`, `cp1252`, `UTF-16LE`, ...).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .latin1
        case "windows-1252", "cp1252", "win-1252", "windows1252": self = .windows1252
        case "utf-16", "utf16", "utf-16le", "utf-16be": self = .utf16
        default: return nil
        }
    }
}

/// How dates are written in an export.
public enum DateFormat: String, Sendable, Equatable, CaseIterable {
    /// `YYYY-MM-DD`, or an ISO-8601 timestamp taken at the calendar date written in it.
    case iso = "YYYY-MM-DD"
    /// `26.06.2025` (day and month of one or two digits), optionally followed by a time.
    case dayMonthYear = "DD.MM.YYYY"
    /// `06/26/2025` (month and day of one or two digits), optionally followed by a time.
    case monthDayYear = "MM/DD/YYYY"
    /// `26/06/2025` (day and month of one or two digits; British and most European spreadsheets), optionally
    /// followed by a time.
    case dayMonthYearSlashed = "DD/MM/YYYY"
    /// Seconds since 1970-01-01T00:00:00Z, taken at the UTC calendar date.
    case epoch

    /// Accepts the names above in any case, `ISO`, `epoch-seconds`.
    public init?(name: String) {
        switch name.uppercased() {
        case "YYYY-MM-DD", "ISO", "ISO-8601", "ISO8601": self = .iso
        case "DD.MM.YYYY": self = .dayMonthYear
        case "MM/DD/YYYY": self = .monthDayYear
        case "DD/MM/YYYY": self = .dayMonthYearSlashed
        case "EPOCH", "EPOCH-SECONDS", "UNIX": self = .epoch
        default: return nil
        }
    }
}
