/// The `--map` option's text, parsed without ArgumentParser so that every command reading exports can share it.
///
/// Syntax: comma-separated `[export.]column=Export Name` entries, e.g.
///
///     --map 'nps.score=Score,nps.customer_id="Person ID",engagement.dms=DMs'
///     --map 'customer_id=Person ID'          # every export that has a customer_id column
///
/// `export` is `customers`, `nps` or `engagement`; without it the entry applies to each export that has that
/// canonical column (`customer_id`: all three, `date`: nps and engagement, ...). A name may be written in double
/// quotes to hold commas or `=` (a quote inside is doubled). Spaces around names are ignored. The option may be
/// given several times; later entries replace earlier ones, and an entry naming its export (`nps.customer_id=...`)
/// wins over one that does not (`customer_id=...`), whatever their order. Command-line entries replace those of `churncast.json`
/// (`fileMapping.merging(commandLineMapping)`).
extension ColumnMapping {
    /// Parses one or more `--map` values. Throws `IngestError.invalidMapping(source: "--map", ...)` (exit 64).
    public static func parse(commandLine values: [String]) throws -> ColumnMapping {
        var general = ColumnMapping(), specific = ColumnMapping()
        for value in values {
            for (key, exportName) in try entries(value) {
                let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
                if parts.count == 2, let kind = ExportKind(rawValue: parts[0]) {
                    specific.columns[kind, default: [:]][parts[1]] = exportName
                } else if parts.count == 2 {
                    throw IngestError.invalidMapping(source: IngestError.commandLineSource, reason:
                        "\"\(key)\": expected an export customers, nps or engagement before the dot, found \"\(parts[0])\"")
                } else {
                    let kinds = ExportKind.allCases.filter { ($0.requiredColumns + $0.optionalColumns).contains(key) }
                    if kinds.isEmpty {
                        throw IngestError.invalidMapping(source: IngestError.commandLineSource, reason:
                            "\"\(key)\" is not a column of any export; write customers.\(key)=... for an attribute")
                    }
                    for kind in kinds { general.columns[kind, default: [:]][key] = exportName }
                }
            }
        }
        let mapping = general.merging(specific)
        try mapping.validate(source: IngestError.commandLineSource)
        return mapping
    }

    /// Parses one `--map` value.
    public static func parse(commandLine value: String) throws -> ColumnMapping {
        try parse(commandLine: [value])
    }

    /// Splits `a=b,"c d"=e` into (key, value) pairs, honouring double quotes.
    private static func entries(_ text: String) throws -> [(String, String)] {
        func fail(_ why: String) -> IngestError {
            .invalidMapping(source: IngestError.commandLineSource, reason: "\(CSVText.quoted(text)): \(why)")
        }
        var out: [(String, String)] = []
        var chars = Array(text)[...]
        func name() throws -> String {
            while chars.first == " " { chars.removeFirst() }
            var s = ""
            if chars.first == "\"" {
                chars.removeFirst()
                while true {
                    guard let c = chars.popFirst() else { throw fail("expected a closing quote") }
                    if c == "\"" {
                        if chars.first == "\"" { chars.removeFirst(); s.append("\"") } else { break }
                    } else {
                        s.append(c)
                    }
                }
                while chars.first == " " { chars.removeFirst() }
                return s
            }
            while let c = chars.first, c != "=", c != "," {
                if c == "\"" { throw fail("expected a quote only around a whole name") }
                s.append(c)
                chars.removeFirst()
            }
            return CSVHeader.trimmed(s)
        }
        while !chars.isEmpty {
            let key = try name()
            guard chars.popFirst() == "=" else { throw fail("expected column=Export Name after \"\(key)\"") }
            let value = try name()
            guard !key.isEmpty, !value.isEmpty else { throw fail("expected non-empty names on both sides of =") }
            out.append((key, value))
            if let c = chars.popFirst(), c != "," { throw fail("expected a comma between entries, found \"\(c)\"") }
        }
        if out.isEmpty { throw fail("expected at least one column=Export Name") }
        return out
    }
}
